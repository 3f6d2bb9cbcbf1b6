// The badge and training forms of the `techmates` CLI (DESIGN.md §7, docs/skills.md, docs/training.md): the
// real binary on a real store; exit 0 done, 1 refused (stderr says why), 2 usage, 3 store or file error.
#include "SkillsFixture.h"
#include "training/TrainingCommands.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace SkillsFixture;

namespace {
struct Run {
    int code;
    QString out;
    QString err;
};
} // namespace

class SkillsCliTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    People m_p;
    QTemporaryDir m_files;

    Run techmates(const QString &user, const QStringList &args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TECHMATES_PASSWORD"), QString::fromLatin1(TestStore::kPassword));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(TECHMATES_CLI),
                QStringList{QStringLiteral("--store"), m_t->path(), QStringLiteral("--user"), user} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {-1, {}, QStringLiteral("timed out")};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString file(const QString &name, const QByteArray &bytes) {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly)) {
            qFatal("cannot write %s", qPrintable(path));
        }
        f.write(bytes);
        return path;
    }

private slots:
    void initTestCase() {
        m_t = std::make_unique<TestStore>();
        m_p = prepare(*m_t);
    }

    void recordAndProgress() {
        Run r = techmates(QStringLiteral("librarian"),
                          {QStringLiteral("badge"), QStringLiteral("record"), QStringLiteral("--learner"),
                           kAmaraCard, QStringLiteral("--badge"), QStringLiteral("mak-02"),
                           QStringLiteral("--date"), QStringLiteral("2026-02-01")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("record"), QStringLiteral("--learner"),
                       m_p.amara, QStringLiteral("--badge"), QStringLiteral("MAK-07")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("progress"), QStringLiteral("--learner"),
                       kAmaraCard, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("points")).toInt(), 120);
        QVERIFY(o.value(QStringLiteral("award")).isNull());
        QCOMPARE(o.value(QStringLiteral("next_award")).toString(), QStringLiteral("Bronze"));
        QCOMPARE(o.value(QStringLiteral("points_needed")).toInt(), 130);
        QCOMPARE(o.value(QStringLiteral("badges")).toArray().size(), 2);
    }

    void refusalsAndUsage() {
        Run r = techmates(QStringLiteral("librarian"),
                          {QStringLiteral("badge"), QStringLiteral("record"), QStringLiteral("--learner"),
                           kBenCard, QStringLiteral("--badge"), QStringLiteral("CIT-01"),
                           QStringLiteral("--date"), QStringLiteral("2099-01-01")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("in the future")), qPrintable(r.err));
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("record"), QStringLiteral("--learner"),
                       QStringLiteral("0000000000"), QStringLiteral("--badge"), QStringLiteral("CIT-01")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("No learner")));
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("record"), QStringLiteral("--learner"),
                       kBenCard, QStringLiteral("--badge"), QStringLiteral("CIT-01"),
                       QStringLiteral("--date"), QStringLiteral("1/2/2026")});
        QCOMPARE(r.code, 2);
        r = techmates(QStringLiteral("librarian"), {QStringLiteral("badge"), QStringLiteral("progress")});
        QCOMPARE(r.code, 2);
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("import"), QStringLiteral("--file"),
                       m_files.filePath(QStringLiteral("nope.csv"))});
        QCOMPARE(r.code, 3);
    }

    void importListsEveryUnmatchedRowAndWritesNothing() {
        const int before = m_t->count(QStringLiteral("badge_achievements"));
        Run r = techmates(QStringLiteral("librarian"),
                          {QStringLiteral("badge"), QStringLiteral("import"), QStringLiteral("--file"),
                           file(QStringLiteral("bad.csv"), "Member,Award,When\n2000000002,CIT-09,2026-02-01\n"
                                                           "2000000002,BOGUS,2026-02-01\n"),
                           QStringLiteral("--map"), QStringLiteral("Member=learner,Award=badge,When=date")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("line 3: the badge “BOGUS” is not in the catalogue")),
                 qPrintable(r.err));
        QCOMPARE(m_t->count(QStringLiteral("badge_achievements")), before);
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("import"), QStringLiteral("--file"),
                       file(QStringLiteral("good.csv"), "card,badge,date\n2000000002,CIT-09,2026-02-01\n")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(m_t->count(QStringLiteral("badge_achievements")), before + 1);
    }

    void catalogueExportAndAwards() {
        Run r = techmates(QStringLiteral("librarian"),
                          {QStringLiteral("badge"), QStringLiteral("catalogue-export"),
                           QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(QLatin1String("code,name,category,points,active")));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 41);
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("badge"), QStringLiteral("award"), QStringLiteral("--name"),
                       QStringLiteral("Gold"), QStringLiteral("--threshold"), QStringLiteral("1200")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("badge.catalogue")));
        r = techmates(QStringLiteral("admin"),
                      {QStringLiteral("badge"), QStringLiteral("award"), QStringLiteral("--name"),
                       QStringLiteral("Gold"), QStringLiteral("--threshold"), QStringLiteral("1200")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("admin"),
                      {QStringLiteral("badge"), QStringLiteral("catalogue-import"), QStringLiteral("--file"),
                       file(QStringLiteral("c.csv"),
                            "code,name,category,points\nLOC-01,Library Explorer,Citizen,15\n")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("coordinator"),
                      {QStringLiteral("badge"), QStringLiteral("totals"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("target")).toInt(),
                 26000);
    }

    void trainingByCommandLine() {
        Run r = techmates(
            QStringLiteral("coordinator"),
            {QStringLiteral("training"), QStringLiteral("pathway-import"), QStringLiteral("--default")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("coordinator"),
                      {QStringLiteral("training"), QStringLiteral("enrol"), QStringLiteral("--volunteer"),
                       m_t->volunteerRecordId()});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("training"), QStringLiteral("evidence"), QStringLiteral("--outcome"),
                       QStringLiteral("TM01.1"), QStringLiteral("--kind"), QStringLiteral("file"),
                       QStringLiteral("--file"), file(QStringLiteral("log.pdf"), "%PDF log")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("training"), QStringLiteral("evidence"), QStringLiteral("--outcome"),
                       QStringLiteral("TM01.9"), QStringLiteral("--kind"), QStringLiteral("note"),
                       QStringLiteral("--note"), QStringLiteral("x")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("has no outcome 9")));
        r = techmates(QStringLiteral("librarian"),
                      {QStringLiteral("training"), QStringLiteral("signoff"), QStringLiteral("--volunteer"),
                       m_t->volunteerRecordId(), QStringLiteral("--outcome"), QStringLiteral("TM01.1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("training.assess")), qPrintable(r.err));
        r = techmates(QStringLiteral("coordinator"),
                      {QStringLiteral("training"), QStringLiteral("signoff"), QStringLiteral("--volunteer"),
                       m_t->volunteerRecordId(), QStringLiteral("--outcome"), QStringLiteral("TM01.1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("training"), QStringLiteral("progress"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("units"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("signed_off"))
                     .toInt(),
                 1);
        r = techmates(QStringLiteral("coordinator"),
                      {QStringLiteral("training"), QStringLiteral("graduates"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("target")).toInt(),
                 500);
    }
};

QTEST_GUILESS_MAIN(SkillsCliTest)
#include "SkillsCliTest.moc"
