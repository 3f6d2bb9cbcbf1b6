#include "CliContext.h"

#include "auth/SignInService.h"
#include "commands/Command.h"
#include "commands/CommandBus.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

CliContext::CliContext(QString storePath, QString username)
    : m_storePath(std::move(storePath))
    , m_username(std::move(username))
    , m_out(stdout)
    , m_err(stderr) {}

CliContext::~CliContext() = default;

bool CliContext::openStore() {
    if (m_store) {
        return true;
    }
    Store::Opened opened = Store::open(m_storePath);
    if (!opened.store) {
        m_err << opened.error << Qt::endl;
        m_exit = ExitStore;
        return false;
    }
    m_store = std::move(opened.store);
    m_bus = std::make_unique<CommandBus>(*m_store, m_clock, m_ids);
    return true;
}

QString CliContext::readPassword(const QString &prompt, bool *ok) {
    *ok = false;
    if (!isatty(STDIN_FILENO)) {
        return {};
    }
    QTextStream prompter(stderr);
    prompter << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    prompter << Qt::endl;
    *ok = true;
    return line;
}

bool CliContext::signIn() {
    if (m_actor.isSignedIn()) {
        return true;
    }
    if (!openStore()) {
        return false;
    }
    if (m_username.isEmpty()) {
        m_err << QCoreApplication::translate("Cli", "Name the person doing this with --user NAME.")
              << Qt::endl;
        m_exit = ExitUsage;
        return false;
    }
    QString password = qEnvironmentVariable("TECHMATES_PASSWORD");
    if (!qEnvironmentVariableIsSet("TECHMATES_PASSWORD")) {
        bool ok = false;
        password = readPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(m_username), &ok);
        if (!ok) {
            m_err << QCoreApplication::translate("Cli",
                                                 "No password: set TECHMATES_PASSWORD or run in a terminal.")
                  << Qt::endl;
            m_exit = ExitUsage;
            return false;
        }
    }
    SignInService service(*m_store, m_clock);
    const SignInService::Result result = service.signIn(m_username, password);
    if (!result.ok) {
        m_err << result.message << Qt::endl;
        m_exit = ExitRefused;
        return false;
    }
    m_actor = result.actor;
    return true;
}

int CliContext::exitFor(const CommandResult &result) {
    switch (result.status()) {
    case CommandResult::Status::Done:
        return ExitDone;
    case CommandResult::Status::Refused:
        return ExitRefused;
    case CommandResult::Status::Failed:
        return ExitStore;
    }
    return ExitStore;
}

int CliContext::run(Command &command) {
    const CommandResult result = m_bus->execute(command, m_actor);
    if (result.ok()) {
        m_out << result.message() << Qt::endl;
        for (const QString &w : result.warnings()) {
            m_err << QCoreApplication::translate("Cli", "Warning: %1").arg(w) << Qt::endl;
        }
    } else {
        m_err << result.message() << Qt::endl;
    }
    return exitFor(result);
}
