#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// A row of the server's change feed as stored: the row's image at the commit that wrote it (private columns
// included: the feed is also how a PostgreSQL-backed server rebuilds its working copy), or none for a delete.
struct FeedEntry {
    qint64 seq = 0;
    QString table;
    QString id;
    std::optional<QJsonObject> row;
};

// What the server keeps besides the records themselves: the answer to every op it has seen (so a repeat
// gets the same answer), the change feed in commit order, and sign-in tokens. SQLite (in the data folder's
// store) or PostgreSQL. Writes happen on the server's one writer thread; reads on any thread, each with its
// own connection.
class Ledger {
public:
    virtual ~Ledger() = default;

    // --- writer thread ---
    virtual std::optional<QJsonObject> storedOutcome(const QString &opId) = 0;
    // Records an op's answer and the feed entries it produced in one transaction. For SQLite this joins the
    // store's open transaction; for PostgreSQL it commits there (the caller then commits the working copy).
    // Returns the highest feed sequence written (0 when none).
    virtual qint64 record(const QString &opId, const QString &userId, const QJsonObject &outcome,
                          QList<FeedEntry> entries) = 0;
    virtual void saveToken(const QString &tokenHash, const QString &userId, const QString &expiresAt) = 0;

    // --- any thread ---
    virtual QList<FeedEntry> since(qint64 seq, int limit) = 0;
    virtual qint64 latest() = 0;
    // The user a live token belongs to.
    virtual std::optional<QString> tokenUser(const QString &tokenHash, const QString &nowIso) = 0;

    // Feed entries the working copy has not seen yet (PostgreSQL: rebuilds it at start). SQLite: none.
    virtual bool sharesStoreTransaction() const = 0;
};
