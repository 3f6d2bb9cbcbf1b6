#pragma once

#include "Ledger.h"
#include "auth/Actor.h"
#include "commands/CommandBus.h"
#include "core/IdSource.h"
#include "sync/SyncProtocol.h"

#include <QJsonArray>
#include <QReadWriteLock>
#include <functional>
#include <memory>

class Clock;

QString serverTokenHash(const QString &token); // what the ledger keeps of a token
class Store;

// The server's writer: owns the records store, the ledger and the one CommandBus, and lives on the one
// writer thread (see SyncServer). Every op runs through the same commands and rules as at the desk.
class ServerCore {
public:
    ServerCore(std::unique_ptr<Store> store, std::unique_ptr<Ledger> ledger, const Clock &clock);
    ~ServerCore();

    struct SignInAnswer {
        int status = 200;
        QJsonObject body;
    };
    SignInAnswer signIn(const QString &username, const QString &password);

    // The first administrator of an empty server (`--init-admin`); an error in words, or nothing.
    std::optional<QString> createFirstAdmin(const QString &username, const QString &password);

    // `techmates-server --import-store`: starts an empty server (nobody signed up yet) from a desk's store:
    // its people, with their passwords, and every record, each into the change feed as it is written.
    // Returns an error in words, or nothing; *rows counts the records taken.
    std::optional<QString> importStore(Store &source, qint64 *rows,
                                       const std::function<void(qint64)> &progress = {});

    // Answers for each op, in order. Stops early (returns false) on a store failure: the answers so far are
    // kept and a repeat of the request gets them again.
    bool push(const Actor &pusher, const QList<SyncProtocol::Op> &ops, QJsonArray *results);

    Store &store() { return *m_store; }
    Ledger &ledger() { return *m_ledger; }
    // Held for writing from the ledger's commit to the records' commit, for reading by pulls, so a pull never
    // sees a feed entry whose rows are not yet readable (PostgreSQL commits first, see PostgresLedger).
    QReadWriteLock &visibility() { return m_visibility; }

    static constexpr int kTokenDays = 30;

private:
    SyncProtocol::Outcome applyOp(const Actor &pusher, const SyncProtocol::Op &op, bool *storeFailed);
    QList<FeedEntry> feedFor(const QList<ChangeCapture::Row> &rows, bool mergeByClock, const QString &hlc);
    void mergeFields(const ChangeCapture::Row &row, const QString &hlc);
    QList<SyncProtocol::Change> serverCopies(const Actor &pusher, const QStringList &rowKeys);
    void recordAlone(const QString &opId, const QString &userId, const SyncProtocol::Outcome &outcome);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<Ledger> m_ledger;
    const Clock &m_clock;
    IdSource m_ids;
    CommandBus m_bus;
    QReadWriteLock m_visibility;
};
