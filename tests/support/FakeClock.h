#pragma once

#include "core/Clock.h"

#include <QTimeZone>

// A clock the test sets and steps. Starts on a fixed Monday morning in term time.
class FakeClock final : public Clock {
public:
    FakeClock()
        : m_now(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC)) {}
    explicit FakeClock(QDateTime now)
        : m_now(std::move(now)) {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &t) { m_now = t.toUTC(); }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(int d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};
