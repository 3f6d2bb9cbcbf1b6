#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Actor;

// One SIM card or data voucher of the stock, with where it is now: in stock, in a MiFi, or issued to a
// resident (their card and when the offer ends).
struct SimStockRow {
    QString id;
    QString kind; // sim or voucher
    QString code; // ICCID or voucher code
    QString network;
    int gbPerMonth = 0;
    int months = 0;
    QString branchCode; // empty: no particular branch
    QString status;     // in_stock, issued, in_device, expired, void
    QString deviceTag;  // the MiFi it is in
    QString residentCard;
    QDate expiresOn; // of the latest offer, when issued
};

// The SIM and voucher stock for the desk's "SIMs and data" list. People who manage devices or circulate
// loans see it; resident cards only for people who may see every resident. Throws StoreError.
class SimStockQueries {
public:
    explicit SimStockQueries(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // In stock first, then by code; at most `limit` rows (a borough holds tens of thousands).
    QList<SimStockRow> sims(const Actor &actor, bool inStockOnly, int limit = 2000) const;
    int count(const Actor &actor, bool inStockOnly) const;

private:
    QSqlDatabase m_db;
};
