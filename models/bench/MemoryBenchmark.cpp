#include "MemoryBenchmark.h"

#include <QFileInfo>
#include <QProcess>

BenchFigure MemoryBenchmark::run(const QString &deskProgram, const QString &storePath, const QString &user,
                                 const QString &password) {
    BenchFigure f;
    f.name = QStringLiteral("desk memory, every view opened (peak RSS)");
    f.unit = QStringLiteral("MB");
    f.target = QStringLiteral("<= 250 MB");
    if (!QFileInfo(deskProgram).isExecutable()) {
        f.detail = QStringLiteral("not measured: %1 not found").arg(deskProgram);
        return f;
    }
    QProcess desk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TECHMATES_PASSWORD"), password);
    desk.setProcessEnvironment(env);
    desk.start(deskProgram, {QStringLiteral("--store"), storePath, QStringLiteral("--user"), user,
                             QStringLiteral("--measure-every-view")});
    if (!desk.waitForFinished(300000)) {
        desk.kill();
        desk.waitForFinished();
        f.detail = QStringLiteral("not measured: the desk did not open every view within 300 s");
        return f;
    }
    // "views 42 rss 123456 peak 134567" (kilobytes)
    const QString line = QString::fromUtf8(desk.readAllStandardOutput()).trimmed();
    const QStringList words = line.split(QLatin1Char(' '));
    if (desk.exitCode() != 0 || words.size() != 6 || words.at(0) != QLatin1String("views")) {
        f.detail = QStringLiteral("not measured: the desk said %1 %2")
                       .arg(line.left(200), QString::fromUtf8(desk.readAllStandardError()).left(200));
        return f;
    }
    f.value = words.at(5).toDouble() / 1024.0;
    f.met = f.value <= 250.0;
    f.detail = QStringLiteral("%1 views opened as %2; %3 MB resident at the end")
                   .arg(words.at(1), user)
                   .arg(words.at(3).toDouble() / 1024.0, 0, 'f', 0);
    return f;
}
