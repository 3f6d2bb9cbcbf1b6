#pragma once

#include "auth/Permission.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

struct CommandContext;

// One change a person makes (DESIGN.md §3). The CommandBus checks the permission, opens the transaction,
// calls check() then apply(), writes the audit and outbox rows, and commits. A command never commits
// or rolls back itself.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0; // stable wire name, e.g. "resident.add"
    virtual Permission permission() const = 0;

    // The rules: returns a refusal in plain words, or nothing when the command may go ahead.
    // Runs inside the transaction, so what it reads cannot change before apply().
    virtual std::optional<QString> check(CommandContext &ctx) = 0;

    struct Applied {
        QString entity; // table, e.g. "residents"
        QString entityId;
        QString summary; // for the person and the audit browser; no personal data beyond ids/cards
        QStringList warnings;
    };
    // Writes the domain rows. Throws StoreError on failure.
    virtual Applied apply(CommandContext &ctx) = 0;

    // The command as sent to the server: everything needed to apply it again there, ids included.
    // Called after apply().
    virtual QJsonObject payload() const = 0;

    // Descriptive edits (a resident's details, a device's notes): when two desks change the same record
    // offline, the server keeps each field from the later change by clock instead of the later arrival.
    virtual bool mergesFieldsByClock() const { return false; }

    // What the audit keeps. Audit rows can never be changed, so they must not hold personal details that
    // erasure would have to remove; the default keeps the payload, commands on people override it.
    virtual QJsonObject auditPayload() const { return payload(); }
};
