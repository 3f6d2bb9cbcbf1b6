// techmates-sync-bench: the sync figures of DESIGN.md §5 (docs/performance.md). Never part of the tests.
//   techmates-sync-bench --store STORE [--database postgresql://...] [--desks 100] [--seconds 60]
//                        [--skip-initial] [--skip-concurrent] [--json FILE]
#include "SyncBenchmark.h"
#include "core/AppIdentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    applyAppIdentity();
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store to seed the server with."),
                                   QStringLiteral("STORE"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("PostgreSQL URL (default: SQLite)."),
                                      QStringLiteral("URL"));
    const QCommandLineOption desks(QStringLiteral("desks"), QStringLiteral("Simulated desks."),
                                   QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                     QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      QStringLiteral("Each desk syncs at most this often."),
                                      QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption skipInitial(QStringLiteral("skip-initial"),
                                         QStringLiteral("No initial-sync figure."));
    const QCommandLineOption skipConcurrent(QStringLiteral("skip-concurrent"),
                                            QStringLiteral("No concurrent-desks figure."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Also write the figures as JSON."),
                                  QStringLiteral("FILE"));
    parser.addOptions({store, database, desks, seconds, interval, skipInitial, skipConcurrent, json});
    parser.process(app);
    QTextStream err(stderr);
    if (!parser.isSet(store)) {
        err << "Name a store to seed the server with: --store STORE (e.g. from techmates demo --scale "
               "borough)\n";
        return 2;
    }
    SyncBenchmark::Options options;
    options.store = parser.value(store);
    options.databaseUrl = parser.value(database);
    options.desks = qBound(1, parser.value(desks).toInt(), 500);
    options.seconds = qBound(1, parser.value(seconds).toInt(), 3600);
    options.intervalMs = qBound(0, parser.value(interval).toInt(), 60000);
    options.initialSync = !parser.isSet(skipInitial);
    options.concurrent = !parser.isSet(skipConcurrent);
    BenchReport report;
    report.setMachine(BenchReport::describeMachine());
    QString error;
    if (!SyncBenchmark::run(options, &report, &error)) {
        err << error << "\n";
        return 3;
    }
    QTextStream(stdout) << report.table();
    if (parser.isSet(json)) {
        QFile f(parser.value(json));
        if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(report.toJson()).toJson()) < 0) {
            err << "Cannot write " << parser.value(json) << "\n";
            return 3;
        }
    }
    return 0;
}
