#include "SyncBenchProgram.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

namespace {
BenchFigure notMeasured(const QString &why) {
    BenchFigure f;
    f.name = QStringLiteral("sync: initial sync and 100 desks");
    f.target = QStringLiteral("see docs/performance.md");
    f.detail = QStringLiteral("not measured: %1").arg(why);
    return f;
}
} // namespace

QList<BenchFigure> SyncBenchProgram::run(const QString &program, const QString &storePath,
                                         const std::function<void(const QString &)> &say) {
    if (!QFileInfo(program).isExecutable()) {
        return {notMeasured(QStringLiteral("%1 not found").arg(program))};
    }
    QTemporaryDir dir;
    const QString json = dir.filePath(QStringLiteral("sync.json"));
    QProcess bench;
    bench.setProcessChannelMode(QProcess::SeparateChannels);
    QObject::connect(&bench, &QProcess::readyReadStandardError, [&] {
        while (bench.canReadLine() || bench.bytesAvailable() > 0) {
            const QByteArray line = bench.readAllStandardError();
            if (line.isEmpty()) {
                break;
            }
            // The server's own JSON log lines are for operators, not for this table.
            for (const QByteArray &l : line.split('\n')) {
                if (!l.isEmpty() && !l.startsWith('{')) {
                    say(QString::fromUtf8(l));
                }
            }
        }
    });
    bench.setReadChannel(QProcess::StandardError);
    bench.start(program, {QStringLiteral("--store"), storePath, QStringLiteral("--json"), json});
    if (!bench.waitForFinished(-1) || bench.exitStatus() != QProcess::NormalExit || bench.exitCode() != 0) {
        return {notMeasured(QStringLiteral("techmates-sync-bench stopped (exit %1)").arg(bench.exitCode()))};
    }
    QFile file(json);
    if (!file.open(QIODevice::ReadOnly)) {
        return {notMeasured(QStringLiteral("techmates-sync-bench wrote no figures"))};
    }
    QList<BenchFigure> figures;
    for (const QJsonValue &v :
         QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("figures")).toArray()) {
        const QJsonObject o = v.toObject();
        BenchFigure f;
        f.name = o.value(QLatin1String("name")).toString();
        f.unit = o.value(QLatin1String("unit")).toString();
        f.value = o.value(QLatin1String("value")).toDouble();
        f.baseline = o.value(QLatin1String("baseline")).toDouble();
        f.target = o.value(QLatin1String("target")).toString();
        f.met = o.value(QLatin1String("met")).toBool();
        f.detail = o.value(QLatin1String("detail")).toString();
        figures.append(f);
    }
    return figures.isEmpty() ? QList<BenchFigure>{notMeasured(QStringLiteral("no figures in its output"))}
                             : figures;
}
