#include "DemoTime.h"

#include <QDate>

namespace {
constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kSecsPerDay = 86400;

void putDigits(char *out, qint64 value, int width) {
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
}

qint64 floorDiv(qint64 a, qint64 b) {
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

// The last Sunday of a month, when the UK clocks change (March: to BST, October: back to GMT).
qint64 lastSunday(int year, int month) {
    const QDate last(year, month, 31);
    return last.toJulianDay() - (last.dayOfWeek() % 7);
}
} // namespace

QByteArray DemoTime::isoDate(qint64 julianDay) {
    int y = 0;
    int m = 0;
    int d = 0;
    QDate::fromJulianDay(julianDay).getDate(&y, &m, &d);
    QByteArray out(10, '-');
    putDigits(out.data(), y, 4);
    putDigits(out.data() + 5, m, 2);
    putDigits(out.data() + 8, d, 2);
    return out;
}

QByteArray DemoTime::isoInstant(qint64 utcSecs) {
    const qint64 day = floorDiv(utcSecs, kSecsPerDay);
    const qint64 secOfDay = utcSecs - day * kSecsPerDay;
    QByteArray out = isoDate(day + kUnixEpochJulianDay);
    out.append("T00:00:00.000Z");
    putDigits(out.data() + 11, secOfDay / 3600, 2);
    putDigits(out.data() + 14, (secOfDay / 60) % 60, 2);
    putDigits(out.data() + 17, secOfDay % 60, 2);
    return out;
}

QByteArray DemoTime::hlc(qint64 utcSecs) {
    QByteArray out(13, '0');
    putDigits(out.data(), utcSecs * 1000, 13);
    out.append("-00000-");
    out.append(kDeskId);
    return out;
}

qint64 DemoTime::dayOf(qint64 utcSecs) {
    return floorDiv(utcSecs, kSecsPerDay) + kUnixEpochJulianDay;
}

qint64 DemoTime::utc(qint64 julianDay, int secondOfDay) {
    return (julianDay - kUnixEpochJulianDay) * kSecsPerDay + secondOfDay;
}

int DemoTime::isoWeekday(qint64 julianDay) {
    return int(julianDay % 7) + 1; // Julian day 0 was a Monday
}

qint64 DemoTime::ukLocal(qint64 julianDay, int minuteOfDay) {
    const int year = QDate::fromJulianDay(julianDay).year();
    // Generated times fall in opening hours, far from the 01:00 UTC changeover, so the day decides.
    const bool summer = julianDay >= lastSunday(year, 3) && julianDay < lastSunday(year, 10);
    const qint64 local = utc(julianDay, minuteOfDay * 60);
    return summer ? local - 3600 : local;
}
