#pragma once

#include "Resident.h"
#include "commands/Command.h"

class Clock;

// Adds a resident. A blank card gets a generated "TM" number so a resident can be helped before their
// library card is issued; the payload carries the number given, so a replay of the op keeps it.
// Dates are judged by the command's own time (ctx.now): on a replay, the original op's.
class AddResidentCommand final : public Command {
public:
    explicit AddResidentCommand(Resident resident);
    AddResidentCommand(Resident resident, const Clock &clock); // same; the clock is not needed any more

    QString name() const override { return QStringLiteral("resident.add"); }
    Permission permission() const override { return Permission::ResidentEdit; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    const Resident &resident() const { return m_resident; }

private:
    Resident m_resident;
};

// Changes a resident's details. Refused when someone else changed the record since it was loaded
// (resident.version differs), so two desks never overwrite each other unseen.
class EditResidentCommand final : public Command {
public:
    explicit EditResidentCommand(Resident resident);
    EditResidentCommand(Resident resident, const Clock &clock); // same; the clock is not needed any more
    // Only these columns (as in Resident::columnValues) change, over the record as stored at baseVersion:
    // how a replayed op is rebuilt from its payload.
    EditResidentCommand(QString residentId, int baseVersion, QVariantMap fields);

    QString name() const override { return QStringLiteral("resident.edit"); }
    Permission permission() const override { return Permission::ResidentEdit; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override;

    QStringList changedFields() const { return m_changed.keys(); }
    bool mergesFieldsByClock() const override { return true; }

private:
    Resident m_resident;
    std::optional<QVariantMap> m_fields; // the partial form: columns to change
    QVariantMap m_changed;               // column → new value
};
