#pragma once

#include "commands/Command.h"

#include <QDateTime>

class PayloadReader;

// A resident booked into a session with a volunteer.
struct BookingRequest {
    QString volunteerId;
    QString residentCard;
    QDateTime start; // UTC
    int minutes = 60;
    QString channel;  // phone, video, library, home
    QString branchId; // id or code; library sessions default to the volunteer's time's branch
    QString needArea; // an Essential Digital Skills area, or empty
    QString needText;
    QString waitlistId; // booking an offer from the waiting list
    bool own = false;   // a volunteer booking themself

    QJsonObject toJson() const;
    static BookingRequest fromPayload(const PayloadReader &r);
};

// Books a session (docs/bookings.md for every rule it checks). Staff bookings start as "requested" until the
// volunteer confirms; a volunteer booking themself is confirmed at once.
class CreateBookingCommand final : public Command {
public:
    explicit CreateBookingCommand(BookingRequest request);

    QString name() const override { return QStringLiteral("booking.create"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QString bookingId() const { return m_id; }

private:
    BookingRequest m_r;
    QString m_id;
    QString m_residentId;
    QString m_status;
    int m_bufferBefore = 0;
    int m_bufferAfter = 0;
    QStringList m_warnings;
};

// The volunteer (or staff on their behalf) confirms a requested session.
class ConfirmBookingCommand final : public Command {
public:
    ConfirmBookingCommand(QString bookingId, bool own);

    QString name() const override { return QStringLiteral("booking.confirm"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_id;
    bool m_own;
};

// What happened: attended (with the outcome), a no-show on either side, or cancelled with a reason.
struct BookingOutcome {
    QString bookingId;
    QString status; // attended, resident_no_show, volunteer_no_show, cancelled
    QString cancelReason;
    QStringList skillsCovered;
    QString tasksAchieved;
    int confidenceBefore = 0; // 1–5; 0: not asked
    int confidenceAfter = 0;
    QString referrals;
    QString notes;
    QString loanId; // a device loan that goes with the session
    bool own = false;

    QJsonObject toJson() const;
    static BookingOutcome fromPayload(const PayloadReader &r);
};

// Records the outcome. Attended sessions log the volunteer's hours (approved: the session is the evidence); a
// cancelled session that had not yet started frees its slot, which is offered to the first resident waiting.
class RecordOutcomeCommand final : public Command {
public:
    explicit RecordOutcomeCommand(BookingOutcome outcome);

    QString name() const override { return QStringLiteral("booking.outcome"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

private:
    BookingOutcome m_o;
    QString m_volunteerId;
    QString m_residentId;
    QString m_channel;
    QString m_branchId;
    QDateTime m_start;
    int m_minutes = 0;
    QString m_hoursId;
    QString m_offeredWaitlistId;
};
