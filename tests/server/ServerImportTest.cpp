// `techmates-server --import-store`: a new server started from a desk's store serves every record to a desk
// that joins it, refuses to import over a server that already has people, and takes up a stopped import.
#include "BookingFixtures.h"
#include "LoanFixtures.h"
#include "SyncHarness.h"
#include "SyncServer.h"
#include "TestStore.h"
#include "core/Clock.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "sync/SyncHttp.h"
#include "sync/SyncSession.h"

#include <QTemporaryDir>
#include <QTest>

class ServerImportTest : public QObject {
    Q_OBJECT

    // A desk's store with people, devices, residents and a booked session.
    static void fill(TestStore &origin) {
        LoanFixtures fixtures(origin);
        for (const QString &tag : {QStringLiteral("T1"), QStringLiteral("T2")}) {
            fixtures.addDevice(tag);
        }
        for (const QString &card : {QStringLiteral("C0001"), QStringLiteral("C0002")}) {
            fixtures.addResident(card);
        }
        QVERIFY(fixtures.checkOut(QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        BookingFixtures bookings(origin);
        QVERIFY(bookings
                    .book(bookings.val(), QStringLiteral("C0002"), BookingFixtures::at(2026, 3, 9, 10), 60,
                          QStringLiteral("phone"))
                    .ok());
    }

    // On the PostgreSQL run (ServerImportTest_pg) the ledger lives in a fresh database of the test cluster.
    static SyncServer::Options serverAt(const QString &dir) {
        SyncServer::Options o;
        o.dataDir = dir;
        o.databaseUrl = SyncHarness::freshPostgresDatabase();
        return o;
    }

private slots:
    void aJoiningDeskReceivesEveryImportedRecord() {
        TestStore origin;
        fill(origin);
        QTemporaryDir dir;
        const SyncServer::Options options = serverAt(dir.filePath(QStringLiteral("server")));
        qint64 rows = 0;
        qint64 reported = 0;
        const std::optional<QString> problem =
            SyncServer::importStore(options, origin.path(), &rows, [&](qint64 done) { reported = done; });
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        QVERIFY(rows > 20);
        QCOMPARE(reported, rows);

        SystemClock clock;
        SyncServer server(options, clock);
        QString error;
        const quint16 port = server.start(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(port != 0, qPrintable(error));

        // The coordinator signs in with the password the store gave them: the server took the people too.
        const QString deskPath = dir.filePath(QStringLiteral("desk.db"));
        Store::Opened desk = Store::open(deskPath);
        QVERIFY(desk.store);
        SyncHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        SyncSession session(*desk.store, http);
        SyncSession::Account coordinator;
        const std::optional<QString> refused =
            session.signIn(QStringLiteral("coordinator"), QStringLiteral("password1"), &coordinator);
        QVERIFY2(!refused, qPrintable(refused.value_or(QString())));
        const SyncSession::Report r = session.sync(coordinator);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.seeded, 0);

        // Row for row the same as the store it came from (outbox and audit are the desk's own, not synced).
        QCOMPARE(SyncHarness::dump(desk.store->database()), SyncHarness::dump(origin.store().database()));
        QCOMPARE(Sql(desk.store->database(),
                     QStringLiteral("SELECT count(*) FROM loans WHERE returned_at IS NULL"))
                     .scalar()
                     .toInt(),
                 1);
    }

    void aServerWithPeopleIsRefused() {
        TestStore origin;
        fill(origin);
        QTemporaryDir dir;
        const SyncServer::Options options = serverAt(dir.path());
        QVERIFY(!SyncServer::initAdmin(options, QStringLiteral("admin"), QStringLiteral("password1")));
        qint64 rows = 0;
        const std::optional<QString> problem = SyncServer::importStore(options, origin.path(), &rows);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QLatin1String("already has people")), qPrintable(*problem));
        QCOMPARE(rows, 0);
    }

    void aStoreWithNobodyOrNoFileIsRefused() {
        TestStore empty(false);
        QTemporaryDir dir;
        qint64 rows = 0;
        std::optional<QString> problem = SyncServer::importStore(serverAt(dir.path()), empty.path(), &rows);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QLatin1String("nobody")), qPrintable(*problem));
        problem =
            SyncServer::importStore(serverAt(dir.path()), dir.filePath(QStringLiteral("none.db")), &rows);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QLatin1String("no store")), qPrintable(*problem));
    }

    void anImportRunTwiceWritesEachRecordOnce() {
        // The second run stands for an import taken up again after it stopped: pages already in the ledger
        // are skipped, so the feed holds each record once.
        TestStore origin;
        fill(origin);
        QTemporaryDir dir;
        const SyncServer::Options options = serverAt(dir.path());
        qint64 first = 0;
        QVERIFY(!SyncServer::importStore(options, origin.path(), &first));
        qint64 second = 0;
        const std::optional<QString> problem = SyncServer::importStore(options, origin.path(), &second);
        QVERIFY2(!problem, qPrintable(problem.value_or(QString())));
        // The feed's last sequence number is its length: one entry per record, none twice.
        SystemClock clock;
        SyncServer server(options, clock);
        QString error;
        const quint16 port = server.start(QHostAddress::LocalHost, 0, &error);
        QVERIFY2(port != 0, qPrintable(error));
        SyncHttp http(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        const SyncHttp::Reply health = http.get(QStringLiteral("/api/v1/health"));
        QVERIFY(health.ok());
        QCOMPARE(static_cast<qint64>(health.body.value(QLatin1String("latest")).toDouble()), first);
    }
};

QTEST_GUILESS_MAIN(ServerImportTest)
#include "ServerImportTest.moc"
