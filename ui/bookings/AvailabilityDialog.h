#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "bookings/BookingQueries.h"

#include <QDialog>

class DataTable;
class MessageBanner;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;
class ReadOnlyTableModel;

// A volunteer's weekly times (day, hours, how, branch, session length, buffers, notice, dates) and time away
// (holidays). Overlapping times, a session shorter than its buffers and the like are refused with the rule's
// words.
class AvailabilityDialog : public QDialog {
    Q_OBJECT
public:
    AvailabilityDialog(DeskContext &ctx, Actor actor, VolunteerRecord volunteer, QWidget *parent = nullptr);

signals:
    void changed();

private:
    void reload();
    void addWindow();
    void removeWindow();
    void addAway();
    void removeAway();
    bool own() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    VolunteerRecord m_volunteer;
    MessageBanner *m_message = nullptr;
    DataTable *m_windows = nullptr;
    ReadOnlyTableModel *m_windowModel = nullptr;
    DataTable *m_away = nullptr;
    ReadOnlyTableModel *m_awayModel = nullptr;
    QComboBox *m_day = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_branch = nullptr;
    QSpinBox *m_slot = nullptr;
    QSpinBox *m_before = nullptr;
    QSpinBox *m_after = nullptr;
    QSpinBox *m_notice = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_until = nullptr;
    QDateEdit *m_awayFrom = nullptr;
    QDateEdit *m_awayTo = nullptr;
    QLineEdit *m_reason = nullptr;
};
