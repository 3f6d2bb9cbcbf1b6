#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "bookings/BookingQueries.h"

#include <QDialog>
#include <QHash>

class FormField;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QSpinBox;

// What happened in a session: attended (skills covered, tasks, confidence before and after, referrals, notes,
// a device loan), a no-show, or cancelled with a reason. Ctrl+S or the Save button saves; Esc closes.
class OutcomeDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeDialog(DeskContext &ctx, Actor actor, BookingListRow booking, QWidget *parent = nullptr);

signals:
    void saved(const QString &summary);

private:
    void save();
    void updateFields();

    DeskContext &m_ctx;
    const Actor m_actor;
    BookingListRow m_booking;
    QComboBox *m_status = nullptr;
    FormField *m_reason = nullptr;
    QHash<QString, QCheckBox *> m_skills;
    FormField *m_tasks = nullptr;
    QSpinBox *m_before = nullptr;
    QSpinBox *m_after = nullptr;
    FormField *m_referrals = nullptr;
    FormField *m_notes = nullptr;
    QComboBox *m_loan = nullptr;
    MessageBanner *m_message = nullptr;
};
