#pragma once

#include "CommandResult.h"

class Clock;
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

    // Fault injection for tests: throw after the domain rows, before the audit/outbox rows.
    void setFailAfterApplyForTesting(bool fail) { m_failAfterApply = fail; }

private:
    Store &m_store;
    const Clock &m_clock;
    IdSource &m_ids;
    bool m_failAfterApply = false;
};
