// The device register: adding and editing devices, scanner input, and the steps outside lending (repair,
// lost and found, retire, transfers between branches), each refused in plain words from the wrong status.
#include "LoanFixtures.h"
#include "devices/DeviceCommands.h"
#include "devices/DeviceMovementCommands.h"
#include "devices/DeviceRepository.h"
#include "devices/ScanInput.h"
#include "loans/CheckOutAssessment.h"
#include "store/Sql.h"

#include <QTest>

namespace {
const QString kCard = QStringLiteral("2000123456");

CommandResult add(TestStore &t, DeviceDetails d, const Actor *actor = nullptr) {
    AddDeviceCommand cmd(std::move(d));
    return t.bus().execute(cmd, actor ? *actor : t.librarian());
}

DeviceDetails details(const QString &tag, const QString &type = QStringLiteral("TAB"),
                      const QString &branch = QStringLiteral("CEN")) {
    DeviceDetails d;
    d.tag = tag;
    d.typeCode = type;
    d.branchCode = branch;
    return d;
}

template <typename C, typename... Args> CommandResult run(TestStore &t, Args... args) {
    C cmd(args...);
    return t.bus().execute(cmd, t.librarian());
}

QString column(TestStore &t, const QString &sql) {
    return Sql(t.db(), sql).scalar().toString();
}
} // namespace

class DeviceRegisterTest : public QObject {
    Q_OBJECT

private slots:
    void scannerInputIsNormalised() {
        QCOMPARE(ScanInput::normalise(QStringLiteral("  tab-0001\r\n")), QStringLiteral("TAB-0001"));
        QCOMPARE(ScanInput::normalise(QStringLiteral("\ttab 0001\u200B")), QStringLiteral("TAB0001"));
        QVERIFY(ScanInput::isValidTag(QStringLiteral("LIB-00042")));
        QVERIFY(ScanInput::isValidTag(QStringLiteral("CEN/TAB.01")));
        QVERIFY(!ScanInput::isValidTag(QStringLiteral("-TAB")));
        QVERIFY(!ScanInput::isValidTag(QStringLiteral("T")));
        QVERIFY(!ScanInput::isValidTag(QStringLiteral("TAB#1")));
        QVERIFY(!ScanInput::isValidTag(QString(33, QLatin1Char('A'))));
    }

