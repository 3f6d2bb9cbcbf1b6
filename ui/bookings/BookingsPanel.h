#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "bookings/BookingQueries.h"

#include <QWidget>

class Command;
class CommandResult;
class DataTable;
class MessageBanner;
class QComboBox;
class QPushButton;
class ReadOnlyTableModel;

// One tab of the Bookings section, built for one signed-in person. Store failures go to the page's banner;
// every change goes through the command bus as that person.
class BookingsPanel : public QWidget {
    Q_OBJECT
public:
    BookingsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    virtual void refresh() {}
    virtual QWidget *focusTarget() const = 0;

signals:
    void storeProblem(const QString &message);
    void changed(); // something was written: other tabs reload

protected:
    template <typename F> bool guarded(F &&read) {
        try {
            read();
            return true;
        } catch (const std::exception &e) {
            emit storeProblem(tr("The store could not be read, so what is shown may be out of date. %1")
                                  .arg(QString::fromLocal8Bit(e.what())));
            return false;
        }
    }

    BookingQueries queries() const;
    // Runs the command and shows the outcome (with its notes) in `banner`; true when saved.
    bool run(Command &command, MessageBanner *banner);
    // True when the person works as a volunteer: commands run "own", views show their own sessions.
    bool actsAsVolunteer() const;

    static QPushButton *button(const QString &text, const QString &objectName, const QString &accessibleName,
                               QWidget *parent);
    static QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent);
    // The record key of the table's current row, or empty.
    static QString currentKey(DataTable *table, ReadOnlyTableModel *model);
    static void chainTabOrder(const QList<QWidget *> &widgets);

    DeskContext &m_ctx;
    const Actor m_actor;
};

namespace BookingText {
QString channel(const QString &key);
QString status(const QString &key);
QString when(const QDateTime &instant); // "Mon 9 Mar 2026 10:00", local time
QString dbsState(const VolunteerRow &row);
// Spin boxes and date edits type into an inner line edit that screen readers announce on its own: it gets the
// box's accessible name.
void nameInnerEditors(QWidget *root);
} // namespace BookingText
