// Badge files (docs/skills.md): the catalogue as JSON and CSV both ways, and CSV imports of badge completions
// with column mapping that list every row they cannot match and import nothing half-way.
#include "SkillsFixture.h"
#include "skills/BadgeCatalogue.h"
#include "skills/BadgeImport.h"
#include "store/Sql.h"

#include <QTest>

using namespace SkillsFixture;

namespace {
int achievements(TestStore &t) {
    return t.count(QStringLiteral("badge_achievements"));
}
} // namespace

class SkillsImportTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    People m_p;

    BadgeImport::Plan plan(const QByteArray &csv, const BadgeImportOptions &options = {}) {
        return BadgeImport::plan(csv, m_t->db(), m_t->librarian(), m_t->clock().today(), options);
    }

private slots:
    void init() {
        m_t = std::make_unique<TestStore>();
        m_p = prepare(*m_t);
    }

    void theCatalogueGoesOutAndComesBackAsJsonAndCsv() {
        const BadgeCatalogue catalogue(m_t->db());
        const QByteArray json = BadgeCatalogueFile::toJson(catalogue.badges(), catalogue.awardLevels());
        const BadgeCatalogueFile fromJson = BadgeCatalogueFile::parse(json, QStringLiteral("catalogue.json"));
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.problems.join(QLatin1Char('\n'))));
        QCOMPARE(fromJson.badges.size(), 40);
        QCOMPARE(fromJson.awardLevels.size(), 3);
        const QByteArray csv = BadgeCatalogueFile::toCsv(catalogue.badges());
        QVERIFY(csv.startsWith("code,name,category,points,active\r\n"));
        const BadgeCatalogueFile fromCsv = BadgeCatalogueFile::parse(csv, QStringLiteral("catalogue.CSV"));
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.problems.join(QLatin1Char('\n'))));
        QCOMPARE(fromCsv.badges.size(), 40);
        QCOMPARE(fromCsv.badges.first().code, catalogue.badges().first().code);
        QCOMPARE(fromCsv.badges.first().points, catalogue.badges().first().points);
    }

    void aCatalogueFileWithAnyProblemChangesNothing() {
        const QByteArray csv = "code,name,category,points,active\n"
                               "NEW-01,Library Explorer,Citizen,15,yes\n"
                               "NEW-02,,Citizen,10,yes\n"
                               "NEW-03,Robots,Maker,lots,yes\n"
                               "NEW-01,Twice,Citizen,5,no\n";
        const BadgeCatalogueFile file = BadgeCatalogueFile::parse(csv, QStringLiteral("c.csv"));
        QCOMPARE(file.problems.size(), 3);
        QVERIFY(file.problems.at(0).startsWith(QLatin1String("line 3:")));
        QVERIFY(file.problems.at(1).contains(QLatin1String("whole number")));
        QVERIFY(file.problems.at(2).contains(QLatin1String("more than once")));
        QVERIFY(!BadgeCatalogueFile::parse("{\"badges\": 3}", QStringLiteral("c.json")).ok());
        QVERIFY(!BadgeCatalogueFile::parse("not json", QStringLiteral("c.json")).ok());
        QVERIFY(!BadgeCatalogueFile::parse("x", QStringLiteral("c.txt")).ok());
        // The command re-checks: a bad entry among good ones refuses the lot.
        const int before = m_t->count(QStringLiteral("badge_catalogue"));
        ImportBadgeCatalogueCommand bad({Badge{QString(), QStringLiteral("NEW-01"), QStringLiteral("Fine"),
                                               QStringLiteral("Citizen"), 10, true, 0},
                                         Badge{QString(), QStringLiteral("!"), QStringLiteral("Bad"),
                                               QStringLiteral("Citizen"), 10, true, 0}},
                                        {});
        const CommandResult r = m_t->bus().execute(bad, m_t->admin());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("Nothing was imported")), qPrintable(r.message()));
        QCOMPARE(m_t->count(QStringLiteral("badge_catalogue")), before);
    }

    void loadingACatalogueUpdatesKnownCodesAndAddsNewOnes() {
        const QByteArray csv = "code,name,category,points,active\n"
                               "CIT-01,Digital Footprint,Citizen,25,yes\n"
                               "LOC-01,Library Explorer,citizen,15,yes\n";
        const BadgeCatalogueFile file = BadgeCatalogueFile::parse(csv, QStringLiteral("c.csv"));
        QVERIFY(file.ok());
        ImportBadgeCatalogueCommand cmd(file.badges, file.awardLevels);
        const CommandResult r = m_t->bus().execute(cmd, m_t->admin());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("1 badge(s) added, 1 changed")), qPrintable(r.message()));
        QCOMPARE(BadgeCatalogue(m_t->db()).byCode(QStringLiteral("CIT-01"))->points, 25);
        QCOMPARE(BadgeCatalogue(m_t->db()).byCode(QStringLiteral("LOC-01"))->category,
                 QStringLiteral("Citizen"));
        // Only the admin edits the catalogue.
        ImportBadgeCatalogueCommand byLibrarian(file.badges, {});
        QCOMPARE(m_t->bus().execute(byLibrarian, m_t->librarian()).status(), CommandResult::Status::Refused);
    }

    void completionsImportAllTogether() {
        const QByteArray csv = "Card,Badge,Date completed,TechMate\n"
                               "2000000001,CIT-01,2026-02-01,Val Volunteer\n"
                               "2000000002,Spotting Scams,3/2/2026,\n"
                               "2000000001,cit-02,2026-02-03T10:00:00,\n";
        const BadgeImport::Plan p = plan(csv);
        QVERIFY2(p.ok(), qPrintable(p.problemText()));
        QCOMPARE(p.entries.size(), 3);
        QCOMPARE(p.entries.at(0).supportedBy, m_t->volunteerRecordId());
        QCOMPARE(p.entries.at(1).badgeCode, QStringLiteral("CIT-04"));
        QCOMPARE(p.entries.at(1).achievedOn, QDate(2026, 2, 3));
        RecordBadgesCommand cmd(RecordBadgesCommand::Kind::Import, p.entries);
        const CommandResult r = m_t->bus().execute(cmd, m_t->librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(achievements(*m_t), 3);
        QCOMPARE(
            Sql(m_t->db(), QStringLiteral("SELECT count(*) FROM badge_achievements WHERE source = 'import'"))
                .scalar()
                .toInt(),
            3);
        QCOMPARE(m_t->count(QStringLiteral("outbox")) - m_t->count(QStringLiteral("audit")), 0);
    }

    void rowsThatCannotBeMatchedAreListedAndNothingIsImported() {
        const QByteArray csv = "card,badge,date\n"
                               "2000000001,CIT-01,2026-02-01\n"
                               "2000000001,NOPE-1,2026-02-01\n"  // unknown badge
                               "9999999999,CIT-01,2026-02-01\n"  // unknown learner
                               "2000000002,CIT-01,2027-01-01\n"  // in the future
                               "2000000002,CIT-02,yesterday\n"   // not a date
                               "2000000001,CIT-01,2026-02-02\n"; // twice in the file
        const BadgeImport::Plan p = plan(csv);
        QCOMPARE(p.entries.size(), 1);
        QCOMPARE(p.problems.size(), 5);
        QVERIFY2(
            p.problems.at(0).startsWith(QStringLiteral("line 3: the badge “NOPE-1” is not in the catalogue")),
            qPrintable(p.problems.at(0)));
        QVERIFY(p.problems.at(1).startsWith(QLatin1String("line 4: No learner")));
        QVERIFY(p.problems.at(2).contains(QLatin1String("in the future")));
        QVERIFY(p.problems.at(3).contains(QLatin1String("not a date")));
        QVERIFY(p.problems.at(4).contains(QLatin1String("earlier in the file")));
        QVERIFY(!p.ok());
        QCOMPARE(achievements(*m_t), 0);
    }

    void theCommandRefusesALateProblemWithoutWritingAnything() {
        // The plan was fine, but by the time it is imported someone recorded one of its badges at the desk.
        const BadgeImport::Plan p =
            plan("card,badge,date\n2000000001,CIT-01,2026-02-01\n2000000002,CIT-01,2026-02-01\n");
        QVERIFY(p.ok());
        RecordBadgeCommand desk(entry(m_p.ben, QStringLiteral("CIT-01"), QDate(2026, 2, 2)));
        QVERIFY(m_t->bus().execute(desk, m_t->librarian()).ok());
        RecordBadgesCommand cmd(RecordBadgesCommand::Kind::Import, p.entries);
        const CommandResult r = m_t->bus().execute(cmd, m_t->librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QLatin1String("line 3")), qPrintable(r.message()));
        QCOMPARE(achievements(*m_t), 1);
    }

    void columnsAreMappedByThePerson() {
        const QByteArray csv = "Member no,Award,When,Notes\n2000000001,CIT-01,2026-02-01,great\n";
        BadgeImport::Plan p = plan(csv);
        QCOMPARE(p.problems.size(), 1);
        QVERIFY2(p.problems.first().contains(QLatin1String("no column is matched")),
                 qPrintable(p.problems.first()));
        BadgeImportOptions options;
        options.columns.insert(QStringLiteral("member no"), BadgeImportField::Learner);
        options.columns.insert(QStringLiteral("AWARD"), BadgeImportField::Badge);
        options.columns.insert(QStringLiteral("When"), BadgeImportField::Date);
        p = plan(csv, options);
        QVERIFY2(p.ok(), qPrintable(p.problemText()));
        QCOMPARE(p.ignoredColumns, QStringList{QStringLiteral("Notes")});
    }

    void badFilesAreRefusedClearly() {
        QVERIFY(plan("").problems.first().contains(QLatin1String("empty")));
        QVERIFY(plan("card,badge,date\n").problems.first().contains(QLatin1String("no rows")));
        QVERIFY(plan(QByteArray("card,badge,date\n\xff\xfe,x,y\n"))
                    .problems.first()
                    .startsWith(QLatin1String("line 1")));
        QVERIFY(plan(QByteArray(BadgeImport::kMaxBytes + 1, 'a'))
                    .problems.first()
                    .contains(QLatin1String("too large")));
    }
};

QTEST_GUILESS_MAIN(SkillsImportTest)
#include "SkillsImportTest.moc"
