#pragma once

#include "CommandResult.h"
#include "store/ChangeCapture.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class Clock;
class HybridClock;
struct CommandContext;
class Command;
class IdSource;
class Store;
class Actor;

// A command already executed somewhere else, being run again here (the server applying a desk's op): the
// op id, time, clock stamp, desk and record ids of the original run, so the rows come out the same.
struct ReplayStamp {
    QString opId;
    QDateTime at; // UTC
    QString hlc;
    QString deskId;
    QStringList ids;
};

// The one write path (DESIGN.md §3): permission → rules → domain rows + audit + outbox in one SQLite
// transaction → commit → result. Nothing is reported done before the commit returns.
class CommandBus {
public:
    CommandBus(Store &store, const Clock &clock, IdSource &ids);

    CommandResult execute(Command &command, const Actor &actor);

    // Called inside the command's transaction after its rows, audit and outbox are written, with the synced
    // rows it touched; may write more (the server's change feed) or throw StoreError to roll it all back.
    using BeforeCommit = std::function<void(CommandContext &ctx, const QList<ChangeCapture::Row> &rows)>;

    // Runs a command rebuilt from another desk's op (CommandRegistry) with that op's stamp. The rules run
    // again here; a refusal writes nothing. The outbox row is written only when `forward` is set (a desk
    // replaying keeps pushing it; the server does not). Call inside no transaction.
    CommandResult replay(Command &command, const Actor &actor, const ReplayStamp &stamp, bool forward,
                         const BeforeCommit &beforeCommit = {});

    // Would the command go ahead now? Runs the same permission check and check() as execute(), inside a
    // read transaction that is rolled back, and writes nothing. For screens that want the command's own
    // words at scan time, before the person has filled in the rest.
    std::optional<QString> preview(Command &command, const Actor &actor);

    // Fault injection for tests: throw after the domain rows, before the audit/outbox rows.
    void setFailAfterApplyForTesting(bool fail) { m_failAfterApply = fail; }

private:
    std::optional<QString> permissionRefusal(const Command &command, const Actor &actor) const;
    CommandContext context(const Actor &actor, const QDateTime &now, HybridClock *hlc); // no hlc: no stamp
    CommandResult run(Command &command, const Actor &actor, const ReplayStamp *replay, bool writeOutbox,
                      const BeforeCommit &beforeCommit);

    Store &m_store;
    const Clock &m_clock;
    IdSource &m_ids;
    bool m_failAfterApply = false;
};
