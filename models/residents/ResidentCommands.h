#pragma once

#include "Resident.h"
#include "commands/Command.h"

class Clock;

// Adds a resident. A blank card gets a generated "TM" number so a resident can be helped before their
// library card is issued.
class AddResidentCommand final : public Command {
public:
    AddResidentCommand(Resident resident, const Clock &clock);

    QString name() const override { return QStringLiteral("resident.add"); }
    Permission permission() const override { return Permission::ResidentEdit; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    const Resident &resident() const { return m_resident; }

private:
    Resident m_resident;
    const Clock &m_clock;
};

// Changes a resident's details. Refused when someone else changed the record since it was loaded
// (resident.version differs), so two desks never overwrite each other unseen.
class EditResidentCommand final : public Command {
public:
    EditResidentCommand(Resident resident, const Clock &clock);

    QString name() const override { return QStringLiteral("resident.edit"); }
    Permission permission() const override { return Permission::ResidentEdit; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QStringList changedFields() const { return m_changed.keys(); }

private:
    Resident m_resident;
    const Clock &m_clock;
    QVariantMap m_changed; // column → new value
};
