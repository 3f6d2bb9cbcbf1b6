#pragma once

#include "CommandResult.h"

#include <QString>
#include <optional>

class Clock;
class HybridClock;
class QDateTime;
struct CommandContext;
class Command;
class IdSource;
class Store;
class Actor;

// The one write path (DESIGN.md §3): permission → rules → domain rows + audit + outbox in one SQLite
// transaction → commit → result. Nothing is reported done before the commit returns.
class CommandBus {
public:
    CommandBus(Store &store, const Clock &clock, IdSource &ids);

    CommandResult execute(Command &command, const Actor &actor);

    // Would the command go ahead now? Runs the same permission check and check() as execute(), inside a
    // read transaction that is rolled back, and writes nothing. For screens that want the command's own
    // words at scan time, before the person has filled in the rest.
    std::optional<QString> preview(Command &command, const Actor &actor);

    // Fault injection for tests: throw after the domain rows, before the audit/outbox rows.
    void setFailAfterApplyForTesting(bool fail) { m_failAfterApply = fail; }

private:
    std::optional<QString> permissionRefusal(const Command &command, const Actor &actor) const;
    CommandContext context(const Actor &actor, const QDateTime &now, HybridClock *hlc); // no hlc: no stamp

    Store &m_store;
    const Clock &m_clock;
    IdSource &m_ids;
    bool m_failAfterApply = false;
};
