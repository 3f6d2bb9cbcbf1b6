// The waiting list per device type and branch: the next free device is offered to the first in line and kept
// for them; lending it to anyone else is blocked until they borrow it or their reservation is cancelled.
#include "LoanFixtures.h"
#include "devices/DeviceMovementCommands.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanQueries.h"
#include "loans/ReservationCommands.h"
#include "store/Sql.h"

#include <QTest>

namespace {
const QString kAmara = QStringLiteral("2000000001");
const QString kBen = QStringLiteral("2000000002");
const QString kChloe = QStringLiteral("2000000003");
const QString kDev = QStringLiteral("2000000004");

struct State {
    QString status;
    QString offeredTag;
};

State reservationOf(TestStore &t, const QString &card) {
    Sql q(t.db(),
          QStringLiteral("SELECT v.status, coalesce(d.tag, '') FROM reservations v JOIN residents r ON "
                         "r.id = v.resident_id LEFT JOIN devices d ON d.id = v.offered_device_id "
                         "WHERE r.card = :c ORDER BY v.requested_at DESC LIMIT 1"));
    q.bind(QStringLiteral(":c"), card).exec();
    return q.next() ? State{q.value(0).toString(), q.value(1).toString()} : State{};
}

QString reservationId(TestStore &t, const QString &card) {
    return Sql(t.db(),
               QStringLiteral("SELECT v.id FROM reservations v JOIN residents r ON r.id = v.resident_id "
                              "WHERE r.card = :c ORDER BY v.requested_at DESC LIMIT 1"))
        .bind(QStringLiteral(":c"), card)
        .scalar()
        .toString();
}
} // namespace

class LoanReservationTest : public QObject {
    Q_OBJECT

