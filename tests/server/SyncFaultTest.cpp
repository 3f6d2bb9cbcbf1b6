// Faults between desk and server lose nothing and duplicate nothing: replies lost after the server
// committed, cut-short pages, 500/503/429, requests delivered twice or late, a server restart, and a desk
// stopped between its local commit and the push or between the server's answer and the outbox delete.
#include "FaultProxy.h"
#include "SyncHarness.h"
#include "loans/LoanCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"
#include "sync/ChangeApplier.h"
#include "sync/OutboxQueue.h"
#include "sync/SyncHttp.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

// A sync that must succeed, failing the test with the desk's own words when it does not.
#define QVERIFY_SYNCED(expr)                                                                                 \
    do {                                                                                                     \
        const SyncSession::Report report_ = (expr);                                                          \
        QVERIFY2(report_.ok, qPrintable(report_.error));                                                     \
    } while (false)

namespace {
int scalar(Store &store, const QString &sql) {
    return Sql(store.database(), sql).scalar().toInt();
}
CommandResult checkOut(SyncHarness::Desk &desk, const QString &card, const QString &tag) {
    CheckOutRequest request;
    request.residentCard = card;
    request.deviceTag = tag;
    request.agreement = LoanAgreement::Method::Paper;
    CheckOutCommand command(request);
    return desk.bus->execute(command, desk.actor);
}
QJsonObject opsBody(Store &store) {
    QJsonArray ops;
    for (const SyncProtocol::Op &op : OutboxQueue(store).pending(100)) {
        ops.append(SyncProtocol::toJson(op));
    }
    return {{QStringLiteral("ops"), ops}};
}
} // namespace

class SyncFaultTest : public QObject {
    Q_OBJECT

    // Nothing lost, nothing twice: the server holds exactly the desk's loans, the outbox is empty and the
    // desk matches the server row for row.
    static void verifySettled(SyncHarness &h, SyncHarness::Desk &desk, int activeLoans) {
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active'")),
                 activeLoans);
        QCOMPARE(SyncHarness::dump(desk.store->database()), h.dumpServer());
    }