    void aScanTellsACardFromATag() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const DeviceRepository repo(t.db());
        QVERIFY(repo.scan(QStringLiteral(" tab0001 ")).found());
        const DeviceScan card = repo.scan(kCard);
        QCOMPARE(card.outcome, DeviceScan::Outcome::ResidentCard);
        QCOMPARE(card.message, QStringLiteral("That is a library card, not a device tag — scan the device."));
        QCOMPARE(repo.scan(QStringLiteral("TAB0009")).outcome, DeviceScan::Outcome::Unknown);
        QCOMPARE(repo.scan(QStringLiteral("\r")).outcome, DeviceScan::Outcome::Empty);
    }

    void addingADevice() {
        TestStore t;
        LoanFixtures f(t);
        DeviceDetails d = details(QStringLiteral(" tab-0001 "));
        d.serial = QStringLiteral("  R9XT  1234 ");
        d.make = QStringLiteral("Samsung");
        d.model = QStringLiteral("Galaxy Tab A9+");
        d.acquiredOn = QDate(2025, 9, 30);
        const CommandResult r = add(t, d);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const std::optional<Device> device = DeviceRepository(t.db()).byTag(QStringLiteral("TAB-0001"));
        QVERIFY(device.has_value());
        QCOMPARE(device->serial, QStringLiteral("R9XT 1234"));
        QCOMPARE(device->status, DeviceStatus::Available);
        QCOMPARE(device->type.code, QStringLiteral("TAB"));
        QCOMPARE(device->branch.code, QStringLiteral("CEN"));
        QCOMPARE(device->acquiredOn, QDate(2025, 9, 30));
        QCOMPARE(device->type.kitContents.size(), 3);
        QCOMPARE(column(t, QStringLiteral("SELECT command FROM outbox ORDER BY seq DESC LIMIT 1")),
                 QStringLiteral("device.add"));

        d = details(QStringLiteral("TAB-0002"));
        d.status = DeviceStatus::AwaitingWipe; // second-hand, history unknown
        QVERIFY(add(t, d).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB-0002")), QStringLiteral("awaiting_wipe"));
    }

    void badDevicesAreRefused_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("says");
        QTest::newRow("duplicate tag") << QStringLiteral("tab0001") << QStringLiteral("TAB")
                                       << QStringLiteral("CEN") << QStringLiteral("already in the register");
        QTest::newRow("a library card") << kCard << QStringLiteral("TAB") << QStringLiteral("CEN")
                                        << QStringLiteral("is a library card number");
        QTest::newRow("bad tag") << QStringLiteral("TAB#1") << QStringLiteral("TAB") << QStringLiteral("CEN")
                                 << QStringLiteral("is not an asset tag");
        QTest::newRow("no tag") << QStringLiteral(" ") << QStringLiteral("TAB") << QStringLiteral("CEN")
                                << QStringLiteral("Give the device's asset tag");
        QTest::newRow("unknown type")
            << QStringLiteral("X0001") << QStringLiteral("IPAD") << QStringLiteral("CEN")
            << QStringLiteral("Unknown device type “IPAD” (known types: MIFI, TAB)");
        QTest::newRow("unknown branch")
            << QStringLiteral("X0001") << QStringLiteral("TAB") << QStringLiteral("SOU")
            << QStringLiteral("Unknown branch “SOU” (branches: CEN, NOR)");
    }

    void badDevicesAreRefused() {
        QFETCH(QString, tag);
        QFETCH(QString, type);
        QFETCH(QString, branch);
        QFETCH(QString, says);
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        const QString before = f.snapshot();
        const CommandResult r = add(t, details(tag, type, branch));
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(says), qPrintable(r.message()));
        QCOMPARE(f.snapshot(), before);
    }

    void aFutureAcquisitionDateAndAVolunteerAreRefused() {
        TestStore t;
        LoanFixtures f(t);
        DeviceDetails d = details(QStringLiteral("TAB0001"));
        d.acquiredOn = t.clock().today().addDays(1);
        QCOMPARE(add(t, d).status(), CommandResult::Status::Refused);
        const Actor volunteer = t.volunteer();
        QCOMPARE(add(t, details(QStringLiteral("TAB0001")), &volunteer).status(),
                 CommandResult::Status::Refused);
    }

    void editingADevice() {
        TestStore t;
        LoanFixtures f(t);
        const QString id = f.addDevice(QStringLiteral("TAB0001"));
        Device d = *DeviceRepository(t.db()).byId(id);
        DeviceDetails changed{d.tag,
                              QStringLiteral("TAB"),
                              d.branch.code,
                              QStringLiteral("NEW-SERIAL"),
                              d.make,
                              d.model,
                              d.acquiredOn,
                              QStringLiteral("scratch on the back"),
                              {},
                              d.status};
        EditDeviceCommand edit(id, d.version, changed);
        const CommandResult r = t.bus().execute(edit, t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("notes, serial")));
        QCOMPARE(DeviceRepository(t.db()).byId(id)->serial, QStringLiteral("NEW-SERIAL"));

        // A second desk still holding the old version is told, not overwritten.
        EditDeviceCommand stale(id, d.version, changed);
        const CommandResult s = t.bus().execute(stale, t.librarian());
        QCOMPARE(s.status(), CommandResult::Status::Refused);
        QVERIFY(s.message().contains(QLatin1String("Someone else changed")));
        d = *DeviceRepository(t.db()).byId(id);
        EditDeviceCommand same(id, d.version, changed);
        QVERIFY(
            t.bus().execute(same, t.librarian()).message().contains(QLatin1String("Nothing was changed")));

        // Dates and SIMs are set and cleared as SQL NULL, not as empty text.
        changed.acquiredOn = QDate(2024, 2, 29);
        EditDeviceCommand dated(id, d.version, changed);
        QVERIFY(t.bus().execute(dated, t.librarian()).ok());
        QCOMPARE(column(t, QStringLiteral("SELECT acquired_on FROM devices")), QStringLiteral("2024-02-29"));
        changed.acquiredOn = QDate();
        EditDeviceCommand undated(id, d.version + 1, changed);
        QVERIFY(t.bus().execute(undated, t.librarian()).ok());
        QCOMPARE(column(t, QStringLiteral("SELECT typeof(acquired_on) FROM devices")),
                 QStringLiteral("null"));
    }

    void retiring() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        f.addDevice(QStringLiteral("TAB0002"));
        QVERIFY(f.checkOut(kCard, QStringLiteral("TAB0002")).ok());
        QVERIFY(
            run<RetireDeviceCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("battery failing")).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("retired"));
        const QString before = f.snapshot();
        const CommandResult onLoan = run<RetireDeviceCommand>(t, QStringLiteral("TAB0002"), QString());
        QCOMPARE(onLoan.status(), CommandResult::Status::Refused);
        QVERIFY2(onLoan.message().contains(QLatin1String("on loan, so it cannot be retired")),
                 qPrintable(onLoan.message()));
        const CommandResult twice = run<RetireDeviceCommand>(t, QStringLiteral("TAB0001"), QString());
        QVERIFY(twice.message().contains(QLatin1String("is retired, so it cannot be retired")));
        QCOMPARE(f.snapshot(), before);
    }

    void lostOnLoanAndFound() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        QVERIFY(f.checkOut(kCard, QStringLiteral("TAB0001")).ok());
        t.clock().advanceDays(120);
        const CommandResult lost =
            run<MarkLostCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("no reply to three letters"));
        QVERIFY2(lost.ok(), qPrintable(lost.message()));
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("lost"));
        QCOMPARE(column(t, QStringLiteral("SELECT status || ':' || close_reason FROM loans")),
                 QStringLiteral("lost:no reply to three letters"));
        // The resident no longer counts as having it out.
        QVERIFY(!CheckOutAssessment::assess(t.db(), t.clock().today(), kCard, QString(), t.librarian())
                     .issues()
                     .has(LoanIssue::Code::OverdueLoan));

        const CommandResult found =
            run<MarkFoundCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("NOR"), QString());
        QVERIFY2(found.ok(), qPrintable(found.message()));
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("awaiting_wipe"));
        QCOMPARE(DeviceRepository(t.db()).byTag(QStringLiteral("TAB0001"))->branch.code,
                 QStringLiteral("NOR"));
        QCOMPARE(run<MarkFoundCommand>(t, QStringLiteral("TAB0001"), QString(), QString()).status(),
                 CommandResult::Status::Refused);
    }

    void transfersKeepTheWipeGate() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(kCard);
        f.addDevice(QStringLiteral("TAB0001"));
        f.addDevice(QStringLiteral("TAB0002"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                    DeviceStatus::AwaitingWipe);
        QVERIFY(
            run<SendTransferCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("NOR"), QString()).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("in_transit"));
        QVERIFY(CheckOutAssessment::assess(t.db(), t.clock().today(), kCard, QStringLiteral("TAB0001"),
                                           t.librarian())
                    .issues()
                    .has(LoanIssue::Code::DeviceInTransit));
        QVERIFY(run<ReceiveTransferCommand>(t, QStringLiteral("TAB0001"), QString()).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("available"));
        QCOMPARE(DeviceRepository(t.db()).byTag(QStringLiteral("TAB0001"))->branch.code,
                 QStringLiteral("NOR"));
        QVERIFY(!column(t, QStringLiteral("SELECT received_at FROM transfers")).isEmpty());

        // Sent to the wiping station unwiped, it arrives unwiped.
        QVERIFY(
            run<SendTransferCommand>(t, QStringLiteral("TAB0002"), QStringLiteral("NOR"), QString()).ok());
        const CommandResult arrived = run<ReceiveTransferCommand>(t, QStringLiteral("TAB0002"), QString());
        QVERIFY(arrived.ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0002")), QStringLiteral("awaiting_wipe"));

        QVERIFY(run<SendTransferCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("NOR"), QString())
                    .message()
                    .contains(QLatin1String("already belongs")));
        QCOMPARE(run<ReceiveTransferCommand>(t, QStringLiteral("TAB0001"), QString()).status(),
                 CommandResult::Status::Refused);
        QCOMPARE(
            run<SendTransferCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("XXX"), QString()).status(),
            CommandResult::Status::Refused);
    }

    void repairFromTheShelf() {
        TestStore t;
        LoanFixtures f(t);
        f.addDevice(QStringLiteral("TAB0001"));
        QVERIFY(
            run<SendToRepairCommand>(t, QStringLiteral("TAB0001"), QStringLiteral("will not charge")).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("in_repair"));
        QVERIFY(column(t, QStringLiteral("SELECT notes FROM devices"))
                    .contains(QLatin1String("sent to repair: will not charge")));
        QCOMPARE(run<SendToRepairCommand>(t, QStringLiteral("TAB0001"), QString()).status(),
                 CommandResult::Status::Refused);
        QVERIFY(run<ReturnFromRepairCommand>(t, QStringLiteral("TAB0001"), QString()).ok());
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("awaiting_wipe"));
    }

    void aMifiSimStaysWithItsDevice() {
        TestStore t;
        LoanFixtures f(t);
        const QString iccid = LoanFixtures::iccid(3);
        const QString simId = f.addSim(iccid);
        f.addDevice(QStringLiteral("MIFI001"), QStringLiteral("MIFI"), QStringLiteral("CEN"),
                    DeviceStatus::Available, iccid);
        DeviceDetails second = details(QStringLiteral("MIFI002"), QStringLiteral("MIFI"));
        second.simIccid = iccid;
        const CommandResult r = add(t, second);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("not in stock (it is in device)")),
                 qPrintable(r.message()));
        second.simIccid = LoanFixtures::iccid(99);
        QVERIFY(add(t, second).message().contains(QLatin1String("No SIM with ICCID")));

        const CommandResult retired = run<RetireDeviceCommand>(t, QStringLiteral("MIFI001"), QString());
        QVERIFY(retired.ok());
        QCOMPARE(column(t, QStringLiteral("SELECT status FROM sims WHERE id = '%1'").arg(simId)),
                 QStringLiteral("in_stock"));
        QCOMPARE(column(t, QStringLiteral("SELECT coalesce(sim_id, '') FROM devices WHERE tag = 'MIFI001'")),
                 QString());
    }

    void deviceTypes() {
        TestStore t;
        LoanFixtures f(t);
        AddDeviceTypeCommand dup(
            {QStringLiteral("tab"), QStringLiteral("Tablet"), QStringLiteral("tablet"), {}, 100});
        QCOMPARE(t.bus().execute(dup, t.admin()).status(), CommandResult::Status::Refused);
        AddDeviceTypeCommand badCategory(
            {QStringLiteral("WATCH"), QStringLiteral("Watch"), QStringLiteral("wearable"), {}, 0});
        QCOMPARE(t.bus().execute(badCategory, t.admin()).status(), CommandResult::Status::Refused);
        AddDeviceTypeCommand byLibrarian({QStringLiteral("CHROME"),
                                          QStringLiteral("Chromebook"),
                                          QStringLiteral("chromebook"),
                                          {QStringLiteral("charger")},
                                          27900});
        QCOMPARE(t.bus().execute(byLibrarian, t.librarian()).status(), CommandResult::Status::Refused);
        QVERIFY(t.bus().execute(byLibrarian, t.admin()).ok());
        QCOMPARE(DeviceRepository(t.db()).typeByCode(QStringLiteral("chrome"))->replacementCostPence, 27900);
    }
};

QTEST_GUILESS_MAIN(DeviceRegisterTest)
#include "DeviceRegisterTest.moc"
