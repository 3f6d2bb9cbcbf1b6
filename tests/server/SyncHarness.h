#pragma once

#include "FakeClock.h"
#include "LoanFixtures.h"
#include "SyncServer.h"
#include "TestStore.h"
#include "commands/CommandBus.h"
#include "core/IdSource.h"
#include "sync/SyncSession.h"

#include <QTemporaryDir>
#include <QUrl>
#include <memory>

// A real techmates-server on loopback HTTP, seeded by an "origin" desk (a TestStore with loan fixtures: the
// CEN and NOR branches, TAB and MIFI types, devices T1…T4, residents C0001…C0003), and any number of desks
// that join it by signing in, each with its own store file, clock and command bus.
class SyncHarness {
public:
    SyncHarness();
    ~SyncHarness();

    struct Desk {
        QString path;
        std::unique_ptr<Store> store;
        FakeClock clock;
        IdSource ids;
        std::unique_ptr<CommandBus> bus;
        Actor actor; // the person signed in at this desk (as the desk's store knows them)
        SyncSession::Account account;
        explicit Desk(quint64 seed)
            : ids(seed) {}
    };

    TestStore &origin() { return m_origin; }
    LoanFixtures &fixtures() { return m_fixtures; }
    QUrl url() const;
    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir.path(); }

    // A new desk: an empty store, signed in to the server as `username`, synced once.
    Desk &join(const QString &username);
    // Syncs a desk through `url` (default: the server itself; a FaultProxy's address to inject faults).
    SyncSession::Report sync(Desk &desk, const QUrl &via = {});
    SyncSession::Report syncOrigin(const QUrl &via = {});

    // Every synced row of a store as text (private columns left out), to compare desks and the server.
    static QString dump(const QSqlDatabase &db, const QStringList &skipTables = {});
    QString dumpServer(const QStringList &skipTables = {});

    // PostgreSQL: when TECHMATES_TEST_PG_STATE names the test cluster's state file (pg-cluster.sh), the
    // server keeps its ledger in a fresh database there.
    bool onPostgres() const { return !m_databaseUrl.isEmpty(); }
    // A new database in the test cluster when TECHMATES_TEST_PG_STATE is set; empty otherwise (SQLite).
    static QString freshPostgresDatabase();
    void removeWorkingCopy(); // PostgreSQL only: the server rebuilds it from the ledger at start

    void stopServer();
    void startServer(); // again, on the same port and data

private:
    QTemporaryDir m_dir;
    QString m_databaseUrl;
    SyncServer::Options options() const;
    SystemClock m_serverClock;
    std::unique_ptr<SyncServer> m_server;
    quint16 m_port = 0;
    TestStore m_origin;
    LoanFixtures m_fixtures;
    SyncSession::Account m_originAccount;
    std::vector<std::unique_ptr<Desk>> m_desks;
    int m_nextSeed = 1000;
};
