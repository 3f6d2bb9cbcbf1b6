#pragma once

#include "commands/Command.h"

#include <QDate>

class PayloadReader;

// Hours given outside booked sessions (training, a phone call, a drop-in). They count only once a coordinator
// approves them.
struct ManualHours {
    QString volunteerId;
    QDate workedOn;
    int minutes = 60;
    QString note; // what they were for
    bool own = false;

    QJsonObject toJson() const;
    static ManualHours fromPayload(const PayloadReader &r);
};

class LogHoursCommand final : public Command {
public:
    explicit LogHoursCommand(ManualHours hours);

    QString name() const override { return QStringLiteral("hours.log"); }
    Permission permission() const override;
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QString hoursId() const { return m_id; }

private:
    ManualHours m_h;
    QString m_id;
};

// A coordinator approves or rejects logged hours (volunteer.manage).
class DecideHoursCommand final : public Command {
public:
    DecideHoursCommand(QString hoursId, bool approve);

    QString name() const override { return QStringLiteral("hours.decide"); }
    Permission permission() const override { return Permission::VolunteerManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_id;
    bool m_approve;
};
