// `techmates bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]`: DESIGN.md §5's
// figures, each beside a raw-SQLite baseline measured in the same run. Never a pass/fail test: it reports.
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "bench/BenchReport.h"
#include "bench/MemoryBenchmark.h"
#include "bench/ScanToLoanBenchmark.h"
#include "bench/SearchBenchmark.h"
#include "bench/StartupBenchmark.h"
#include "bench/SyncBenchProgram.h"
#include "demo/DemoGenerator.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

// A sibling program: beside this one when installed, or in the build tree (`buildDir`/name).
QString siblingProgram(const QString &name, const QString &buildDir) {
    const QDir here(QCoreApplication::applicationDirPath());
    const QString installed = here.filePath(name);
    return QFileInfo::exists(installed) ? installed : here.filePath(buildDir + QLatin1Char('/') + name);
}

QString deskProgram() {
    return siblingProgram(QStringLiteral("techmates-desk"), QStringLiteral("../desk"));
}

int bench(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("skip-sync")},
                 {QStringLiteral("scale"), QStringLiteral("store"), QStringLiteral("json")}, &error) ||
        !a.positionals().isEmpty()) {
        ctx.err() << (error.isEmpty() ? tr("Usage: techmates bench [--scale small|borough] [--store STORE] "
                                           "[--json FILE] [--skip-sync]")
                                      : error)
                  << Qt::endl;
        return ExitUsage;
    }
    const QString scale = a.value(QStringLiteral("scale"), QStringLiteral("borough"));
    if (scale != QLatin1String("small") && scale != QLatin1String("borough")) {
        ctx.err() << tr("--scale must be small or borough.") << Qt::endl;
        return ExitUsage;
    }
    // The benchmark store is built once and reused: generating the borough takes about a minute.
    const QString path = a.value(QStringLiteral("store"),
                                 QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                     .filePath(QStringLiteral("bench-%1.db").arg(scale)));
    if (!QFileInfo::exists(path)) {
        ctx.err() << tr("Building the %1 benchmark store at %2 …").arg(scale, path) << Qt::endl;
        DemoOptions options;
        options.scale =
            scale == QLatin1String("small") ? DemoOptions::Scale::Small : DemoOptions::Scale::Borough;
        options.seed = 1;
        options.today = ctx.clock().today();
        if (!DemoGenerator::generate(path, options, {}, &error)) {
            ctx.err() << error << Qt::endl;
            return ExitStore;
        }
    }
    Store::Opened opened = Store::open(path);
    if (!opened.store) {
        ctx.err() << opened.error << Qt::endl;
        return ExitStore;
    }

    BenchReport report;
    report.setMachine(BenchReport::describeMachine());
    report.setStore(path, Sql(opened.store->database(), QStringLiteral("SELECT count(*) FROM residents"))
                              .scalar()
                              .toLongLong());
    // The desk is measured first, on a store nobody else has open.
    opened.store.reset();
    report.add(StartupBenchmark::run(deskProgram(), path));
    // Benchmark stores are demo stores: their people's password is "demo" unless told otherwise.
    report.add(MemoryBenchmark::run(deskProgram(), path, QStringLiteral("admin"),
                                    qEnvironmentVariable("TECHMATES_PASSWORD", QStringLiteral("demo"))));
    opened = Store::open(path);
    if (!opened.store) {
        ctx.err() << opened.error << Qt::endl;
        return ExitStore;
    }
    Store &store = *opened.store;
    report.add(SearchBenchmark::run(store));
    for (const BenchFigure &f : ScanToLoanBenchmark::run(store)) {
        report.add(f);
    }
    // Last: the server figures take minutes on the borough store (import, initial sync, 60 s of 100 desks).
    if (!a.has(QStringLiteral("skip-sync"))) {
        ctx.err() << tr("Measuring sync against techmates-server …") << Qt::endl;
        const QList<BenchFigure> sync = SyncBenchProgram::run(
            siblingProgram(QStringLiteral("techmates-sync-bench"), QStringLiteral("../../server")), path,
            [&](const QString &line) { ctx.err() << line << Qt::endl; });
        for (const BenchFigure &f : sync) {
            report.add(f);
        }
    }

    ctx.out() << report.table() << Qt::flush;
    if (a.has(QStringLiteral("json"))) {
        QFile f(a.value(QStringLiteral("json")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            f.write(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented)) < 0) {
            ctx.err() << tr("Cannot write %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return ExitStore;
        }
    }
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerBenchCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("bench"), QString(),
                  QStringLiteral("bench [--scale small|borough] [--store STORE] [--json FILE] [--skip-sync]"),
                  bench});
}