private slots:
    void faultsOnTheWayAreRetried_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("fault");
        const QList<QPair<const char *, FaultProxy::Fault>> faults = {
            {"reply dropped after commit", FaultProxy::Fault::DropReply},
            {"reply cut short", FaultProxy::Fault::TruncateReply},
            {"500", FaultProxy::Fault::Status500},
            {"503", FaultProxy::Fault::Status503},
            {"429", FaultProxy::Fault::Status429},
            {"delivered twice", FaultProxy::Fault::Duplicate},
        };
        for (const auto &[name, fault] : faults) {
            QTest::addRow("push, %s", name) << QStringLiteral("/api/v1/ops") << static_cast<int>(fault);
            QTest::addRow("pull, %s", name) << QStringLiteral("/api/v1/changes") << static_cast<int>(fault);
        }
    }
    void faultsOnTheWayAreRetried() {
        QFETCH(QString, path);
        QFETCH(int, fault);
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        FaultProxy proxy(h.port());
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        QVERIFY(checkOut(desk, QStringLiteral("C0002"), QStringLiteral("T2")).ok());
        proxy.inject(path, static_cast<FaultProxy::Fault>(fault));
        const SyncSession::Report report = h.sync(desk, proxy.url());
        QVERIFY2(report.ok, qPrintable(report.error));
        QCOMPARE(proxy.pending(), 0);
        QCOMPARE(report.rejected + report.conflicts, 0);
        verifySettled(h, desk, 2);
    }

    void persistentFailureKeepsEverythingQueued() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        FaultProxy proxy(h.port());
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        for (int i = 0; i < 4; ++i) {
            proxy.inject(QStringLiteral("/api/v1/ops"), FaultProxy::Fault::Status503);
        }
        const SyncSession::Report failed = h.sync(desk, proxy.url());
        QVERIFY(!failed.ok);
        QVERIFY(failed.error.contains(QLatin1String("503")));
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM outbox")), 1);
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT attempts FROM outbox")), 1);
        QVERIFY_SYNCED(h.sync(desk));
        verifySettled(h, desk, 1);
    }

    void lateRepeatOfAnEarlierPushChangesNothing() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        const QJsonObject first = opsBody(*desk.store);
        QVERIFY_SYNCED(h.sync(desk));
        QVERIFY(checkOut(desk, QStringLiteral("C0002"), QStringLiteral("T2")).ok());
        QVERIFY_SYNCED(h.sync(desk));
        // The first request turns up again after the second: the server answers from its record of it.
        SyncHttp http(h.url());
        const SyncHttp::Reply again = http.post(QStringLiteral("/api/v1/ops"), first, desk.account.token);
        QVERIFY(again.ok());
        QCOMPARE(again.body.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("applied"));
        QVERIFY_SYNCED(h.sync(desk));
        verifySettled(h, desk, 2);
    }

    void serverRestartLosesNothing() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        h.stopServer();
        QVERIFY(!h.sync(desk).ok);
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM outbox")), 1);
        h.startServer();
        QVERIFY_SYNCED(h.sync(desk));
        verifySettled(h, desk, 1);
    }

    void serverRebuildsItsWorkingCopyFromPostgres() {
        SyncHarness h;
        if (!h.onPostgres()) {
            QSKIP("PostgreSQL only: the SQLite server's store is its record (run as SyncFaultTest_pg)");
        }
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        QVERIFY_SYNCED(h.sync(desk));
        const QString before = h.dumpServer();
        h.stopServer();
        h.removeWorkingCopy();
        h.startServer();
        QCOMPARE(h.dumpServer(), before);
        QVERIFY(checkOut(desk, QStringLiteral("C0002"), QStringLiteral("T2")).ok());
        QVERIFY_SYNCED(h.sync(desk));
        verifySettled(h, desk, 2);
    }

    void deskStoppedBetweenCommitAndPush() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        // The desk program ends here; a new one opens the same file.
        desk.bus.reset();
        desk.store.reset();
        Store::Opened reopened = Store::open(desk.path);
        QVERIFY(reopened.store);
        desk.store = std::move(reopened.store);
        desk.bus = std::make_unique<CommandBus>(*desk.store, desk.clock, desk.ids);
        QVERIFY_SYNCED(h.sync(desk));
        verifySettled(h, desk, 1);
    }

    void deskStoppedBetweenAnswerAndOutboxDelete() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        // The server applies and answers, but the desk stops before removing the op from its outbox.
        SyncHttp http(h.url());
        QVERIFY(http.post(QStringLiteral("/api/v1/ops"), opsBody(*desk.store), desk.account.token).ok());
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM outbox")), 1);
        const SyncSession::Report report = h.sync(desk);
        QVERIFY(report.ok);
        QCOMPARE(report.applied, 1);
        verifySettled(h, desk, 1);
    }

    // Several desks push at once while another reads the feed as it grows: every change the server applied
    // shows up in the feed, once, in increasing order.
    void feedNeverSkipsUnderConcurrentPushes() {
        SyncHarness h;
        SyncHarness::Desk &reader = h.join(QStringLiteral("coordinator"));
        const QUrl url = h.url();
        const QString token = reader.account.token;
        const QString userId = reader.account.userId;
        constexpr int kWriters = 4;
        constexpr int kOpsEach = 25;
        QList<QStringList> applied(kWriters);
        QList<QThread *> writers;
        QTemporaryDir dir;
        for (int w = 0; w < kWriters; ++w) {
            writers.append(QThread::create([&, w] {
                Store::Opened local = Store::open(dir.filePath(QStringLiteral("w%1.db").arg(w)));
                FakeClock clock(QDateTime::currentDateTimeUtc());
                IdSource ids(static_cast<quint64>(500 + w));
                CommandBus bus(*local.store, clock, ids);
                const Actor actor(userId, QStringLiteral("coordinator"), QStringLiteral("Coordinator"),
                                  Role::Coordinator);
                SyncHttp http(url, 10000);
                OutboxQueue outbox(*local.store);
                for (int n = 0; n < kOpsEach; ++n) {
                    Resident r;
                    r.givenName = QStringLiteral("Writer");
                    r.familyName = QStringLiteral("Number %1").arg(w);
                    r.card = QStringLiteral("W%1N%2").arg(w).arg(n, 4, 10, QLatin1Char('0'));
                    AddResidentCommand add(r);
                    const CommandResult done = bus.execute(add, actor);
                    QJsonArray ops;
                    for (const SyncProtocol::Op &op : outbox.pending(1)) {
                        ops.append(SyncProtocol::toJson(op));
                    }
                    const SyncHttp::Reply reply =
                        http.post(QStringLiteral("/api/v1/ops"), {{QStringLiteral("ops"), ops}}, token);
                    const QJsonObject result =
                        reply.body.value(QLatin1String("results")).toArray().first().toObject();
                    if (done.ok() &&
                        result.value(QLatin1String("status")).toString() == QLatin1String("applied")) {
                        applied[w].append(done.entityId());
                    }
                    QString why;
                    if (auto o = SyncProtocol::outcomeFromJson(result, &why)) {
                        outbox.settle({*o});
                    }
                }
            }));
        }
        for (QThread *t : writers) {
            t->start();
        }
        SyncHttp http(url);
        qint64 position = ChangeApplier(*reader.store).checkpoint();
        qint64 lastSeq = position;
        QSet<QString> seen;
        bool ordered = true;
        auto readAll = [&] {
            for (bool more = true; more;) {
                const SyncHttp::Reply page =
                    http.get(QStringLiteral("/api/v1/changes?since=%1&limit=7").arg(position), token);
                QVERIFY(page.ok());
                for (const QJsonValue &v : page.body.value(QLatin1String("changes")).toArray()) {
                    const qint64 seq =
                        static_cast<qint64>(v.toObject().value(QLatin1String("seq")).toDouble());
                    ordered = ordered && seq > lastSeq;
                    lastSeq = seq;
                    if (v.toObject().value(QLatin1String("t")).toString() == QLatin1String("residents")) {
                        seen.insert(v.toObject().value(QLatin1String("id")).toString());
                    }
                }
                position = static_cast<qint64>(page.body.value(QLatin1String("next")).toDouble());
                more = page.body.value(QLatin1String("more")).toBool();
            }
        };
        while (std::any_of(writers.begin(), writers.end(), [](QThread *t) { return t->isRunning(); })) {
            readAll(); // reading while the writers push
            QCoreApplication::processEvents();
        }
        for (QThread *t : writers) {
            t->wait();
            delete t;
        }
        readAll();
        QVERIFY(ordered);
        int total = 0;
        for (const QStringList &ids : applied) {
            total += static_cast<int>(ids.size());
            for (const QString &id : ids) {
                QVERIFY2(seen.contains(id),
                         qPrintable(id + QStringLiteral(" was applied but never appeared in the feed")));
            }
        }
        QCOMPARE(total, kWriters * kOpsEach);
    }

    void anotherPersonsOpsWaitForThem() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        SyncHarness::Desk &other = h.join(QStringLiteral("librarian"));
        QVERIFY(checkOut(desk, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        // A forged op in the coordinator's name, sent with the librarian's token, is turned down.
        SyncHttp http(h.url());
        const SyncHttp::Reply reply =
            http.post(QStringLiteral("/api/v1/ops"), opsBody(*desk.store), other.account.token);
        QVERIFY(reply.ok());
        QCOMPARE(reply.body.value(QLatin1String("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("rejected"));
        // Being turned down in someone else's name must not have lent anything.
        QVERIFY(h.dumpServer().count(QLatin1String("loans:")) == 0);
        // When its author syncs, the op is applied.
        QCOMPARE(h.sync(desk).applied, 1);
        verifySettled(h, desk, 1);
    }
};

QTEST_GUILESS_MAIN(SyncFaultTest)
#include "SyncFaultTest.moc"
