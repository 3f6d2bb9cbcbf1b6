// `techmates sync --server URL`: push this store's changes to the council back end and pull what the person
// may hold (docs/sync.md). A store that had records before its first sync sends them all first.
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "sync/SyncHttp.h"
#include "sync/SyncSession.h"

#include <QCoreApplication>
#include <QUrl>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int runSync(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("server")}, &error) || !a.positionals().isEmpty() ||
        a.value(QStringLiteral("server")).isEmpty()) {
        ctx.err() << (error.isEmpty() ? tr("Usage: techmates [--store STORE] --user NAME sync --server URL")
                                      : error)
                  << Qt::endl;
        return ExitUsage;
    }
    const QUrl server(a.value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid() ||
        (server.scheme() != QLatin1String("http") && server.scheme() != QLatin1String("https")) ||
        server.host().isEmpty()) {
        ctx.err() << tr("--server must be a web address such as https://techmates.example.gov.uk")
                  << Qt::endl;
        return ExitUsage;
    }
    if (ctx.username().isEmpty()) {
        ctx.err() << tr("Say who is syncing with --user NAME.") << Qt::endl;
        return ExitUsage;
    }
    if (!ctx.openStore()) {
        return ctx.exitCode();
    }
    bool ok = true;
    QString password = qEnvironmentVariable("TECHMATES_PASSWORD");
    if (password.isEmpty()) {
        password = CliContext::readPassword(tr("Password for %1 on the server: ").arg(ctx.username()), &ok);
    }
    if (!ok || password.isEmpty()) {
        ctx.err() << tr("No password was given.") << Qt::endl;
        return ExitUsage;
    }

    SyncHttp http(server);
    SyncSession session(ctx.store(), http);
    SyncSession::Account account;
    if (std::optional<QString> refused = session.signIn(ctx.username(), password, &account)) {
        ctx.err() << *refused << Qt::endl;
        return ExitRefused;
    }
    const SyncSession::Report report = session.sync(account, [&](const SyncSession::Progress &p) {
        if (p.stage == QLatin1String("seed")) {
            ctx.err() << tr("Sending this store's records: %1").arg(p.done) << Qt::endl;
        }
    });
    ctx.out()
        << tr("Seeded %1 records, sent %2 changes (%3 applied, %4 turned down, %5 conflicts), received %6.")
               .arg(report.seeded)
               .arg(report.pushed)
               .arg(report.applied)
               .arg(report.rejected)
               .arg(report.conflicts)
               .arg(report.pulled)
        << Qt::endl;
    for (const QString &why : report.refusals) {
        ctx.out() << "  " << why << Qt::endl;
    }
    if (report.waiting > 0) {
        ctx.out() << tr("%1 changes by other people wait until they sync.").arg(report.waiting) << Qt::endl;
    }
    if (!report.ok) {
        ctx.err() << report.error << Qt::endl;
        return ExitStore;
    }
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerSyncCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("sync"), QString(), QStringLiteral("sync --server URL"), runSync});
}
