// Check-in and the wipe gate: a returned device cannot be lent again until a wipe is recorded; a damaged one
// goes through repair and then the same wipe.
#include "LoanFixtures.h"
#include "devices/DeviceMovementCommands.h"
#include "loans/CheckOutAssessment.h"
#include "loans/LoanCommands.h"
#include "loans/RecordWipeCommand.h"
#include "store/Sql.h"

#include <QTest>

namespace {
const QString kCard = QStringLiteral("2000123456");
const QString kTag = QStringLiteral("TAB0001");

QVariant loanColumn(TestStore &t, const QString &column) {
    return Sql(t.db(), QStringLiteral("SELECT %1 FROM loans ORDER BY checked_out_at DESC, rowid DESC LIMIT 1")
                           .arg(column))
        .scalar();
}

QString deviceNotes(TestStore &t, const QString &tag) {
    return Sql(t.db(), QStringLiteral("SELECT notes FROM devices WHERE tag = :t"))
        .bind(QStringLiteral(":t"), tag)
        .scalar()
        .toString();
}

CommandResult wipe(TestStore &t, const QString &tag, const QString &method, const QDateTime &at = {}) {
    RecordWipeCommand cmd(
        {tag, method, QStringLiteral("Google Admin console"), QStringLiteral("WR-2026-0042"), at});
    return t.bus().execute(cmd, t.librarian());
}
} // namespace

class LoanCheckInTest : public QObject {
    Q_OBJECT

