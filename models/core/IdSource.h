#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QUuid>

// Client-generated record ids (UUID v4) and any other randomness the core needs.
// Seeded in tests and in `techmates demo --seed N` so their output is reproducible.
class IdSource {
public:
    IdSource();                      // seeded from the system's entropy
    explicit IdSource(quint64 seed); // deterministic

    QString newId();                  // "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx", lower case, no braces
    quint32 bounded(quint32 highest); // uniform in [0, highest)
    double uniform();                 // [0, 1)
    QRandomGenerator64 &generator() { return m_rng; }

    // Stable id for reference data that every desk seeds identically (UUID v5 of the name).
    static QString stableId(const QString &name);

private:
    QRandomGenerator64 m_rng;
};
