// Importing devices from CSV (a Snipe-IT asset export or a plain list): every bad row is reported with its
// line number, a file with errors imports nothing unless only the valid rows are asked for, and an import is
// one transaction with one audit row and one outbox op.
#include "devices/DeviceImport.h"
#include "LoanFixtures.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
// As Snipe-IT's custom asset report writes it (header names from its en-US language files).
const QByteArray kSnipeIt =
    QByteArray("\xEF\xBB\xBF") +
    QStringLiteral(
        "Company,Asset Name,Asset Tag,Model,Model No.,Category,Manufacturer,Serial,Purchased,"
        "Cost,Location,Status,Notes\r\n"
        "Leeds City Council,Tablet 1,LIB-00042,Galaxy Tab A9+,SM-X210,Tablets,Samsung,R9XT1234,"
        "2025-09-30 00:00:00,219.00,Central Library,Ready to Deploy,\"Case is blue, not black\"\r\n"
        "Leeds City Council,Tablet 2,LIB-00043,Galaxy Tab A9+,SM-X210,Tablets,Samsung,R9XT1235,"
        "30/09/2025,219.00,North Library,Pending,\"Returned by Łukasz Nowak;\r\nscreen cracked\"\r\n"
        "Leeds City Council,Hotspot,LIB-00044,M7350,M7350,Hotspots,TP-Link,TP7350,,59.00,"
        "central library,Archived,\r\n")
        .toUtf8();

CommandResult import(TestStore &t, const QByteArray &csv, DeviceImportOptions options,
                     const Actor *actor = nullptr) {
    ImportDevicesCommand cmd(csv, std::move(options));
    return t.bus().execute(cmd, actor ? *actor : t.librarian());
}

DeviceImportOptions snipeOptions() {
    DeviceImportOptions o;
    o.typeValues = {{QStringLiteral("Tablets"), QStringLiteral("TAB")},
                    {QStringLiteral("hotspots"), QStringLiteral("MIFI")}};
    return o;
}
} // namespace

class DeviceImportTest : public QObject {
    Q_OBJECT

private slots:
    void aSnipeItExportImports() {
        TestStore t;
        LoanFixtures f(t);
        const int audit = t.count(QStringLiteral("audit"));
        const int outbox = t.count(QStringLiteral("outbox"));
        const CommandResult r = import(t, kSnipeIt, snipeOptions());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.message(), QStringLiteral("Imported 3 device(s)."));
        QCOMPARE(t.count(QStringLiteral("audit")), audit + 1);
        QCOMPARE(t.count(QStringLiteral("outbox")), outbox + 1);
        QVERIFY(r.warnings()
                    .join(QLatin1Char(' '))
                    .contains(QLatin1String("Columns not used: Company, Asset Name, Model No., Cost.")));

        const DeviceRepository repo(t.db());
        const Device a = *repo.byTag(QStringLiteral("LIB-00042"));
        QCOMPARE(a.type.code, QStringLiteral("TAB"));
        QCOMPARE(a.branch.code, QStringLiteral("CEN")); // "Central Library" is the branch's name
        QCOMPARE(a.status, DeviceStatus::Available);    // Ready to Deploy
        QCOMPARE(a.make, QStringLiteral("Samsung"));
        QCOMPARE(a.model, QStringLiteral("Galaxy Tab A9+"));
        QCOMPARE(a.serial, QStringLiteral("R9XT1234"));
        QCOMPARE(a.acquiredOn, QDate(2025, 9, 30));
        QCOMPARE(a.notes, QStringLiteral("Case is blue, not black"));
        const Device b = *repo.byTag(QStringLiteral("LIB-00043"));
        QCOMPARE(b.branch.code, QStringLiteral("NOR"));
        QCOMPARE(b.status, DeviceStatus::AwaitingWipe); // Pending
        QCOMPARE(b.acquiredOn, QDate(2025, 9, 30));     // UK day/month/year
        QCOMPARE(b.notes, QStringLiteral("Returned by Łukasz Nowak;\nscreen cracked"));
        const Device c = *repo.byTag(QStringLiteral("LIB-00044"));
        QCOMPARE(c.type.code, QStringLiteral("MIFI"));
        QCOMPARE(c.status, DeviceStatus::Retired); // Archived
        QVERIFY(!c.acquiredOn.isValid());

        const QJsonObject payload =
            QJsonDocument::fromJson(
                Sql(t.db(), QStringLiteral("SELECT payload FROM outbox ORDER BY seq DESC LIMIT 1"))
                    .scalar()
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(payload.value(QStringLiteral("devices")).toArray().size(), 3);
        QCOMPARE(payload.value(QStringLiteral("import_id")).toString(), r.entityId());
    }

