#pragma once

#include "commands/Command.h"

#include <QDate>

class PayloadReader;

// One weekly recurring window in which a volunteer takes sessions of one kind.
struct AvailabilityRequest {
    QString volunteerId;
    int weekday = 1;       // ISO: 1 = Monday … 7 = Sunday
    int startMinute = 600; // local time, minutes after midnight
    int endMinute = 720;
    QString channel;
    QString branchId; // library sessions and events: where; empty takes the volunteer's home branch
    QDate validFrom;  // invalid: from now on
    QDate validTo;    // invalid: no end
    int slotMinutes = 60;
    int bufferBefore = 0; // kept free before each session (travel to a home visit)
    int bufferAfter = 0;
    int minNoticeHours = 24;
    bool own = false; // run by the volunteer themself (booking.own)

    QJsonObject toJson() const;
    static AvailabilityRequest fromPayload(const PayloadReader &r);
};

class AddAvailabilityCommand final : public Command {
public:
    explicit AddAvailabilityCommand(AvailabilityRequest request);

    QString name() const override { return QStringLiteral("availability.add"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    QString availabilityId() const { return m_id; }

private:
    AvailabilityRequest m_r;
    QString m_id;
};

// Ends a weekly window (a tombstone; sessions already booked in it stay).
class RemoveAvailabilityCommand final : public Command {
public:
    RemoveAvailabilityCommand(QString availabilityId, bool own);

    QString name() const override { return QStringLiteral("availability.remove"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_id;
    bool m_own;
    QString m_volunteerId;
};

// Days a volunteer is away (holidays), inclusive: no sessions are proposed or booked on them.
struct AvailabilityExceptionRequest {
    QString volunteerId;
    QDate from;
    QDate to;
    QString reason;
    bool own = false;

    QJsonObject toJson() const;
    static AvailabilityExceptionRequest fromPayload(const PayloadReader &r);
};

class AddAvailabilityExceptionCommand final : public Command {
public:
    explicit AddAvailabilityExceptionCommand(AvailabilityExceptionRequest request);

    QString name() const override { return QStringLiteral("availability.exception_add"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QString exceptionId() const { return m_id; }

private:
    AvailabilityExceptionRequest m_r;
    QString m_id;
};

class RemoveAvailabilityExceptionCommand final : public Command {
public:
    RemoveAvailabilityExceptionCommand(QString exceptionId, bool own);

    QString name() const override { return QStringLiteral("availability.exception_remove"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_id;
    bool m_own;
};
