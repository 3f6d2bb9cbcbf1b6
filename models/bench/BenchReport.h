#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One line of the benchmark table: what was measured, our figure, the raw-SQLite baseline doing the same
// work in the same run, and the target from DESIGN.md §5. Machines are noisy, so the ratio is what counts.
struct BenchFigure {
    QString name;
    QString unit; // "ms", "rows/s", "MB"
    double value = 0;
    double baseline = 0; // 0 when there is no meaningful raw-SQLite equivalent
    QString target;      // e.g. "p95 <= 10 ms"
    bool met = false;
    QString detail; // sample count, percentiles
};

class BenchReport {
public:
    void add(BenchFigure figure) { m_figures.append(std::move(figure)); }
    const QList<BenchFigure> &figures() const { return m_figures; }
    void setMachine(const QString &machine) { m_machine = machine; }
    void setStore(const QString &store, qint64 residents) {
        m_store = store;
        m_residents = residents;
    }

    QString table() const;
    QJsonObject toJson() const;

    static QString describeMachine(); // cores, CPU model, memory, OS

private:
    QList<BenchFigure> m_figures;
    QString m_machine;
    QString m_store;
    qint64 m_residents = 0;
};
