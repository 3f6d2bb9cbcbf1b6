#pragma once

#include "BookingRules.h"
#include "commands/Command.h"

class PayloadReader;

struct WaitlistOffer {
    QString waitlistId; // empty: nobody was waiting for a slot like this
    QString note;
};

// The waiting list for sessions: residents wait in the order they asked; a freed slot goes to the first one
// waiting for that kind of session (channel, and branch where it matters) who is free at that time.
class WaitlistQueue {
public:
    // Offers the slot (request: its volunteer, time, channel, branch; residentId: who gave it up) and writes
    // the offer. Called inside a command's apply().
    static WaitlistOffer offerFreedSlot(CommandContext &ctx, const SessionRequest &slot);
};

struct WaitlistRequest {
    QString residentCard;
    QString channel;
    QString branchId; // id or code; empty: any branch
    QString needArea;
    QString needText;

    QJsonObject toJson() const;
    static WaitlistRequest fromPayload(const PayloadReader &r);
};

// Puts a resident on the waiting list when no volunteer is free (booking.manage).
class JoinWaitlistCommand final : public Command {
public:
    explicit JoinWaitlistCommand(WaitlistRequest request);

    QString name() const override { return QStringLiteral("booking.waitlist_add"); }
    Permission permission() const override { return Permission::BookingManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QString waitlistId() const { return m_id; }

private:
    WaitlistRequest m_r;
    QString m_id;
    QString m_residentId;
};

// Takes a resident off the waiting list; a slot offered to them goes to the next in line.
class CancelWaitlistCommand final : public Command {
public:
    CancelWaitlistCommand(QString waitlistId, QString reason);

    QString name() const override { return QStringLiteral("booking.waitlist_cancel"); }
    Permission permission() const override { return Permission::BookingManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

private:
    QString m_id;
    QString m_reason;
    SessionRequest m_offered; // the slot they held, if any
    QString m_passedTo;
};
