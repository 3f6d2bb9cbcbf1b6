#include "HybridClock.h"

#include <QStringList>

HybridClock::HybridClock(QString deskId, QString last)
    : m_deskId(std::move(deskId))
    , m_last(std::move(last)) {
    const QStringList parts = m_last.split(QLatin1Char('-'));
    if (parts.size() >= 2) {
        m_ms = parts[0].toLongLong();
        m_counter = parts[1].toInt();
    }
}

QString HybridClock::next(qint64 wallMs) {
    if (wallMs > m_ms) {
        m_ms = wallMs;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    m_last = format();
    return m_last;
}

void HybridClock::observe(const QString &remote) {
    const qint64 ms = millisOf(remote);
    const int counter = remote.section(QLatin1Char('-'), 1, 1).toInt();
    if (ms > m_ms || (ms == m_ms && counter > m_counter)) {
        m_ms = ms;
        m_counter = counter;
        m_last = format();
    }
}

qint64 HybridClock::millisOf(const QString &stamp) {
    return stamp.section(QLatin1Char('-'), 0, 0).toLongLong();
}

QString HybridClock::format() const {
    return QStringLiteral("%1-%2-%3")
        .arg(m_ms, 13, 10, QLatin1Char('0'))
        .arg(m_counter, 5, 10, QLatin1Char('0'))
        .arg(m_deskId);
}
