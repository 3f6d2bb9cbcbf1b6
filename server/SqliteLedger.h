#pragma once

#include "Ledger.h"

class Store;

// The ledger inside the server's own SQLite store: its writes join the command's transaction, so an op's
// rows, its answer and its feed entries commit together, and one writer makes commit order the feed order.
class SqliteLedger final : public Ledger {
public:
    explicit SqliteLedger(Store &store); // writer thread; creates the ledger tables

    std::optional<QJsonObject> storedOutcome(const QString &opId) override;
    qint64 record(const QString &opId, const QString &userId, const QJsonObject &outcome,
                  QList<FeedEntry> entries) override;
    void saveToken(const QString &tokenHash, const QString &userId, const QString &expiresAt) override;

    QList<FeedEntry> since(qint64 seq, int limit) override;
    qint64 latest() override;
    std::optional<QString> tokenUser(const QString &tokenHash, const QString &nowIso) override;
    bool sharesStoreTransaction() const override { return true; }

    static void createTables(Store &store);

private:
    Store &m_store;
    QString m_path;
};
