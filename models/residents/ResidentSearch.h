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
//  * Words of three or more letters match anywhere (accents, case and apostrophes ignored), answered by the
//    trigram index; every word must match. Hits are listed by surname, then given name.
//  * One or two letters alone find surnames that start with them ("jo" → Jones, Johnson), in order.
//  * An exact card number comes first, so a scanned card lands on its resident.
// To stay within the desk's 10 ms budget, a query matching more than kCandidateCap residents lists 50 of the
// first kCandidateCap and says so (moreThanShown), so the screen can ask for another letter or two.
class ResidentSearch {
public:
    explicit ResidentSearch(QSqlDatabase db)
        : m_db(std::move(db)) {}

    struct Result {
        QList<ResidentHit> hits;
        bool moreThanShown = false; // more residents match than could be considered: type more to narrow
    };

    Result search(const QString &text, const Actor &actor, int limit = 50) const;
    QList<ResidentHit> find(const QString &text, const Actor &actor, int limit = 50) const {
        return search(text, actor, limit).hits;
    }

    static constexpr int kCandidateCap = 1000;

private:
    QSqlDatabase m_db;
};
