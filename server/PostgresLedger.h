#pragma once

#include "Ledger.h"

#include <QSqlDatabase>
#include <QUrl>

class Store;

// The ledger in PostgreSQL (`--database postgresql://…`). PostgreSQL is the server's durable record: every
// op's answer, and every change as a full row image in the feed. The command rules still run on an SQLite
// working copy in the data folder (the same core, the same SQL), which is brought up to date from the feed
// when the server starts, so the working copy can always be rebuilt from PostgreSQL alone.
//
// Commit order: one writer thread, and each write takes a transaction-scoped advisory lock, so feed
// sequence numbers commit in order even if a second server process is started by mistake; a reader never
// sees sequence N+1 committed before N.
class PostgresLedger final : public Ledger {
public:
    // Writer thread. Throws StoreError with a clear message when PostgreSQL cannot be reached.
    PostgresLedger(const QUrl &url, Store &workingCopy);
    ~PostgresLedger() override;

    std::optional<QJsonObject> storedOutcome(const QString &opId) override;
    qint64 record(const QString &opId, const QString &userId, const QJsonObject &outcome,
                  QList<FeedEntry> entries) override;
    void saveToken(const QString &tokenHash, const QString &userId, const QString &expiresAt) override;

    QList<FeedEntry> since(qint64 seq, int limit) override;
    qint64 latest() override;
    std::optional<QString> tokenUser(const QString &tokenHash, const QString &nowIso) override;
    bool sharesStoreTransaction() const override { return false; }

    // Applies feed entries the working copy has not seen (after a crash, or on a new machine). Returns how
    // many.
    qint64 catchUp();

    // A connection (not opened) for a postgresql:// URL; *error says what is wrong with the URL.
    static QSqlDatabase connectionFor(const QUrl &url, const QString &name, QString *error);

private:
    QSqlDatabase readerForThread();
    void createTables();

    QUrl m_url;
    Store &m_store;
    QString m_writerName;
};
