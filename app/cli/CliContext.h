#pragma once

#include "auth/Actor.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "core/IdSource.h"

#include <QString>
#include <QTextStream>
#include <memory>

class CommandBus;
class Command;
class Store;

// Exit statuses of DESIGN.md §7.
enum CliExit { ExitDone = 0, ExitRefused = 1, ExitUsage = 2, ExitStore = 3 };

// What a subcommand runs with: the store named by --store (opened on first use), the person named by
// --user (signed in on first use, password from TECHMATES_PASSWORD or asked for), a clock, ids, the bus.
class CliContext {
public:
    CliContext(QString storePath, QString username);
    ~CliContext();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const Clock &clock() const { return m_clock; }
    IdSource &ids() { return m_ids; }

    // Each returns false after printing why (to stderr); the caller returns exitCode().
    bool openStore();
    bool signIn();

    Store &store() { return *m_store; }
    CommandBus &bus() { return *m_bus; }
    const Actor &actor() const { return m_actor; }
    QString storePath() const { return m_storePath; }
    QString username() const { return m_username; }
    int exitCode() const { return m_exit; }

    // Runs a command as the signed-in person; prints the outcome and returns the exit status.
    int run(Command &command);
    static int exitFor(const CommandResult &result);

    static QString readPassword(const QString &prompt, bool *ok);

private:
    QString m_storePath;
    QString m_username;
    QTextStream m_out;
    QTextStream m_err;
    SystemClock m_clock;
    IdSource m_ids;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CommandBus> m_bus;
    Actor m_actor;
    int m_exit = ExitDone;
};
