// `techmates user add|list`: people who can sign in. On a store with nobody in it yet, `user add --role
// admin` creates the first administrator without signing in (the desk's first-run dialog does the same).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "commands/CommandBus.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int add(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("role"),
                  QStringLiteral("branch"), QStringLiteral("volunteer")},
                 &error)) {
        ctx.err() << error << Qt::endl;
        return ExitUsage;
    }
    const auto role = roleFromKey(a.value(QStringLiteral("role")));
    if (!role || a.value(QStringLiteral("username")).isEmpty() || a.value(QStringLiteral("name")).isEmpty()) {
        ctx.err() << tr("Usage: techmates user add --username NAME --name \"FULL NAME\" "
                        "--role admin|coordinator|librarian|volunteer [--branch CODE] [--volunteer ID]")
                  << Qt::endl;
        return ExitUsage;
    }
    if (!ctx.openStore()) {
        return ctx.exitCode();
    }
    const bool firstAdmin = SignInService(ctx.store(), ctx.clock()).needsFirstAdmin();
    if (firstAdmin && *role != Role::Admin) {
        ctx.err() << tr("This store has nobody in it yet: add an administrator first (--role admin).")
                  << Qt::endl;
        return ExitRefused;
    }
    if (!firstAdmin && !ctx.signIn()) {
        return ctx.exitCode();
    }
    QString password = qEnvironmentVariable("TECHMATES_NEW_PASSWORD");
    if (!qEnvironmentVariableIsSet("TECHMATES_NEW_PASSWORD")) {
        bool ok1 = false;
        bool ok2 = false;
        password = CliContext::readPassword(tr("New password: "), &ok1);
        const QString again = CliContext::readPassword(tr("New password again: "), &ok2);
        if (!ok1 || !ok2) {
            ctx.err() << tr("No password: set TECHMATES_NEW_PASSWORD or run in a terminal.") << Qt::endl;
            return ExitUsage;
        }
        if (again != password) {
            ctx.err() << tr("The two passwords differ. Nothing was saved.") << Qt::endl;
            return ExitRefused;
        }
    }
    QString branchId;
    if (a.has(QStringLiteral("branch"))) {
        branchId = Sql(ctx.store().database(), QStringLiteral("SELECT id FROM branches WHERE code = :c"))
                       .bind(QStringLiteral(":c"), a.value(QStringLiteral("branch")))
                       .scalar()
                       .toString();
        if (branchId.isEmpty()) {
            ctx.err() << tr("No branch with code %1.").arg(a.value(QStringLiteral("branch"))) << Qt::endl;
            return ExitRefused;
        }
    }
    CreateUserCommand command({a.value(QStringLiteral("username")), a.value(QStringLiteral("name")), *role,
                               password, branchId, a.value(QStringLiteral("volunteer"))});
    if (firstAdmin) {
        const CommandResult r = ctx.bus().execute(command, Actor::system());
        (r.ok() ? ctx.out() : ctx.err()) << r.message() << Qt::endl;
        return CliContext::exitFor(r);
    }
    return ctx.run(command);
}

int list(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {}, &error)) {
        ctx.err() << error << Qt::endl;
        return ExitUsage;
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::AdminUsers)) {
        ctx.err() << tr("Only an administrator can list the people who can sign in.") << Qt::endl;
        return ExitRefused;
    }
    Sql q(ctx.store().database(), QStringLiteral("SELECT id, username, display_name, role, active FROM users "
                                                 "WHERE deleted = 0 ORDER BY username"));
    q.exec();
    QJsonArray rows;
    while (q.next()) {
        if (a.has(QStringLiteral("json"))) {
            rows.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                    {QStringLiteral("username"), q.value(1).toString()},
                                    {QStringLiteral("name"), q.value(2).toString()},
                                    {QStringLiteral("role"), q.value(3).toString()},
                                    {QStringLiteral("active"), q.value(4).toBool()}});
        } else {
            ctx.out() << q.value(1).toString().leftJustified(16) << ' '
                      << q.value(3).toString().leftJustified(12) << ' ' << q.value(2).toString() << Qt::endl;
        }
    }
    if (a.has(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
    }
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerUserCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("user"), QStringLiteral("add"),
                  QStringLiteral("user add --username NAME --name \"FULL NAME\" --role ROLE [--branch CODE]  "
                                 "(password from TECHMATES_NEW_PASSWORD, else asked)"),
                  add});
    registry.add(
        {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("user list [--json]"), list});
}
