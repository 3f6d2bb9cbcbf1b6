// Bad input from outside the desk, one case per row of docs/bad-inputs.md that no other test covers, and the
// regressions for the bugs the fuzzers (tests/fuzz) found. Each case asserts what a person gets: the exact
// refusal, or that the text was kept as typed; and that nothing was half-written.
#include "FakeClock.h"
#include "LoanFixtures.h"
#include "SkillsFixture.h"
#include "TestStore.h"
#include "bookings/BookingRules.h"
#include "core/CsvReader.h"
#include "devices/DeviceCommands.h"
#include "devices/DeviceImport.h"
#include "devices/DeviceRepository.h"
#include "devices/ScanInput.h"
#include "loans/LoanRepository.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentSearch.h"
#include "skills/BadgeCatalogue.h"
#include "skills/BadgeImport.h"
#include "store/Sql.h"
#include "sync/SyncProtocol.h"
#include "training/TrainingCatalogue.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class BadInputsTest : public QObject {
    Q_OBJECT

    static QString firstProblem(const QStringList &problems) { return problems.value(0); }

private slots:
    void scannerGarbageIsNormalisedOrNamed() {
        TestStore t;
        LoanFixtures f(t);
        f.addDevice(QStringLiteral("LIB-00042"));
        // A wedge scanner's stray escape sequence, zero-width space, NUL and CR around a real tag.
        const QString typed = QStringLiteral("\x1b\u200b lib-00042\r\n") + QChar(0);
        QCOMPARE(ScanInput::normalise(typed), QStringLiteral("LIB-00042"));
        const DeviceScan scan = DeviceRepository(t.db()).scan(QStringLiteral("\u200b lib-00042\r\n"));
        QVERIFY(scan.found());
        const DeviceScan junk = DeviceRepository(t.db()).scan(QStringLiteral("\x1b[A\x1b[B"));
        QCOMPARE(junk.outcome, DeviceScan::Outcome::Unknown);
        QCOMPARE(junk.message,
                 QStringLiteral(
                     "No device has the tag [A[B. Check the label, or add the device to the register."));
        const DeviceScan nothing = DeviceRepository(t.db()).scan(QStringLiteral("\t\r\n\u200b"));
        QCOMPARE(nothing.outcome, DeviceScan::Outcome::Empty);
        QCOMPARE(nothing.message, QStringLiteral("Scan or type the device's asset tag."));
        const BorrowerScan card = LoanRepository(t.db()).scanCard(QStringLiteral("\x1b[A\x1b[B"));
        QCOMPARE(card.outcome, BorrowerScan::Outcome::Unknown);
        QCOMPARE(
            card.message,
            QStringLiteral("No resident has the card [A[B. Check the card, or register the resident first."));
    }

    void anOverlongTagIsRefused() {
        TestStore t;
        LoanFixtures f(t);
        DeviceDetails d;
        d.tag = QString(40, QLatin1Char('A'));
        d.typeCode = QStringLiteral("TAB");
        d.branchCode = QStringLiteral("CEN");
        AddDeviceCommand cmd(d);
        const int before = t.count(QStringLiteral("devices"));
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QVERIFY(!r.ok());
        QCOMPARE(r.message(),
                 QStringLiteral("“%1” is not an asset tag: use 2 to 32 letters, digits, -, _, . or /.")
                     .arg(d.tag));
        QCOMPARE(t.count(QStringLiteral("devices")), before);
    }

    void sqlLookingTextIsKeptAsTyped() {
        TestStore t;
        const QString family = QStringLiteral("O'Brien'); DROP TABLE residents;--");
        const QString id = t.addResident(QStringLiteral("Robert"), family);
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT family_name FROM residents WHERE id = :id"))
                     .bind(QStringLiteral(":id"), id)
                     .scalar()
                     .toString(),
                 family);
        const QList<ResidentHit> hits =
            ResidentSearch(t.db()).find(QStringLiteral("O'Brien'); DROP"), t.librarian());
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, id);
        QCOMPARE(t.count(QStringLiteral("residents")), 1);
    }

    void controlCharactersInANameAreRefused() {
        TestStore t;
        Resident r;
        r.givenName = QStringLiteral("Ann\x07");
        r.familyName = QStringLiteral("Bell");
        AddResidentCommand cmd(r);
        const CommandResult result = t.bus().execute(cmd, t.librarian());
        QVERIFY(!result.ok());
        QCOMPARE(result.message(), QStringLiteral("Given name must be written in letters."));
        QCOMPARE(t.count(QStringLiteral("residents")), 0);
    }

    void anOverlongNameIsRefused() {
        TestStore t;
        Resident r;
        r.givenName = QString(5000, QLatin1Char('x'));
        r.familyName = QStringLiteral("Bell");
        AddResidentCommand cmd(r);
        const CommandResult result = t.bus().execute(cmd, t.librarian());
        QVERIFY(!result.ok());
        QVERIFY2(result.message().startsWith(QStringLiteral("Given name is too long (at most ")),
                 qPrintable(result.message()));
        QCOMPARE(t.count(QStringLiteral("residents")), 0);
    }

    void hugeFilesAreRefusedUnread() {
        TestStore t;
        LoanFixtures f(t);
        const QByteArray huge(ImportDevicesCommand::kMaxBytes + 1, 'a');
        ImportDevicesCommand devices(huge, {});
        const CommandResult r = t.bus().execute(devices, t.librarian());
        QCOMPARE(r.message(), QStringLiteral("The file is too large to import (at most 20 MB)."));
        QCOMPARE(firstProblem(BadgeImport::plan(huge, t.db(), t.admin(), t.clock().today()).problems),
                 QStringLiteral("line 1: the file is too large to import (at most 20 MB)."));
        const QByteArray big(BadgeCatalogueFile::kMaxBytes + 1, ' ');
        QCOMPARE(firstProblem(BadgeCatalogueFile::parseJson(big).problems),
                 QStringLiteral("the file is too large for a badge catalogue (at most 5 MB)."));
        QCOMPARE(firstProblem(BadgeCatalogueFile::parseCsv(big).problems),
                 QStringLiteral("the file is too large for a badge catalogue (at most 5 MB)."));
    }

    // Found by fuzz_badge_catalogue: points of 1e300 were converted to int before the range check, which
    // is undefined behaviour (UBSan: "1e+300 is outside the range of representable values of type 'int'").
    void aCatalogueWithHugeOrNegativePointsIsRefused() {
        const BadgeCatalogueFile huge = BadgeCatalogueFile::parseJson(
            R"({"badges": [{"code": "CIT-01", "name": "Online safety", "category": "Citizen", "points": 1e300}]})");
        QCOMPARE(huge.problems,
                 QStringList{QStringLiteral("badge 1: badge CIT-01: points must be between 0 and 1,000.")});
        const BadgeCatalogueFile negative = BadgeCatalogueFile::parseJson(
            R"({"badges": [{"code": "CIT-01", "name": "Online safety", "category": "Citizen", "points": -5}]})");
        QCOMPARE(negative.problems,
                 QStringList{QStringLiteral("badge 1: badge CIT-01: points must be between 0 and 1,000.")});
        const BadgeCatalogueFile fraction = BadgeCatalogueFile::parseJson(
            R"({"badges": [{"code": "CIT-01", "name": "Online safety", "category": "Citizen", "points": 2.5}]})");
        QCOMPARE(fraction.problems, QStringList{QStringLiteral("badge 1: points must be a whole number.")});
    }

    void aCatalogueOfWrongTypesIsRefused() {
        const BadgeCatalogueFile file = BadgeCatalogueFile::parseJson(
            R"({"badges": [{"code": 7, "name": "Online safety", "category": "Citizen", "points": "ten"}]})");
        QCOMPARE(file.problems, QStringList{QStringLiteral(
                                    "badge 1: needs code, name, category (text) and points (a number).")});
        const BadgeCatalogueFile notAList =
            BadgeCatalogueFile::parseJson(R"({"badges": {"code": "CIT-01"}})");
        QCOMPARE(notAList.problems, QStringList{QStringLiteral("the file has no “badges” list.")});
    }

    void aCatalogueCsvWithABomAndWrongColumns() {
        const BadgeCatalogueFile bom = BadgeCatalogueFile::parseCsv(
            "\xEF\xBB\xBF"
            "code,name,category,points\r\nNEW-01,Library Explorer,Citizen,15\r\n");
        QVERIFY2(bom.ok(), qPrintable(bom.problems.join(QLatin1Char('\n'))));
        QCOMPARE(bom.badges.size(), 1);
        const BadgeCatalogueFile wrong = BadgeCatalogueFile::parseCsv("badge,title\nNEW-01,Explorer\n");
        QCOMPARE(wrong.problems, QStringList{QStringLiteral(
                                     "line 1: the header needs the columns code, name, category and points "
                                     "(active is optional).")});
    }

    void invalidAndFutureDatesInABadgeImport() {
        TestStore t;
        SkillsFixture::prepare(t);
        const QByteArray csv = "card,badge,date\n"
                               "2000000001,CIT-01,31/02/2026\n"
                               "2000000001,CIT-01,2026-13-01\n"
                               "2000000001,CIT-01,2999-01-01\n";
        const BadgeImport::Plan p = BadgeImport::plan(csv, t.db(), t.admin(), t.clock().today());
        QCOMPARE(p.problems.size(), 3);
        QCOMPARE(p.problems.at(0),
                 QStringLiteral("line 2: “31/02/2026” is not a date (use 2026-03-02 or 2/3/2026)."));
        QCOMPARE(p.problems.at(1),
                 QStringLiteral("line 3: “2026-13-01” is not a date (use 2026-03-02 or 2/3/2026)."));
        QCOMPARE(p.problems.at(2), QStringLiteral("line 4: the date 2999-01-01 is in the future."));
        QVERIFY(p.entries.isEmpty());
    }

    void aPathwayOfWrongTypesIsRefused() {
        const PathwayFile file = PathwayFile::parseJson(
            R"({"code": "TM", "name": "TechMates", "units": [{"code": 12, "title": ["x"], "outcomes": "all"}]})");
        QCOMPARE(file.problems, QStringList{QStringLiteral(
                                    "unit 1: a unit code is 2 to 16 letters, digits, - or _ (for example "
                                    "TM02), not “”.")});
        QCOMPARE(PathwayFile::parseJson("[1, 2]").problems,
                 QStringList{QStringLiteral("the file is not a JSON training pathway.")});
    }

    void syncJsonOfWrongTypesIsRefused() {
        QString error;
        QVERIFY(!SyncProtocol::pageFromJson(
            QJsonDocument::fromJson(R"({"changes": [], "next": "5", "more": false})").object(), &error));
        QCOMPARE(error, QStringLiteral("a page needs “changes”, “next” and “more”"));
        QVERIFY(!SyncProtocol::pageFromJson(
            QJsonDocument::fromJson(R"({"changes": [{"t": "residents", "id": "a", "seq": -1, "gone": true}],
                                        "next": 5, "more": false})")
                .object(),
            &error));
        QCOMPARE(error, QStringLiteral("“seq” must be a whole number"));
        QVERIFY(!SyncProtocol::opFromJson(
            QJsonDocument::fromJson(R"({"op_id": "a", "command": "resident.add", "hlc": "h", "at": "t",
                                        "payload": "not an object"})")
                .object(),
            &error));
        QCOMPARE(error, QStringLiteral("“payload” must be an object"));
    }

    void nonsenseSettingsFallBackToTheDefaults() {
        TestStore t;
        for (const auto &[key, value] :
             {std::pair{"dbs_recheck_years", "-5"}, std::pair{"fair_share_days", "lots"},
              std::pair{"dbs_alert_days", "0,-1,x"}}) {
            Sql(t.db(),
                QStringLiteral("INSERT INTO settings(key, value, updated_at) VALUES (:k, :v, '2026-01-01') "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
                .bind(QStringLiteral(":k"), QString::fromLatin1(key))
                .bind(QStringLiteral(":v"), QString::fromLatin1(value))
                .exec();
        }
        const BookingSettings s = BookingSettings::load(t.db());
        QCOMPARE(s.dbsRecheckYears, 3);
        QCOMPARE(s.fairShareDays, 28);
        QCOMPARE(s.dbsAlertDays, (QList<int>{60, 30, 7}));
    }
    void csvQuotingMistakesAreNamedWithTheirLine() {
        CsvReader reader(QStringLiteral("Tag,Notes\nA1,say \"hi\"\nA2,\"done\" twice\nA3,\"never closed\n"));
        const QList<CsvReader::Record> records = reader.readAll();
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(
            records.at(1).error,
            QStringLiteral("A quote mark is inside a field that does not start with one; put the whole field "
                           "in quotes and double the quote mark (\"\")."));
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(2).error,
                 QStringLiteral("There is text after a closing quote mark; a quoted field must "
                                "end at the comma or the end of the line."));
        QCOMPARE(records.at(3).line, 4);
        QCOMPARE(records.at(3).error,
                 QStringLiteral(
                     "A quoted field is never closed: the quote mark opened here has no partner, so the "
                     "rest of the file was read as part of it."));
        QString text;
        QString error;
        QVERIFY(!CsvReader::decode(QByteArray("Tag,Branch\nA1,caf\xE9\n"), &text, &error));
        QCOMPARE(error,
                 QStringLiteral("The file is not UTF-8 text. Save it again as “CSV UTF-8” (in Excel: Save "
                                "As, CSV UTF-8)."));
    }

    void aDeviceCsvWithTheWrongColumnsImportsNothing() {
        TestStore t;
        LoanFixtures f(t);
        const DeviceImport::Plan plan =
            DeviceImport::plan("Serial,Category,Location\nX1,TAB,CEN\n", t.db(), t.clock().today(), {});
        QCOMPARE(plan.problems.size(), 1);
        QCOMPARE(plan.problems.first().line, 1);
        QCOMPARE(plan.problems.first().message,
                 QStringLiteral("No column holds the asset tag (expected one called “Asset Tag” or “Tag”)."));
        QVERIFY(plan.rows.isEmpty());
    }

    void aNegativeReplacementCostIsRefused() {
        TestStore t;
        AddDeviceTypeCommand cmd({QStringLiteral("TAB"),
                                  QStringLiteral("Tablet"),
                                  QStringLiteral("tablet"),
                                  {QStringLiteral("charger")},
                                  -100});
        const CommandResult r = t.bus().execute(cmd, t.admin());
        QCOMPARE(r.message(), QStringLiteral("The replacement cost must be between £0 and £100,000."));
        QCOMPARE(t.count(QStringLiteral("device_types")), 0);
    }

    void aFileThatIsNotAStoreIsRefusedUntouched() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Tag,Branch\nA1,CEN\n");
        file.close();
        const Store::Opened opened = Store::open(path);
        QVERIFY(!opened.store);
        QCOMPARE(opened.error,
                 QStringLiteral("“%1” is not a TechMates store: it is not an SQLite database file. "
                                "Check the file name, or choose another file.")
                     .arg(path));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("Tag,Branch\nA1,CEN\n"));
    }

    void anImpossibleDateOnTheCommandLineIsAUsageError() {
        QTemporaryDir dir;
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TECHMATES_PASSWORD"), QStringLiteral("password1"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(TECHMATES_CLI),
                  {QStringLiteral("--store"), dir.filePath(QStringLiteral("s.db")),
                   QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                   QStringLiteral("Ann"), QStringLiteral("--family"), QStringLiteral("Bell"),
                   QStringLiteral("--dob"), QStringLiteral("2026-02-30")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(cli.readAllStandardError()).trimmed(),
                 QStringLiteral("--dob must be a date like 2026-03-02."));
    }
    // Found by fuzz_badge_catalogue: a badge named "-obots" was exported as '-obots (the guard against
    // spreadsheet formulas) and loaded back with the apostrophe in its name.
    void aCatalogueExportedToCsvLoadsBackWithTheSameNames() {
        QList<Badge> badges;
        for (const char *name : {"-obots", "=SUM(A1)", "+1 skills", "@home online", "'quoted'", "Robots"}) {
            badges.append({QString(), QStringLiteral("NEW-%1").arg(badges.size() + 1),
                           QString::fromUtf8(name), QStringLiteral("Maker"), 10, true, 0});
        }
        const QByteArray csv = BadgeCatalogueFile::toCsv(badges);
        QVERIFY2(csv.contains("'-obots"), csv.constData()); // still guarded for spreadsheets
        const BadgeCatalogueFile back = BadgeCatalogueFile::parseCsv(csv);
        QVERIFY2(back.ok(), qPrintable(back.problems.join(QLatin1Char('\n'))));
        QCOMPARE(back.badges.size(), badges.size());
        for (qsizetype i = 0; i < badges.size(); ++i) {
            QCOMPARE(back.badges.at(i).name, badges.at(i).name);
        }
    }
};

QTEST_GUILESS_MAIN(BadInputsTest)
#include "BadInputsTest.moc"
