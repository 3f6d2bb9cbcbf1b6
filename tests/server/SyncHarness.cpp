#include "SyncHarness.h"

#include "BookingFixtures.h"
#include "PostgresLedger.h"
#include "auth/SignInService.h"
#include "store/Sql.h"
#include "store/StatementCache.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "sync/SyncHttp.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace {
// A new database in the test cluster, so each harness starts from nothing.
QString freshDatabase(const QString &stateFile) {
    QFile f(stateFile);
    if (!f.open(QIODevice::ReadOnly)) {
        qFatal("cannot read the PostgreSQL test cluster's state file %s", qPrintable(stateFile));
    }
    QUrl url(QString::fromUtf8(f.readAll()).trimmed());
    static int counter = 0;
    const QString name = QStringLiteral("tm_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    {
        QString error;
        QSqlDatabase admin = PostgresLedger::connectionFor(url, QStringLiteral("harness-pg-admin"), &error);
        if (!admin.open()) {
            qFatal("cannot reach the PostgreSQL test cluster: %s", qPrintable(admin.lastError().text()));
        }
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name)) {
            qFatal("cannot create a test database: %s", qPrintable(q.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("harness-pg-admin"));
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}
} // namespace

QString SyncHarness::freshPostgresDatabase() {
    return qEnvironmentVariableIsSet("TECHMATES_TEST_PG_STATE")
               ? freshDatabase(qEnvironmentVariable("TECHMATES_TEST_PG_STATE"))
               : QString();
}

SyncServer::Options SyncHarness::options() const {
    SyncServer::Options o;
    o.dataDir = m_dir.path();
    o.databaseUrl = m_databaseUrl;
    return o;
}

void SyncHarness::removeWorkingCopy() {
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(m_dir.filePath(QStringLiteral("server.db") + suffix));
    }
}

SyncHarness::SyncHarness()
    : m_fixtures(m_origin) {
    m_databaseUrl = freshPostgresDatabase();
    if (std::optional<QString> problem =
            SyncServer::initAdmin(options(), QStringLiteral("admin"), QStringLiteral("password1"))) {
        qFatal("cannot create the server's admin: %s", qPrintable(*problem));
    }
    startServer();
    for (const QString &tag :
         {QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4")}) {
        m_fixtures.addDevice(tag);
    }
    for (const QString &card : {QStringLiteral("C0001"), QStringLiteral("C0002"), QStringLiteral("C0003")}) {
        m_fixtures.addResident(card);
    }
    // Val, the volunteer, is a full TechMate with one phone session booked with C0001 (Monday 9 March).
    BookingFixtures bookings(m_origin);
    const CommandResult booked =
        bookings.book(bookings.val(), QStringLiteral("C0001"), BookingFixtures::at(2026, 3, 9, 10), 60,
                      QStringLiteral("phone"));
    if (!booked.ok()) {
        qFatal("cannot book the origin's session: %s", qPrintable(booked.message()));
    }
    // The origin seeds the server as its administrator (the same person as the server's own "admin").
    SyncHttp http(url());
    SyncSession session(m_origin.store(), http);
    if (std::optional<QString> refused =
            session.signIn(QStringLiteral("admin"), QStringLiteral("password1"), &m_originAccount)) {
        qFatal("origin cannot sign in: %s", qPrintable(*refused));
    }
    const SyncSession::Report r = session.sync(m_originAccount);
    if (!r.ok) {
        qFatal("origin cannot seed the server: %s", qPrintable(r.error));
    }
}

SyncHarness::~SyncHarness() {
    m_desks.clear();
    m_server.reset();
}

QUrl SyncHarness::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void SyncHarness::stopServer() {
    m_server.reset();
}

void SyncHarness::startServer() {
    m_server = std::make_unique<SyncServer>(options(), m_serverClock);
    QString error;
    m_port = m_server->start(QHostAddress::LocalHost, m_port, &error);
    if (m_port == 0) {
        qFatal("cannot start the server: %s", qPrintable(error));
    }
}

SyncHarness::Desk &SyncHarness::join(const QString &username) {
    auto desk = std::make_unique<Desk>(static_cast<quint64>(m_nextSeed++));
    desk->path = m_dir.filePath(QStringLiteral("desk-%1.db").arg(m_nextSeed));
    Store::Opened opened = Store::open(desk->path);
    if (!opened.store) {
        qFatal("cannot open a desk store: %s", qPrintable(opened.error));
    }
    desk->store = std::move(opened.store);
    // Desks start on the real time, like the server: a desk's clock is what its tests then skew.
    desk->clock.set(QDateTime::currentDateTimeUtc());
    desk->bus = std::make_unique<CommandBus>(*desk->store, desk->clock, desk->ids);
    SyncHttp http(url());
    SyncSession session(*desk->store, http);
    if (std::optional<QString> refused =
            session.signIn(username, QStringLiteral("password1"), &desk->account)) {
        qFatal("%s cannot sign in: %s", qPrintable(username), qPrintable(*refused));
    }
    const SyncSession::Report r = session.sync(desk->account);
    if (!r.ok) {
        qFatal("the desk cannot sync: %s", qPrintable(r.error));
    }
    desk->actor = SignInService::loadActor(*desk->store, desk->account.userId);
    m_desks.push_back(std::move(desk));
    return *m_desks.back();
}

SyncSession::Report SyncHarness::sync(Desk &desk, const QUrl &via) {
    SyncHttp http(via.isEmpty() ? url() : via, 5000);
    SyncSession session(*desk.store, http);
    session.setRetry(4, 50);
    return session.sync(desk.account);
}

SyncSession::Report SyncHarness::syncOrigin(const QUrl &via) {
    SyncHttp http(via.isEmpty() ? url() : via, 5000);
    SyncSession session(m_origin.store(), http);
    session.setRetry(4, 50);
    return session.sync(m_originAccount);
}

QString SyncHarness::dump(const QSqlDatabase &db, const QStringList &skipTables) {
    const SyncedTables tables(db);
    QStringList out;
    for (const QString &table : tables.names()) {
        if (skipTables.contains(table)) {
            continue;
        }
        QStringList columns;
        for (const QString &c : tables.columns(table)) {
            if (!SyncedTables::isPrivate(table, c)) {
                columns.append(QLatin1Char('"') + c + QLatin1Char('"'));
            }
        }
        Sql q(db,
              QStringLiteral("SELECT %1 FROM \"%2\" ORDER BY id").arg(columns.join(QLatin1Char(',')), table));
        q.exec();
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < columns.size(); ++i) {
                values.append(q.value(i).isNull() ? QStringLiteral("∅") : q.value(i).toString());
            }
            out.append(table + QLatin1Char(':') + values.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

QString SyncHarness::dumpServer(const QStringList &skipTables) {
    const QString name = QStringLiteral("harness-server-read");
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("server.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
        text = dump(db, skipTables);
        StatementCache::dropConnection(name);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return text;
}
