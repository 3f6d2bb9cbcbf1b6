// Desks editing offline, then syncing with the real server over loopback HTTP, end up with the server's
// state; a device lent at two desks gives one active loan and one visible conflict; clock skew changes
// nothing; a volunteer's laptop holds only what is theirs.
#include "SyncHarness.h"
#include "auth/SignInService.h"
#include "loans/LoanCommands.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentRepository.h"
#include "store/Sql.h"
#include "sync/LoanConflictCommands.h"
#include "sync/SyncHttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

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
QString text(Store &store, const QString &sql) {
    return Sql(store.database(), sql).scalar().toString();
}
QString residentId(Store &store, const QString &card) {
    return Sql(store.database(), QStringLiteral("SELECT id FROM residents WHERE card = :c"))
        .bind(QStringLiteral(":c"), card)
        .scalar()
        .toString();
}
CommandResult checkOut(SyncHarness::Desk &desk, const QString &card, const QString &tag) {
    CheckOutRequest request;
    request.residentCard = card;
    request.deviceTag = tag;
    request.agreement = LoanAgreement::Method::Paper;
    CheckOutCommand command(request);
    return desk.bus->execute(command, desk.actor);
}
CommandResult editPhone(SyncHarness::Desk &desk, const QString &card, const QString &phone,
                        const QString &email = {}) {
    Resident r = *ResidentRepository(desk.store->database()).loadForWrite(residentId(*desk.store, card));
    if (!phone.isEmpty()) {
        r.phone = phone;
    }
    if (!email.isEmpty()) {
        r.email = email;
    }
    EditResidentCommand command(r, desk.clock);
    return desk.bus->execute(command, desk.actor);
}
} // namespace

class SyncConvergenceTest : public QObject {
    Q_OBJECT

private slots:
    void newDeskReceivesEverythingItMayHold() {
        SyncHarness h;
        SyncHarness::Desk &desk = h.join(QStringLiteral("coordinator"));
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM devices")), 4);
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM residents")), 3);
        QCOMPARE(SyncHarness::dump(desk.store->database()), h.dumpServer());
        // The person can sign in at this desk offline now, with the password the server accepted.
        FakeClock clock;
        QVERIFY(SignInService(*desk.store, clock)
                    .signIn(QStringLiteral("coordinator"), QStringLiteral("password1"))
                    .ok);
        // Password hashes never travel to desks: only the signed-in person's own, made here.
        QCOMPARE(scalar(*desk.store, QStringLiteral("SELECT count(*) FROM users WHERE password_hash <> ''")),
                 1);
    }