    struct Lent {
        TestStore t;
        LoanFixtures f{t};
        Lent() {
            f.addResident(kCard);
            f.addDevice(kTag);
            if (!f.checkOut(kCard, kTag).ok()) {
                qFatal("could not lend");
            }
            t.clock().advanceDays(20);
        }
    };

private slots:
    void aGoodReturnAwaitsWipe() {
        Lent l;
        CheckInRequest request;
        request.deviceTag = QStringLiteral(" tab0001 ");
        request.dataRemoved = true;
        CheckInCommand cmd(request);
        const CommandResult r = l.t.bus().execute(cmd, l.t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.message(), QStringLiteral("Checked in TAB0001 from card 2000123456 (good condition)."));
        QCOMPARE(l.f.deviceStatus(kTag), QStringLiteral("awaiting_wipe"));
        QCOMPARE(loanColumn(l.t, QStringLiteral("status")).toString(), QStringLiteral("returned"));
        QCOMPARE(loanColumn(l.t, QStringLiteral("condition_in")).toString(), QStringLiteral("good"));
        QCOMPARE(loanColumn(l.t, QStringLiteral("kit_in")).toString(), QStringLiteral("charger,cable,case"));
        QCOMPARE(loanColumn(l.t, QStringLiteral("data_removed")).toInt(), 1);
        QCOMPARE(loanColumn(l.t, QStringLiteral("checked_in_by")).toString(), l.t.librarian().userId());
        QCOMPARE(loanColumn(l.t, QStringLiteral("returned_at")).toString(),
                 l.t.clock().now().toString(Qt::ISODateWithMs));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("record the wipe")));
    }

    void aDamagedReturnGoesToRepair() {
        Lent l;
        CheckInRequest request;
        request.deviceTag = kTag;
        request.condition = CheckInRequest::Condition::Damaged;
        request.note = QStringLiteral("cracked screen");
        CheckInCommand cmd(request);
        const CommandResult r = l.t.bus().execute(cmd, l.t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(l.f.deviceStatus(kTag), QStringLiteral("in_repair"));
        QCOMPARE(loanColumn(l.t, QStringLiteral("condition_in")).toString(), QStringLiteral("damaged"));
        QVERIFY(deviceNotes(l.t, kTag).contains(QLatin1String("returned damaged: cracked screen")));
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("did not confirm removing")));
    }

    void missingKitIsNoted() {
        Lent l;
        const CommandResult r = l.f.checkIn(kTag, false, {QStringLiteral("Charger")});
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(loanColumn(l.t, QStringLiteral("kit_in")).toString(), QStringLiteral("cable,case"));
        QVERIFY(deviceNotes(l.t, kTag).endsWith(QLatin1String("2026-03-22 returned without charger")));
        QVERIFY(r.warnings().first().startsWith(QLatin1String("Missing: charger")));
    }

    void aMissingItemThatWasNotLentIsRefused() {
        Lent l;
        const QString before = l.f.snapshot();
        const CommandResult r = l.f.checkIn(kTag, false, {QStringLiteral("keyboard")});
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("was not lent with TAB0001")), qPrintable(r.message()));
        QCOMPARE(l.f.snapshot(), before);
    }

    void aDoubleScanAtCheckInIsRefused() {
        Lent l;
        QVERIFY(l.f.checkIn(kTag).ok());
        const QString before = l.f.snapshot();
        const CommandResult again = l.f.checkIn(kTag);
        QCOMPARE(again.status(), CommandResult::Status::Refused);
        QVERIFY2(again.message().contains(QLatin1String("already checked in on 2026-03-22")),
                 qPrintable(again.message()));
        QVERIFY(again.message().contains(QLatin1String("scanned twice")));
        QCOMPARE(l.f.snapshot(), before);
    }

    void checkInRefusesWhatIsNotOnLoan_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("says");
        QTest::newRow("available") << QStringLiteral("TAB0002")
                                   << QStringLiteral("TAB0002 is not on loan (it is available)");
        QTest::newRow("unknown") << QStringLiteral("NOPE") << QStringLiteral("No device has the tag NOPE");
        QTest::newRow("a card") << kCard
                                << QStringLiteral(
                                       "That is a library card, not a device tag — scan the device.");
        QTest::newRow("nothing") << QStringLiteral("\r\n") << QStringLiteral("Scan or type");
    }

    void checkInRefusesWhatIsNotOnLoan() {
        QFETCH(QString, tag);
        QFETCH(QString, says);
        Lent l;
        l.f.addDevice(QStringLiteral("TAB0002"));
        const QString before = l.f.snapshot();
        const CommandResult r = l.f.checkIn(tag);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QCOMPARE(l.f.snapshot(), before);
    }

    void theWipeGate() {
        Lent l;
        QVERIFY(l.f.checkIn(kTag).ok());
        l.f.addResident(QStringLiteral("2000999888"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        // Nobody can lend it before the wipe, whatever their permissions.
        const QString before = l.f.snapshot();
        CommandResult r =
            l.f.checkOut(QStringLiteral("2000999888"), kTag, l.t.admin(), QStringLiteral("urgent"));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("awaiting wipe")), qPrintable(r.message()));
        QCOMPARE(l.f.snapshot(), before);

        l.t.clock().advanceSeconds(1800);
        r = wipe(l.t, kTag, QStringLiteral("MDM wipe"));
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(l.f.deviceStatus(kTag), QStringLiteral("available"));
        Sql w(l.t.db(), QStringLiteral(
                            "SELECT method, tool, report_id, wiped_by, wiped_at, loan_id FROM wipe_records"));
        w.exec();
        QVERIFY(w.next());
        QCOMPARE(w.value(0).toString(), QStringLiteral("MDM wipe"));
        QCOMPARE(w.value(1).toString(), QStringLiteral("Google Admin console"));
        QCOMPARE(w.value(2).toString(), QStringLiteral("WR-2026-0042"));
        QCOMPARE(w.value(3).toString(), l.t.librarian().userId());
        QCOMPARE(w.value(4).toString(), l.t.clock().now().toString(Qt::ISODateWithMs));
        QCOMPARE(w.value(5).toString(), loanColumn(l.t, QStringLiteral("id")).toString());

        r = l.f.checkOut(QStringLiteral("2000999888"), kTag);
        QVERIFY2(r.ok(), qPrintable(r.message()));
    }

    void aWipeIsRecordedOnlyForADeviceAwaitingOne_data() {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("says");
        QTest::newRow("available") << QStringLiteral("available")
                                   << QStringLiteral("already wiped and available");
        QTest::newRow("on loan") << QStringLiteral("on_loan") << QStringLiteral("Check it in first");
        QTest::newRow("in repair") << QStringLiteral("in_repair")
                                   << QStringLiteral("return from repair first");
    }

    void aWipeIsRecordedOnlyForADeviceAwaitingOne() {
        QFETCH(QString, state);
        QFETCH(QString, says);
        Lent l;
        if (state == QLatin1String("available")) {
            QVERIFY(l.f.checkIn(kTag).ok());
            QVERIFY(l.f.wipe(kTag).ok());
        } else if (state == QLatin1String("in_repair")) {
            QVERIFY(l.f.checkIn(kTag, true).ok());
        }
        QCOMPARE(l.f.deviceStatus(kTag), state);
        const QString before = l.f.snapshot();
        const CommandResult r = l.f.wipe(kTag);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QCOMPARE(l.f.snapshot(), before);
    }

    void aWipeMustBeDescribedAndComeAfterTheReturn() {
        Lent l;
        QVERIFY(l.f.checkIn(kTag).ok());
        const QString before = l.f.snapshot();
        QCOMPARE(wipe(l.t, kTag, QStringLiteral("  ")).status(), CommandResult::Status::Refused);
        QCOMPARE(wipe(l.t, kTag, QString(200, QLatin1Char('x'))).status(), CommandResult::Status::Refused);
        const CommandResult early =
            wipe(l.t, kTag, QStringLiteral("factory reset"), l.t.clock().now().addSecs(-3600));
        QCOMPARE(early.status(), CommandResult::Status::Refused);
        QVERIFY2(early.message().contains(QLatin1String("before TAB0001 came back")),
                 qPrintable(early.message()));
        QCOMPARE(wipe(l.t, kTag, QStringLiteral("factory reset"), l.t.clock().now().addDays(1)).status(),
                 CommandResult::Status::Refused);
        QCOMPARE(l.f.snapshot(), before);
        // A wipe done at the bench a little earlier, after the return, is fine.
        l.t.clock().advanceSeconds(7200);
        QVERIFY(wipe(l.t, kTag, QStringLiteral("factory reset"), l.t.clock().now().addSecs(-3600)).ok());
    }

    void aRepairedDeviceIsWipedBeforeLending() {
        Lent l;
        QVERIFY(l.f.checkIn(kTag, true).ok());
        ReturnFromRepairCommand back(kTag, QStringLiteral("screen replaced"));
        const CommandResult r = l.t.bus().execute(back, l.t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(l.f.deviceStatus(kTag), QStringLiteral("awaiting_wipe"));
        QVERIFY(CheckOutAssessment::assess(l.t.db(), l.t.clock().today(), kCard, kTag, l.t.librarian())
                    .issues()
                    .has(LoanIssue::Code::DeviceAwaitingWipe));
        QVERIFY(l.f.wipe(kTag).ok());
        QCOMPARE(l.f.deviceStatus(kTag), QStringLiteral("available"));
    }

    void onlyPeopleWithWipeRecordRecordWipes() {
        Lent l;
        QVERIFY(l.f.checkIn(kTag).ok());
        RecordWipeCommand cmd({kTag, QStringLiteral("factory reset"), {}, {}, {}});
        const CommandResult r = l.t.bus().execute(cmd, l.t.volunteer());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("wipe.record")));
    }
};

QTEST_GUILESS_MAIN(LoanCheckInTest)
#include "LoanCheckInTest.moc"
