#include "BenchReport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

QString BenchReport::table() const {
    QString out;
    out +=
        QStringLiteral("Machine: %1\nStore: %2 (%3 residents)\n\n").arg(m_machine, m_store).arg(m_residents);
    out += QStringLiteral("%1 %2 %3 %4  %5  %6\n")
               .arg(QStringLiteral("figure"), -44)
               .arg(QStringLiteral("ours"), 12)
               .arg(QStringLiteral("raw SQLite"), 12)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"), -22)
               .arg(QStringLiteral("met"));
    for (const BenchFigure &f : m_figures) {
        const QString ratio =
            f.baseline > 0 ? QString::number(f.value / f.baseline, 'f', 2) : QStringLiteral("-");
        const QString base = f.baseline > 0 ? QStringLiteral("%1 %2").arg(f.baseline, 0, 'f', 3).arg(f.unit)
                                            : QStringLiteral("-");
        out += QStringLiteral("%1 %2 %3 %4  %5  %6\n")
                   .arg(f.name, -44)
                   .arg(QStringLiteral("%1 %2").arg(f.value, 0, 'f', 3).arg(f.unit), 12)
                   .arg(base, 12)
                   .arg(ratio, 7)
                   .arg(f.target, -22)
                   .arg(f.met ? QStringLiteral("yes") : QStringLiteral("NO"));
        if (!f.detail.isEmpty()) {
            out += QStringLiteral("    %1\n").arg(f.detail);
        }
    }
    return out;
}

QJsonObject BenchReport::toJson() const {
    QJsonArray figures;
    for (const BenchFigure &f : m_figures) {
        figures.append(QJsonObject{{QStringLiteral("name"), f.name},
                                   {QStringLiteral("unit"), f.unit},
                                   {QStringLiteral("value"), f.value},
                                   {QStringLiteral("baseline"), f.baseline},
                                   {QStringLiteral("ratio"), f.baseline > 0 ? f.value / f.baseline : 0.0},
                                   {QStringLiteral("target"), f.target},
                                   {QStringLiteral("met"), f.met},
                                   {QStringLiteral("detail"), f.detail}});
    }
    return {{QStringLiteral("machine"), m_machine},
            {QStringLiteral("store"), m_store},
            {QStringLiteral("residents"), m_residents},
            {QStringLiteral("measured_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("figures"), figures}};
}

QString BenchReport::describeMachine() {
    QString cpu;
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (f.open(QIODevice::ReadOnly)) {
        static const QRegularExpression re(QStringLiteral("model name\\s*:\\s*(.+)"));
        const auto m = re.match(QString::fromUtf8(f.readAll()));
        if (m.hasMatch()) {
            cpu = m.captured(1).trimmed();
        }
    }
    QString memory;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly)) {
        static const QRegularExpression re(QStringLiteral("MemTotal:\\s*(\\d+)"));
        const auto m = re.match(QString::fromUtf8(mem.readAll()));
        if (m.hasMatch()) {
            memory = QStringLiteral("%1 GiB").arg(m.captured(1).toDouble() / 1024 / 1024, 0, 'f', 1);
        }
    }
    return QStringLiteral("%1 cores, %2, %3, %4")
        .arg(QThread::idealThreadCount())
        .arg(cpu.isEmpty() ? QStringLiteral("unknown CPU") : cpu, memory, QSysInfo::prettyProductName());
}
