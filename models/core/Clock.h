#pragma once

#include <QDate>
#include <QDateTime>

// Where "now" comes from. Everything in the core asks a Clock, never QDateTime directly,
// so tests can pin time and step it (FakeClock in tests/support).
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
