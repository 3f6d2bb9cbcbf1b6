#pragma once

#include "core/Clock.h"

// The demo's fixed "now", for the commands the generator runs, so the rows they write carry the anchor
// time rather than the moment the generator happened to run.
class DemoClock final : public Clock {
public:
    explicit DemoClock(QDateTime now)
        : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