    void twoDesksEditingOfflineConverge() {
        SyncHarness h;
        SyncHarness::Desk &b = h.join(QStringLiteral("librarian"));
        SyncHarness::Desk &c = h.join(QStringLiteral("coordinator"));
        // Offline: B lends T1 and edits C2's phone; C lends T3 and adds a resident.
        QVERIFY(checkOut(b, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        QVERIFY(editPhone(b, QStringLiteral("C0002"), QStringLiteral("0113 496 0001")).ok());
        QVERIFY(checkOut(c, QStringLiteral("C0003"), QStringLiteral("T3")).ok());
        Resident added;
        added.givenName = QStringLiteral("Zofia");
        added.familyName = QStringLiteral("Kowalska");
        AddResidentCommand add(added, c.clock);
        QVERIFY(c.bus->execute(add, c.actor).ok());

        const SyncSession::Report rb = h.sync(b);
        QVERIFY2(rb.ok, qPrintable(rb.error));
        QCOMPARE(rb.applied, 2);
        const SyncSession::Report rc = h.sync(c);
        QVERIFY2(rc.ok, qPrintable(rc.error));
        QCOMPARE(rc.applied, 2);
        QVERIFY_SYNCED(h.sync(b));

        QCOMPARE(scalar(*b.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        QCOMPARE(scalar(*c.store, QStringLiteral("SELECT count(*) FROM outbox")), 0);
        const QString server = h.dumpServer({QStringLiteral("sync_conflicts")});
        QCOMPARE(SyncHarness::dump(b.store->database(), {QStringLiteral("sync_conflicts")}), server);
        QCOMPARE(SyncHarness::dump(c.store->database(), {QStringLiteral("sync_conflicts")}), server);
        QCOMPARE(scalar(*b.store, QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active'")), 2);
        QCOMPARE(text(*c.store, QStringLiteral("SELECT phone FROM residents WHERE card = 'C0002'")),
                 QStringLiteral("0113 496 0001"));
        QCOMPARE(
            scalar(*b.store, QStringLiteral("SELECT count(*) FROM residents WHERE family_name = 'Kowalska'")),
            1);
    }

    void threeDesksConverge() {
        SyncHarness h;
        SyncHarness::Desk &b = h.join(QStringLiteral("librarian"));
        SyncHarness::Desk &c = h.join(QStringLiteral("coordinator"));
        SyncHarness::Desk &d = h.join(QStringLiteral("admin"));
        QVERIFY(checkOut(b, QStringLiteral("C0001"), QStringLiteral("T1")).ok());
        QVERIFY(checkOut(c, QStringLiteral("C0002"), QStringLiteral("T2")).ok());
        QVERIFY(editPhone(d, QStringLiteral("C0003"), QStringLiteral("0113 496 0003")).ok());
        for (SyncHarness::Desk *desk : {&b, &c, &d, &b, &c}) {
            QVERIFY(h.sync(*desk).ok);
        }
        const QString server = h.dumpServer({QStringLiteral("sync_conflicts")});
        for (SyncHarness::Desk *desk : {&b, &c, &d}) {
            QCOMPARE(SyncHarness::dump(desk->store->database(), {QStringLiteral("sync_conflicts")}), server);
        }
        QCOMPARE(scalar(*d.store, QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active'")), 2);
    }

    void deviceLentAtTwoDesksGivesOneActiveLoanAndAConflict() {
        SyncHarness h;
        SyncHarness::Desk &b = h.join(QStringLiteral("librarian"));
        SyncHarness::Desk &c = h.join(QStringLiteral("coordinator"));
        QVERIFY(checkOut(b, QStringLiteral("C0001"), QStringLiteral("T2")).ok());
        c.clock.advanceSeconds(60);
        QVERIFY(checkOut(c, QStringLiteral("C0002"), QStringLiteral("T2")).ok());

        QCOMPARE(h.sync(b).applied, 1);
        const SyncSession::Report rc = h.sync(c);
        QVERIFY(rc.ok);
        QCOMPARE(rc.conflicts, 1);
        QVERIFY_SYNCED(h.sync(b));

        for (Store *store : {b.store.get(), c.store.get()}) {
            QCOMPARE(scalar(*store, QStringLiteral(
                                        "SELECT count(*) FROM loans l JOIN devices d ON d.id = l.device_id "
                                        "WHERE d.tag = 'T2' AND l.status = 'active'")),
                     1);
            QCOMPARE(scalar(*store, QStringLiteral(
                                        "SELECT count(*) FROM loans l JOIN devices d ON d.id = l.device_id "
                                        "WHERE d.tag = 'T2' AND l.status = 'closed'")),
                     1);
        }
        // The coordinator sees the conflict; the librarian's desk does not hold conflict records.
        QCOMPARE(
            scalar(*c.store, QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL")),
            1);
        QCOMPARE(scalar(*b.store, QStringLiteral("SELECT count(*) FROM sync_conflicts")), 0);
        QCOMPARE(SyncHarness::dump(c.store->database()), h.dumpServer());
        const QString activeResident =
            text(*c.store, QStringLiteral("SELECT r.card FROM loans l JOIN residents r ON "
                                          "r.id = l.resident_id WHERE l.status = 'active' "
                                          "AND l.device_id = (SELECT id FROM devices WHERE tag = 'T2')"));
        QCOMPARE(activeResident, QStringLiteral("C0001"));

        // The coordinator confirms the other resident has it: the loans swap, everywhere.
        const QString conflictId = text(*c.store, QStringLiteral("SELECT id FROM sync_conflicts"));
        ResolveLoanConflictCommand swap(conflictId, ResolveLoanConflictCommand::Choice::Swap,
                                        QStringLiteral("C2 came in with the tablet"));
        QVERIFY(c.bus->execute(swap, c.actor).ok());
        QVERIFY_SYNCED(h.sync(c));
        QVERIFY_SYNCED(h.sync(b));
        QCOMPARE(text(*b.store,
                      QStringLiteral("SELECT r.card FROM loans l JOIN residents r ON r.id = l.resident_id "
                                     "WHERE l.status = 'active' AND l.device_id = (SELECT id FROM devices "
                                     "WHERE tag = 'T2')")),
                 QStringLiteral("C0002"));
        QCOMPARE(SyncHarness::dump(c.store->database()), h.dumpServer());
    }

    void clockSkewChangesNoOutcome_data() {
        QTest::addColumn<int>("skewHours");
        QTest::newRow("desk 24 h behind") << -24;
        QTest::newRow("no skew") << 0;
        QTest::newRow("desk 24 h ahead") << 24;
    }
    void clockSkewChangesNoOutcome() {
        QFETCH(int, skewHours);
        SyncHarness h;
        SyncHarness::Desk &b = h.join(QStringLiteral("librarian"));
        SyncHarness::Desk &c = h.join(QStringLiteral("coordinator"));
        c.clock.advanceSeconds(skewHours * 3600);
        // Concurrent edits of different fields of one resident: both are kept.
        QVERIFY(editPhone(b, QStringLiteral("C0001"), QStringLiteral("0113 496 0101")).ok());
        QVERIFY(editPhone(c, QStringLiteral("C0001"), QString(), QStringLiteral("c1@example.org")).ok());
        QVERIFY_SYNCED(h.sync(b));
        QVERIFY_SYNCED(h.sync(c));
        QVERIFY_SYNCED(h.sync(b));
        for (Store *store : {b.store.get(), c.store.get()}) {
            QCOMPARE(text(*store, QStringLiteral("SELECT phone FROM residents WHERE card = 'C0001'")),
                     QStringLiteral("0113 496 0101"));
            QCOMPARE(text(*store, QStringLiteral("SELECT email FROM residents WHERE card = 'C0001'")),
                     QStringLiteral("c1@example.org"));
        }
        // A later edit made after seeing the earlier one wins, whatever the desk's clock says.
        QVERIFY(editPhone(c, QStringLiteral("C0001"), QStringLiteral("0113 496 0202")).ok());
        QVERIFY_SYNCED(h.sync(c));
        QVERIFY_SYNCED(h.sync(b));
        QCOMPARE(text(*b.store, QStringLiteral("SELECT phone FROM residents WHERE card = 'C0001'")),
                 QStringLiteral("0113 496 0202"));
        // Offline lending with a skewed clock still gives one loan and one conflict.
        QVERIFY(checkOut(b, QStringLiteral("C0002"), QStringLiteral("T4")).ok());
        QVERIFY(checkOut(c, QStringLiteral("C0003"), QStringLiteral("T4")).ok());
        QVERIFY_SYNCED(h.sync(c));
        QCOMPARE(h.sync(b).conflicts, 1);
        QVERIFY_SYNCED(h.sync(c));
        QCOMPARE(scalar(*c.store,
                        QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active' AND device_id = "
                                       "(SELECT id FROM devices WHERE tag = 'T4')")),
                 1);
        QCOMPARE(SyncHarness::dump(c.store->database()), h.dumpServer());
    }

    // Both desks change the same field offline. Whichever arrives first, the later clock stamp wins.
    void sameFieldEditedAtTwoDesksKeepsTheLaterStamp_data() {
        QTest::addColumn<bool>("laterArrivesFirst");
        QTest::newRow("later edit arrives first") << true;
        QTest::newRow("later edit arrives last") << false;
    }
    void sameFieldEditedAtTwoDesksKeepsTheLaterStamp() {
        QFETCH(bool, laterArrivesFirst);
        SyncHarness h;
        SyncHarness::Desk &b = h.join(QStringLiteral("librarian"));
        SyncHarness::Desk &c = h.join(QStringLiteral("coordinator"));
        QVERIFY(editPhone(b, QStringLiteral("C0002"), QStringLiteral("0113 496 0111")).ok());
        c.clock.advanceSeconds(60);
        QVERIFY(editPhone(c, QStringLiteral("C0002"), QStringLiteral("0113 496 0222")).ok());
        SyncHarness::Desk &first = laterArrivesFirst ? c : b;
        SyncHarness::Desk &second = laterArrivesFirst ? b : c;
        QVERIFY_SYNCED(h.sync(first));
        QVERIFY_SYNCED(h.sync(second));
        QVERIFY_SYNCED(h.sync(first));
        for (Store *store : {b.store.get(), c.store.get()}) {
            QCOMPARE(text(*store, QStringLiteral("SELECT phone FROM residents WHERE card = 'C0002'")),
                     QStringLiteral("0113 496 0222"));
        }
        QCOMPARE(SyncHarness::dump(c.store->database()), h.dumpServer());
        QCOMPARE(SyncHarness::dump(b.store->database(), {QStringLiteral("sync_conflicts")}),
                 h.dumpServer({QStringLiteral("sync_conflicts")}));
    }

    void volunteerLaptopHoldsOnlyWhatIsTheirs() {
        SyncHarness h;
        SyncHarness::Desk &v = h.join(QStringLiteral("volunteer"));
        // The one resident Val has a session with, by name and phone only (a phone session: no address).
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM residents")), 1);
        QCOMPARE(text(*v.store, QStringLiteral("SELECT card FROM residents")), QStringLiteral("C0001"));
        QCOMPARE(scalar(*v.store,
                        QStringLiteral("SELECT count(*) FROM residents WHERE address <> '' OR email <> '' "
                                       "OR eligibility_criterion <> '' OR notes <> ''")),
                 0);
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM bookings")), 1);
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM loans")), 0);
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM devices")), 0);
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM volunteers")), 1);
        QCOMPARE(scalar(*v.store, QStringLiteral("SELECT count(*) FROM branches")), 2);
        // Staff appear by name only.
        QCOMPARE(
            scalar(*v.store,
                   QStringLiteral("SELECT count(*) FROM users WHERE grants <> '' OR branch_id IS NOT NULL")),
            0);

        // The volunteer's token cannot read a resident by asking the feed from the start either.
        SyncHttp http(h.url());
        const SyncHttp::Reply reply =
            http.get(QStringLiteral("/api/v1/changes?since=0&limit=5000"), v.account.token);
        QVERIFY(reply.ok());
        int residents = 0;
        for (const QJsonValue &change : reply.body.value(QLatin1String("changes")).toArray()) {
            const QJsonObject c = change.toObject();
            if (c.value(QLatin1String("t")).toString() == QLatin1String("residents")) {
                ++residents;
                QCOMPARE(c.value(QLatin1String("row")).toObject().value(QLatin1String("card")).toString(),
                         QStringLiteral("C0001"));
                QVERIFY(!c.value(QLatin1String("row")).toObject().contains(QLatin1String("address")));
            }
        }
        QVERIFY(residents >= 1);
    }
};

QTEST_GUILESS_MAIN(SyncConvergenceTest)
#include "SyncConvergenceTest.moc"
