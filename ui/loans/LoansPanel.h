#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class CommandResult;
class QKeyEvent;
class Command;

// One tab of the Loans section. It is built for one signed-in person (like the page that holds it) and
// reports store failures to the page, which shows them in its one "store problem" banner.
class LoansPanel : public QWidget {
    Q_OBJECT
public:
    LoansPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    // Reloads whatever the panel lists; called when the Loans section is shown and by F5.
    virtual void refresh() {}
    // Where the keyboard lands when the tab is chosen (a scan box, or the list).
    virtual QWidget *focusTarget() const = 0;

signals:
    void storeProblem(const QString &message);
    void storeRecovered();

protected:
    // Runs a read, turning a store failure into the page's banner instead of an exception.
    template <typename F> bool guarded(F &&read) {
        try {
            read();
            emit storeRecovered();
            return true;
        } catch (const std::exception &e) {
            reportStoreProblem(e);
            return false;
        }
    }
    void reportStoreProblem(const std::exception &e);

    // The one write path, as the signed-in person.
    CommandResult execute(Command &command);

    // Enter (or keypad Enter) with no modifier on something that does not act on Enter itself (a tick box,
    // a radio button): the form's default action. Text boxes act on their own Enter (see FormField).
    static bool isFormEnter(const QKeyEvent *event);

    // Sets the tab order to follow the list, skipping nothing: called again whenever widgets are added.
    static void chainTabOrder(const QList<QWidget *> &widgets);

    DeskContext &m_ctx;
    const Actor m_actor;
};
