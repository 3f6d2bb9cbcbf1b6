#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

class Actor;

struct ResidentHit {
    QString id;
    QString card;
    QString givenName;
    QString familyName;
    QString postcode;
    QString phone;
    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};

// Finds residents by any part of a name, card number, phone number or postcode, as you type.
// Every word typed must match somewhere (accents, case and apostrophes ignored). Words of three or more
// letters are answered by the trigram index; shorter ones narrow those hits, or scan when nothing longer
// was typed. An exact card number comes first, so a scanned card lands on its resident.
class ResidentSearch {
public:
    explicit ResidentSearch(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QList<ResidentHit> find(const QString &text, const Actor &actor, int limit = 50) const;

private:
    QSqlDatabase m_db;
};
