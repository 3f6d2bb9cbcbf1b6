#pragma once

#include <QString>

// Hybrid logical clock stamps for last-writer-wins merging across desks.
// A stamp is "<13-digit ms since epoch>-<5-digit counter>-<desk id>", so plain string order is
// clock order with the desk id as the tie-break. The counter keeps stamps increasing even when
// the wall clock stalls or steps back.
class HybridClock {
public:
    explicit HybridClock(QString deskId, QString last = {});

    QString next(qint64 wallMs);         // a stamp for a local change
    void observe(const QString &remote); // merge a stamp seen from another desk
    QString last() const { return m_last; }

    static qint64 millisOf(const QString &stamp);

private:
    QString format() const;

    QString m_deskId;
    qint64 m_ms = 0;
    int m_counter = 0;
    QString m_last;
};
