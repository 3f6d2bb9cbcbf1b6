#pragma once

#include <QList>

// Samples of one measured operation, in microseconds, and the figures the benchmark reports.
class Timings {
public:
    void add(double micros) { m_samples.append(micros); }
    int count() const { return int(m_samples.size()); }
    double percentile(double p) const; // p in [0, 100]; nearest-rank
    double median() const { return percentile(50); }
    double mean() const;

private:
    QList<double> m_samples;
};