    // Two tablets at CEN, both lent; Ben then Chloe wait for one.
    struct Queue {
        TestStore t;
        LoanFixtures f{t};
        Queue() {
            f.addResident(kAmara);
            f.addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
            f.addResident(kChloe, QStringLiteral("Chloe"), QStringLiteral("Smith"));
            f.addResident(kDev, QStringLiteral("Dev"), QStringLiteral("Patel"));
            f.addDevice(QStringLiteral("TAB0001"));
            f.addDevice(QStringLiteral("TAB0002"));
            check(f.checkOut(kAmara, QStringLiteral("TAB0001")));
            check(f.checkOut(kDev, QStringLiteral("TAB0002")));
            t.clock().advanceSeconds(60);
            check(f.reserve(kBen));
            t.clock().advanceSeconds(60);
            check(f.reserve(kChloe));
            t.clock().advanceDays(10);
        }
        static void check(const CommandResult &r) {
            if (!r.ok()) {
                qFatal("%s", qPrintable(r.message()));
            }
        }
        void returnAndWipe(const QString &tag) {
            check(f.checkIn(tag));
            t.clock().advanceSeconds(600);
        }
    };

private slots:
    void residentsWaitInOrder() {
        Queue q;
        const QList<ReservationRow> rows = LoanQueries(q.t.db(), q.t.librarian()).waitingList();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).residentCard, kBen);
        QCOMPARE(rows.at(0).place, 1);
        QCOMPARE(rows.at(1).residentCard, kChloe);
        QCOMPARE(rows.at(1).place, 2);
        QCOMPARE(rows.at(0).typeCode, QStringLiteral("TAB"));
        QCOMPARE(rows.at(0).branchCode, QStringLiteral("CEN"));
        QCOMPARE(rows.at(0).residentName, QStringLiteral("Ben Okafor"));
    }

    void aWipedDeviceIsOfferedToTheFirstInLine() {
        Queue q;
        q.returnAndWipe(QStringLiteral("TAB0001"));
        QCOMPARE(reservationOf(q.t, kBen).status, QStringLiteral("waiting")); // not yet: awaiting wipe
        const CommandResult wiped = q.f.wipe(QStringLiteral("TAB0001"));
        QVERIFY2(wiped.ok(), qPrintable(wiped.message()));
        QVERIFY2(wiped.warnings().join(QLatin1Char(' ')).contains(QLatin1String("Keep TAB0001 aside")),
                 qPrintable(wiped.warnings().join(QLatin1Char(' '))));
        QCOMPARE(reservationOf(q.t, kBen).status, QStringLiteral("offered"));
        QCOMPARE(reservationOf(q.t, kBen).offeredTag, QStringLiteral("TAB0001"));
        QCOMPARE(reservationOf(q.t, kChloe).status, QStringLiteral("waiting"));
        const QList<ReservationRow> rows = LoanQueries(q.t.db(), q.t.librarian()).waitingList();
        QCOMPARE(rows.at(0).status, QStringLiteral("offered"));
        QCOMPARE(rows.at(0).offeredDeviceTag, QStringLiteral("TAB0001"));
        QCOMPARE(rows.at(1).place, 1); // Chloe is now first of those still waiting
    }

    void aDeviceKeptForSomeoneCannotGoToAnyoneElse() {
        Queue q;
        q.returnAndWipe(QStringLiteral("TAB0001"));
        QVERIFY(q.f.wipe(QStringLiteral("TAB0001")).ok());
        const QString before = q.f.snapshot();
        const CommandResult toChloe =
            q.f.checkOut(kChloe, QStringLiteral("TAB0001"), q.t.admin(), QStringLiteral("she is here"));
        QCOMPARE(toChloe.status(), CommandResult::Status::Refused);
        QVERIFY2(toChloe.message().contains(QLatin1String("kept for the resident with card 2000000002")),
                 qPrintable(toChloe.message()));
        QCOMPARE(q.f.snapshot(), before);

        const CheckOutAssessment a = CheckOutAssessment::assess(q.t.db(), q.t.clock().today(), kBen,
                                                                QStringLiteral("TAB0001"), q.t.librarian());
        QVERIFY(a.issues().has(LoanIssue::Code::FulfilsReservation));
        const CommandResult toBen = q.f.checkOut(kBen, QStringLiteral("TAB0001"));
        QVERIFY2(toBen.ok(), qPrintable(toBen.message()));
        QCOMPARE(reservationOf(q.t, kBen).status, QStringLiteral("fulfilled"));
        QCOMPARE(reservationOf(q.t, kChloe).status, QStringLiteral("waiting"));
    }

    void cancellingAnOfferPassesTheDeviceOn() {
        Queue q;
        q.returnAndWipe(QStringLiteral("TAB0001"));
        QVERIFY(q.f.wipe(QStringLiteral("TAB0001")).ok());
        CancelReservationCommand cancel(reservationId(q.t, kBen), QStringLiteral("no longer needed"));
        const CommandResult r = q.t.bus().execute(cancel, q.t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(reservationOf(q.t, kBen).status, QStringLiteral("cancelled"));
        QCOMPARE(reservationOf(q.t, kChloe).status, QStringLiteral("offered"));
        QCOMPARE(reservationOf(q.t, kChloe).offeredTag, QStringLiteral("TAB0001"));
        CancelReservationCommand again(reservationId(q.t, kBen));
        QCOMPARE(q.t.bus().execute(again, q.t.librarian()).status(), CommandResult::Status::Refused);
    }

    void aKeptDeviceLeavingTheShelfReleasesItsResident() {
        Queue q;
        q.returnAndWipe(QStringLiteral("TAB0001"));
        QVERIFY(q.f.wipe(QStringLiteral("TAB0001")).ok());
        SendToRepairCommand repair(QStringLiteral("TAB0001"), QStringLiteral("battery swelling"));
        const CommandResult r = q.t.bus().execute(repair, q.t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(reservationOf(q.t, kBen).status, QStringLiteral("waiting"));
        QVERIFY(reservationOf(q.t, kBen).offeredTag.isEmpty());
        // Ben keeps his place ahead of Chloe.
        const QList<ReservationRow> rows = LoanQueries(q.t.db(), q.t.librarian()).waitingList();
        QCOMPARE(rows.at(0).residentCard, kBen);
        QCOMPARE(rows.at(0).place, 1);
        // The next tablet back goes to him.
        q.returnAndWipe(QStringLiteral("TAB0002"));
        QVERIFY(q.f.wipe(QStringLiteral("TAB0002")).ok());
        QCOMPARE(reservationOf(q.t, kBen).offeredTag, QStringLiteral("TAB0002"));
    }

    void reservingWhenADeviceIsFreeOffersItAtOnce() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        f.addDevice(QStringLiteral("TAB0001"));
        const CommandResult r = f.reserve(kBen);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(reservationOf(t, kBen).status, QStringLiteral("offered"));
        QCOMPARE(reservationOf(t, kBen).offeredTag, QStringLiteral("TAB0001"));
    }

    void aResidentWaitsOnceForATypeAtABranch() {
        Queue q;
        const QString before = q.f.snapshot();
        const CommandResult r = q.f.reserve(kBen);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("already on the waiting list")));
        QCOMPARE(q.f.reserve(kBen, QStringLiteral("NOPE")).status(), CommandResult::Status::Refused);
        QCOMPARE(q.f.reserve(QStringLiteral("TAB0001")).status(), CommandResult::Status::Refused);
        QCOMPARE(q.f.snapshot(), before);
        // Another branch is another queue.
        QVERIFY(q.f.reserve(kBen, QStringLiteral("TAB"), QStringLiteral("NOR")).ok());
    }

    void aDeviceAddedOrReceivedIsOfferedToo() {
        Queue q;
        q.f.addDevice(QStringLiteral("TAB0003"));
        QCOMPARE(reservationOf(q.t, kBen).offeredTag, QStringLiteral("TAB0003"));
        q.f.addDevice(QStringLiteral("TAB0004"), QStringLiteral("TAB"), QStringLiteral("NOR"));
        QCOMPARE(reservationOf(q.t, kChloe).status, QStringLiteral("waiting")); // NOR is not her branch
        SendTransferCommand send(QStringLiteral("TAB0004"), QStringLiteral("CEN"));
        QVERIFY(q.t.bus().execute(send, q.t.librarian()).ok());
        ReceiveTransferCommand receive(QStringLiteral("TAB0004"));
        QVERIFY(q.t.bus().execute(receive, q.t.librarian()).ok());
        QCOMPARE(reservationOf(q.t, kChloe).offeredTag, QStringLiteral("TAB0004"));
    }
};

QTEST_GUILESS_MAIN(LoanReservationTest)
#include "LoanReservationTest.moc"
