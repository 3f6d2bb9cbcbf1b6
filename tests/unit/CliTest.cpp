// The `techmates` command line as scripts use it: the real binary, a real store file, exit statuses
// 0 done / 1 refused / 2 usage / 3 store error (DESIGN.md §7).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code;
    QString out;
    QString err;
};

Run techmates(const QStringList &args, const QHash<QString, QString> &env = {}) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("TECHMATES_PASSWORD"));
    e.remove(QStringLiteral("TECHMATES_NEW_PASSWORD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(TECHMATES_CLI), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class CliTest : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_store;
    const QHash<QString, QString> m_admin{
        {QStringLiteral("TECHMATES_PASSWORD"), QStringLiteral("admin-password")}};

    QStringList as(const QString &user, const QStringList &rest) const {
        return QStringList{QStringLiteral("--store"), m_store, QStringLiteral("--user"), user} + rest;
    }

private slots:
    void initTestCase() {
        m_store = m_dir.filePath(QStringLiteral("cli.db"));
        const Run r =
            techmates({QStringLiteral("--store"), m_store, QStringLiteral("user"), QStringLiteral("add"),
                       QStringLiteral("--username"), QStringLiteral("boss"), QStringLiteral("--name"),
                       QStringLiteral("Bea Boss"), QStringLiteral("--role"), QStringLiteral("admin")},
                      {{QStringLiteral("TECHMATES_NEW_PASSWORD"), QStringLiteral("admin-password")}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void version() {
        const Run r = techmates({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("techmates ")));
    }

    void usageErrorsExitTwo_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("juggle")};
        QTest::newRow("unknown global option")
            << QStringList{QStringLiteral("--colour"), QStringLiteral("red")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("--store")};
        QTest::newRow("unknown subcommand option")
            << QStringList{QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("x"),
                           QStringLiteral("--fuzzy")};
        QTest::newRow("find without text") << QStringList{QStringLiteral("resident"), QStringLiteral("find")};
        QTest::newRow("bad limit") << QStringList{QStringLiteral("resident"), QStringLiteral("find"),
                                                  QStringLiteral("x"), QStringLiteral("--limit"),
                                                  QStringLiteral("zero")};
    }

    void usageErrorsExitTwo() {
        QFETCH(QStringList, args);
        const Run r = techmates(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
    }

    void addThenFindAsJson() {
        Run add =
            techmates(as(QStringLiteral("boss"),
                         {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                          QStringLiteral("Siobhán"), QStringLiteral("--family"), QStringLiteral("O'Brien"),
                          QStringLiteral("--card"), QStringLiteral("2000555001"),
                          QStringLiteral("--postcode"), QStringLiteral("ls1 4ab")}),
                      m_admin);
        QVERIFY2(add.code == 0, qPrintable(add.err));
        const Run find =
            techmates(as(QStringLiteral("boss"), {QStringLiteral("resident"), QStringLiteral("find"),
                                                  QStringLiteral("obrien"), QStringLiteral("--json")}),
                      m_admin);
        QCOMPARE(find.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(find.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("card")).toString(), QStringLiteral("2000555001"));
        QCOMPARE(row.value(QStringLiteral("name")).toString(), QStringLiteral("Siobhán O'Brien"));
        QVERIFY(!row.value(QStringLiteral("id")).toString().isEmpty());
    }

    void aRefusalExitsOneAndSaysWhy() {
        const Run r =
            techmates(as(QStringLiteral("boss"),
                         {QStringLiteral("resident"), QStringLiteral("add"), QStringLiteral("--given"),
                          QStringLiteral("Ann"), QStringLiteral("--family"), QStringLiteral("Lee"),
                          QStringLiteral("--postcode"), QStringLiteral("XX")}),
                      m_admin);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("not a UK postcode")), qPrintable(r.err));
        const Run find =
            techmates(as(QStringLiteral("boss"), {QStringLiteral("resident"), QStringLiteral("find"),
                                                  QStringLiteral("lee"), QStringLiteral("--json")}),
                      m_admin);
        QCOMPARE(QJsonDocument::fromJson(find.out.toUtf8()).array().size(), 0);
    }

    void aWrongPasswordExitsOne() {
        const Run r = techmates(as(QStringLiteral("boss"),
                                   {QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("x")}),
                                {{QStringLiteral("TECHMATES_PASSWORD"), QStringLiteral("not-it")}});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("do not match")));
    }

    void noPasswordAndNoTerminalIsAUsageError() {
        const Run r = techmates(as(QStringLiteral("boss"), {QStringLiteral("resident"),
                                                            QStringLiteral("find"), QStringLiteral("x")}));
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("TECHMATES_PASSWORD")));
    }

    void onlyAnAdminAddsPeopleOnceTheFirstExists() {
        const Run r =
            techmates({QStringLiteral("--store"), m_store, QStringLiteral("user"), QStringLiteral("add"),
                       QStringLiteral("--username"), QStringLiteral("sneaky"), QStringLiteral("--name"),
                       QStringLiteral("Sneaky Person"), QStringLiteral("--role"), QStringLiteral("admin")},
                      {{QStringLiteral("TECHMATES_NEW_PASSWORD"), QStringLiteral("whatever-123")}});
        QCOMPARE(r.code, 2); // must say who is doing it
        QVERIFY(r.err.contains(QLatin1String("--user")));
    }

    void aFileThatIsNotAStoreExitsThree() {
        const QString bogus = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("shopping: milk, bread, eggs, a new charger for the library tablet\n");
        f.close();
        const Run r =
            techmates({QStringLiteral("--store"), bogus, QStringLiteral("--user"), QStringLiteral("boss"),
                       QStringLiteral("resident"), QStringLiteral("find"), QStringLiteral("x")},
                      m_admin);
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("not a TechMates store")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
