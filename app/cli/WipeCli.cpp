// `techmates wipe record`: the wipe gate (docs/loans.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "loans/RecordWipeCommand.h"

#include <QCoreApplication>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int record(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("device"), QStringLiteral("method"), QStringLiteral("tool"),
                  QStringLiteral("report-id"), QStringLiteral("at")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("device")).trimmed().isEmpty() ||
        a.value(QStringLiteral("method")).trimmed().isEmpty()) {
        ctx.err() << (error.isEmpty()
                          ? tr("Usage: techmates wipe record --device TAG --method METHOD [--tool TOOL] "
                               "[--report-id ID] [--at DATETIME]")
                          : error)
                  << Qt::endl;
        return ExitUsage;
    }
    QDateTime at;
    if (a.has(QStringLiteral("at"))) {
        at = QDateTime::fromString(a.value(QStringLiteral("at")), Qt::ISODate);
        if (!at.isValid()) {
            ctx.err() << tr("--at must be a date and time like 2026-03-02T14:30.") << Qt::endl;
            return ExitUsage;
        }
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    RecordWipeCommand command({a.value(QStringLiteral("device")), a.value(QStringLiteral("method")),
                               a.value(QStringLiteral("tool")), a.value(QStringLiteral("report-id")), at});
    return ctx.run(command);
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerWipeCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("wipe"), QStringLiteral("record"),
                  QStringLiteral("wipe record --device TAG --method METHOD [--tool TOOL] [--report-id ID] "
                                 "[--at DATETIME]"),
                  record});
}
