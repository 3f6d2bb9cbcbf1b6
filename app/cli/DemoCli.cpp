// `techmates demo --scale small|borough --out STORE [--seed N]`
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <unistd.h>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int demo(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("scale"), QStringLiteral("out"), QStringLiteral("seed")},
                 &error)) {
        ctx.err() << error << Qt::endl;
        return ExitUsage;
    }
    DemoOptions options;
    const QString scale = a.value(QStringLiteral("scale"), QStringLiteral("small"));
    if (scale == QLatin1String("small")) {
        options.scale = DemoOptions::Scale::Small;
    } else if (scale == QLatin1String("borough")) {
        options.scale = DemoOptions::Scale::Borough;
    } else {
        ctx.err() << tr("--scale must be small or borough.") << Qt::endl;
        return ExitUsage;
    }
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty() || !a.positionals().isEmpty()) {
        ctx.err() << tr("Usage: techmates demo --scale small|borough --out STORE [--seed N]") << Qt::endl;
        return ExitUsage;
    }
    bool seedOk = true;
    options.seed = a.value(QStringLiteral("seed"), QStringLiteral("1")).toULongLong(&seedOk);
    if (!seedOk) {
        ctx.err() << tr("--seed must be a whole number.") << Qt::endl;
        return ExitUsage;
    }
    options.today = ctx.clock().today();

    QElapsedTimer timer;
    timer.start();
    // On a terminal one line is redrawn; in a log, one line per stage.
    const bool terminal = isatty(STDERR_FILENO);
    int lastPercent = -1;
    QString lastStage;
    const bool ok = DemoGenerator::generate(
        out, options,
        [&](int percent, const QString &stage) {
            if (terminal && percent != lastPercent) {
                ctx.err() << QStringLiteral("\r%1% %2").arg(percent, 3).arg(stage).leftJustified(40)
                          << Qt::flush;
            } else if (!terminal && stage != lastStage) {
                ctx.err() << QStringLiteral("%1% %2").arg(percent, 3).arg(stage) << Qt::endl;
            }
            lastPercent = percent;
            lastStage = stage;
        },
        &error);
    if (terminal) {
        ctx.err() << Qt::endl;
    }
    if (!ok) {
        ctx.err() << error << Qt::endl;
        return ExitStore;
    }
    ctx.out() << tr("Demo store written to %1 in %2 s. People: admin, coordinator, librarian, volunteer; "
                    "password: demo.")
                     .arg(out)
                     .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
              << Qt::endl;
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerDemoCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("demo"), QString(),
                  QStringLiteral("demo --scale small|borough --out STORE [--seed N]"), demo});
}