    void aFileWithErrorsImportsNothingAndNamesEveryBadLine() {
        TestStore t;
        LoanFixtures f(t);
        f.addDevice(QStringLiteral("TAB0001"));
        const QByteArray csv =
            QStringLiteral("Asset Tag,Category,Location,Status,Purchase Date,Notes\n"
                           "TAB0100,TAB,CEN,,,\"fine, with a comma\n"
                           "over two lines\"\n"                       // lines 2–3: good
                           "TAB0101,Phones,CEN,,,\n"                  // 4: unknown type
                           "TAB0001,TAB,CEN,,,\n"                     // 5: already in the register
                           "TAB0100,TAB,CEN,,,\n"                     // 6: duplicate in the file
                           "TAB0102,TAB,CEN,,,oops \"quoted\" note\n" // 7: malformed quotes
                           "TAB0103,TAB,CEN,,\n"                      // 8: a field short
                           "TAB0104,TAB,Mars,,,\n"                    // 9: unknown branch
                           "TAB0105,TAB,CEN,Deployed,,\n"             // 10: on loan elsewhere
                           "TAB0106,TAB,CEN,,31/02/2025,\n"           // 11: not a date
                           "TAB0107,TAB,CEN,,,\n")                    // 12: good
                .toUtf8();
        const QString before = f.snapshot();
        const DeviceImport::Plan plan = DeviceImport::plan(csv, t.db(), t.clock().today(), {});
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.records, 10);
        QList<int> lines;
        for (const DeviceImport::Problem &p : plan.problems) {
            lines.append(p.line);
        }
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 8, 9, 10, 11}));
        QVERIFY(plan.problems.at(0).message.contains(QStringLiteral("unknown device type “Phones”")));
        QVERIFY(plan.problems.at(1).message.contains(QLatin1String("already in the register")));
        QVERIFY(plan.problems.at(2).message.contains(QLatin1String("already on line 2")));
        QVERIFY(plan.problems.at(3).message.contains(QLatin1String("quote mark")));
        QVERIFY(plan.problems.at(4).message.contains(QLatin1String("has 5 field(s) but the header has 6")));
        QVERIFY(plan.problems.at(5).message.contains(QStringLiteral("unknown branch “Mars”")));
        QVERIFY(plan.problems.at(6).message.contains(QLatin1String("on loan in the other system")));
        QVERIFY(plan.problems.at(7).message.contains(QLatin1String("not a date")));

        const CommandResult r = import(t, csv, {});
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().startsWith(QLatin1String("Nothing was imported: 8 row(s) have problems.")),
                 qPrintable(r.message()));
        QVERIFY(r.message().contains(QLatin1String("line 4: unknown device type")));
        QVERIFY(r.message().contains(QLatin1String("line 11: ")));
        QCOMPARE(f.snapshot(), before);

        DeviceImportOptions validOnly;
        validOnly.validOnly = true;
        const CommandResult partial = import(t, csv, validOnly);
        QVERIFY2(partial.ok(), qPrintable(partial.message()));
        QCOMPARE(partial.message(), QStringLiteral("Imported 2 device(s)."));
        QVERIFY(partial.warnings().first().startsWith(QLatin1String("Skipped 8 row(s):\nline 4:")));
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0100")),
                 QStringLiteral("awaiting_wipe")); // no status: wipe first
        QCOMPARE(f.deviceStatus(QStringLiteral("TAB0107")), QStringLiteral("awaiting_wipe"));
        QVERIFY(f.deviceStatus(QStringLiteral("TAB0101")).isEmpty());
    }

    void headerProblemsStopEverything() {
        TestStore t;
        LoanFixtures f(t);
        QVERIFY(DeviceImport::plan(QByteArray(), t.db(), t.clock().today(), {})
                    .problems.first()
                    .message.contains(QLatin1String("empty")));
        const DeviceImport::Plan noTag =
            DeviceImport::plan("Serial,Category,Location\nX1,TAB,CEN\n", t.db(), t.clock().today(), {});
        QCOMPARE(noTag.problems.size(), 1);
        QCOMPARE(noTag.problems.first().line, 1);
        QVERIFY(noTag.problems.first().message.contains(QLatin1String("asset tag")));
        const DeviceImport::Plan twoTags =
            DeviceImport::plan("Tag,Asset Tag,Type,Branch\nA1,A1,TAB,CEN\n", t.db(), t.clock().today(), {});
        QVERIFY(twoTags.problems.first().message.contains(QLatin1String("both hold the tag")));
        const DeviceImport::Plan onlyHeader =
            DeviceImport::plan("Tag,Type,Branch\n", t.db(), t.clock().today(), {});
        QVERIFY(onlyHeader.problems.first().message.contains(QLatin1String("no devices")));
        DeviceImportOptions validOnly;
        validOnly.validOnly = true;
        const QString before = f.snapshot();
        const CommandResult r = import(t, "Serial,Category,Location\nX1,TAB,CEN\n", validOnly);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().startsWith(QLatin1String("Nothing was imported")));
        QCOMPARE(f.snapshot(), before);
        QCOMPARE(import(t, "Tag,Type,Branch\nA1,TAB,CEN\n", {}, nullptr).status(),
                 CommandResult::Status::Done);
        QCOMPARE(import(t, QByteArray("Tag,Type,Branch\nA2,TAB,caf\xE9\n"), {}).status(),
                 CommandResult::Status::Refused);
    }

    void columnsAndValuesCanBeMapped() {
        TestStore t;
        LoanFixtures f(t);
        const QByteArray csv = "Kit ID;Kind;Site\n"
                               "K-1;Samsung tablet;Northside\n"; // one field: the delimiter is a comma
        const QByteArray commas =
            "Kit ID,Kind,Site,Bought\nK-1,Samsung tablet,Northside,2024-01-05\nK-2,,,\n";
        DeviceImportOptions o;
        o.columns = {{QStringLiteral("kit id"), DeviceField::Tag},
                     {QStringLiteral("Kind"), DeviceField::Type},
                     {QStringLiteral("SITE"), DeviceField::Branch},
                     {QStringLiteral("Bought"), DeviceField::AcquiredOn}};
        o.typeValues = {{QStringLiteral("Samsung Tablet"), QStringLiteral("TAB")}};
        o.branchValues = {{QStringLiteral("northside"), QStringLiteral("NOR")}};
        o.defaultTypeCode = QStringLiteral("MIFI");
        o.defaultBranchCode = QStringLiteral("CEN");
        o.defaultStatus = DeviceStatus::Available;
        QVERIFY(DeviceImport::plan(csv, t.db(), t.clock().today(), o).hasProblems());
        const CommandResult r = import(t, commas, o);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const DeviceRepository repo(t.db());
        QCOMPARE(repo.byTag(QStringLiteral("K-1"))->type.code, QStringLiteral("TAB"));
        QCOMPARE(repo.byTag(QStringLiteral("K-1"))->branch.code, QStringLiteral("NOR"));
        QCOMPARE(repo.byTag(QStringLiteral("K-1"))->acquiredOn, QDate(2024, 1, 5));
        QCOMPARE(repo.byTag(QStringLiteral("K-2"))->type.code, QStringLiteral("MIFI"));
        QCOMPARE(repo.byTag(QStringLiteral("K-2"))->branch.code, QStringLiteral("CEN"));
        QCOMPARE(repo.byTag(QStringLiteral("K-2"))->status, DeviceStatus::Available);
    }

    void aModelNameCanSayTheType() {
        TestStore t;
        LoanFixtures f(t);
        // The fixture's types are called "TAB device" and "MIFI device".
        const QByteArray csv = "Asset Tag,Model,Location\nM-1,MIFI device,CEN\nM-2,TAB,CEN\nM-3,device,CEN\n";
        const DeviceImport::Plan plan = DeviceImport::plan(csv, t.db(), t.clock().today(), {});
        QCOMPARE(plan.rows.size(), 2);
        QCOMPARE(plan.rows.at(0).device.type.code, QStringLiteral("MIFI"));
        QCOMPARE(plan.rows.at(1).device.type.code, QStringLiteral("TAB"));
        QCOMPARE(plan.problems.size(), 1); // "device" matches both types: ambiguous, so ask for a mapping
        QCOMPARE(plan.problems.first().line, 4);
    }

    void anImportedDeviceIsOfferedToTheWaitingList() {
        TestStore t;
        LoanFixtures f(t);
        f.addResident(QStringLiteral("2000000001"));
        QVERIFY(f.reserve(QStringLiteral("2000000001")).ok());
        DeviceImportOptions o;
        o.defaultStatus = DeviceStatus::Available;
        const CommandResult r = import(t, "Tag,Type,Branch\nNEW-1,TAB,CEN\n", o);
        QVERIFY(r.ok());
        QVERIFY(r.warnings().join(QLatin1Char(' ')).contains(QLatin1String("Keep NEW-1 aside")));
    }

    void onlyTheRegisterKeepersImport() {
        TestStore t;
        LoanFixtures f(t);
        const Actor volunteer = t.volunteer();
        QCOMPARE(import(t, "Tag,Type,Branch\nA1,TAB,CEN\n", {}, &volunteer).status(),
                 CommandResult::Status::Refused);
    }

    void builtInColumnNames() {
        QCOMPARE(DeviceImport::builtInField(QStringLiteral(" Asset_Tag ")), DeviceField::Tag);
        QCOMPARE(DeviceImport::builtInField(QStringLiteral("Serial Number")), DeviceField::Serial);
        QCOMPARE(DeviceImport::builtInField(QStringLiteral("Purchased")), DeviceField::AcquiredOn);
        QCOMPARE(DeviceImport::builtInField(QStringLiteral("Manufacturer")), DeviceField::Make);
        QCOMPARE(DeviceImport::builtInField(QStringLiteral("LOCATION")), DeviceField::Branch);
        QVERIFY(!DeviceImport::builtInField(QStringLiteral("Model No.")).has_value());
        QString why;
        QCOMPARE(DeviceImport::statusFromText(QStringLiteral("Out for Repair"), &why),
                 DeviceStatus::InRepair);
        QCOMPARE(DeviceImport::statusFromText(QStringLiteral("Lost/Stolen"), &why), DeviceStatus::Lost);
        QVERIFY(!DeviceImport::statusFromText(QStringLiteral("Sparkly"), &why).has_value());
        QVERIFY(why.contains(QLatin1String("unknown status")));
    }
};

QTEST_GUILESS_MAIN(DeviceImportTest)
#include "DeviceImportTest.moc"
