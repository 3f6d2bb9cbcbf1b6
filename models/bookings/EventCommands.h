#pragma once

#include "commands/Command.h"

#include <QDateTime>

class PayloadReader;

// A drop-in event ("tea party"): no individual bookings, just the volunteers helping, then a quick headcount
// and the topics people asked about.
struct EventRequest {
    QString id; // empty: a new event
    QString title;
    QString branchId; // id or code
    QDateTime start;  // UTC
    int minutes = 120;
    QStringList volunteerIds;

    QJsonObject toJson() const;
    static EventRequest fromPayload(const PayloadReader &r);
};

class SaveEventCommand final : public Command {
public:
    explicit SaveEventCommand(EventRequest request);

    QString name() const override { return QStringLiteral("event.save"); }
    Permission permission() const override { return Permission::BookingManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    QString eventId() const { return m_r.id; }

private:
    EventRequest m_r;
    bool m_new = true;
    QStringList m_added;   // event_volunteers ids written, in order
    QStringList m_removed; // volunteers taken off
};

// After the event: how many came and what they asked about. Logs the helpers' hours once (approved: staff
// recorded the event).
struct EventRecord {
    QString eventId;
    int headcount = 0;
    QStringList topics;

    QJsonObject toJson() const;
    static EventRecord fromPayload(const PayloadReader &r);
};

class RecordEventCommand final : public Command {
public:
    explicit RecordEventCommand(EventRecord record);

    QString name() const override { return QStringLiteral("event.record"); }
    Permission permission() const override { return Permission::BookingManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    EventRecord m_r;
    QStringList m_hoursIds;
};
