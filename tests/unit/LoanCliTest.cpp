// The loan and device forms of the `techmates` CLI (DESIGN.md §7) as scripts use them: the real binary on a
// real store, exit 0 done / 1 refused (stderr says why) / 2 usage / 3 store error.
#include "LoanFixtures.h"

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

const QString kAmara = QStringLiteral("2000000001");
const QString kBen = QStringLiteral("2000000002");
const QString kChloe = QStringLiteral("2000000003");

QJsonArray jsonArray(const Run &r) {
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject byTag(const QJsonArray &rows, const QString &key, const QString &value) {
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(key).toString() == value) {
            return v.toObject();
        }
    }
    return {};
}
} // namespace

class LoanCliTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    std::unique_ptr<LoanFixtures> m_f;

    Run techmates(const QString &user, const QStringList &args) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TECHMATES_PASSWORD"), QString::fromLatin1(TestStore::kPassword));
        p.setProcessEnvironment(e);
        QStringList all{QStringLiteral("--store"), m_t->path()};
        if (!user.isEmpty()) {
            all << QStringLiteral("--user") << user;
        }
        p.start(QStringLiteral(TECHMATES_CLI), all + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            return {-1, {}, QStringLiteral("timed out")};
        }
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run librarian(const QStringList &args) { return techmates(QStringLiteral("librarian"), args); }

private slots:
    void initTestCase() {
        m_t = std::make_unique<TestStore>();
        m_f = std::make_unique<LoanFixtures>(*m_t);
        m_f->addResident(kAmara);
        m_f->addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        m_f->addResident(kChloe, QStringLiteral("Chloe"), QStringLiteral("Smith"));
        for (int i = 1; i <= 4; ++i) {
            m_f->addDevice(QStringLiteral("TAB000%1").arg(i));
        }
        m_f->addDevice(QStringLiteral("OLD0001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                       DeviceStatus::Retired);
    }

    void deviceListAsJson() {
        Run r = librarian({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray all = jsonArray(r);
        QVERIFY(all.size() >= 5);
        QCOMPARE(byTag(all, QStringLiteral("tag"), QStringLiteral("OLD0001"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("retired"));
        r = librarian({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("retired"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(jsonArray(r).size(), 1);
        r = librarian({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("broken")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--status must be one of")));
        r = techmates(QStringLiteral("volunteer"), {QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
    }

    void deviceAdd() {
        const QStringList add{QStringLiteral("device"),   QStringLiteral("add"),
                              QStringLiteral("--tag"),    QStringLiteral("cli-0001"),
                              QStringLiteral("--type"),   QStringLiteral("TAB"),
                              QStringLiteral("--branch"), QStringLiteral("CEN"),
                              QStringLiteral("--serial"), QStringLiteral("S-1")};
        Run r = librarian(add);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Added CLI-0001")));
        r = librarian(add);
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("already in the register")));
        r = librarian(
            {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--tag"), QStringLiteral("X")});
        QCOMPARE(r.code, 2);
    }

    void aWholeLoanByCommandLine() {
        Run r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                           kAmara, QStringLiteral("--device"), QStringLiteral("tab0001"),
                           QStringLiteral("--signed-name"), QStringLiteral("Amara Nwosu")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Lent TAB0001 to card 2000000001")));
        QVERIFY(r.out.contains(QLatin1String("Kit: charger, cable, case")));
        QVERIFY(r.out.contains(QStringLiteral("Replacement cost: £349.00")));
        QVERIFY(r.out.contains(QLatin1String("accepted by typed name")));

        r = librarian({QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject loan = byTag(jsonArray(r), QStringLiteral("device"), QStringLiteral("TAB0001"));
        QCOMPARE(loan.value(QStringLiteral("resident")).toString(), kAmara);
        QCOMPARE(loan.value(QStringLiteral("due")).toString(),
                 QDate::currentDate().addDays(56).toString(Qt::ISODate));

        r = librarian({QStringLiteral("loan"), QStringLiteral("renew"), QStringLiteral("--device"),
                       QStringLiteral("TAB0001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Renewed TAB0001")));

        r = librarian({QStringLiteral("loan"), QStringLiteral("checkin"), QStringLiteral("--device"),
                       QStringLiteral("TAB0001"), QStringLiteral("--data-removed"),
                       QStringLiteral("--missing"), QStringLiteral("case")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Missing: case")));
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkin"), QStringLiteral("--device"),
                       QStringLiteral("TAB0001")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("scanned twice")));

        // The wipe gate, from the command line.
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"), kBen,
                       QStringLiteral("--device"), QStringLiteral("TAB0001")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("awaiting wipe")));
        r = librarian({QStringLiteral("wipe"), QStringLiteral("record"), QStringLiteral("--device"),
                       QStringLiteral("TAB0001"), QStringLiteral("--method"), QStringLiteral("factory reset"),
                       QStringLiteral("--tool"), QStringLiteral("Android recovery"),
                       QStringLiteral("--report-id"), QStringLiteral("WR-7")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = librarian({QStringLiteral("wipe"), QStringLiteral("record"), QStringLiteral("--device"),
                       QStringLiteral("TAB0001")});
        QCOMPARE(r.code, 2);

        // Without --signed-name the agreement is recorded as signed on paper.
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"), kBen,
                       QStringLiteral("--device"), QStringLiteral("TAB0001")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("signed on paper")));
        r = librarian({QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("on_loan"), QStringLiteral("--json")});
        QCOMPARE(byTag(jsonArray(r), QStringLiteral("tag"), QStringLiteral("TAB0001"))
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("on_loan"));
    }

    void refusalsSayWhy() {
        Run r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                           kChloe, QStringLiteral("--device"), kAmara});
        QCOMPARE(r.code, 1);
        QVERIFY(
            r.err.contains(QStringLiteral("That is a library card, not a device tag — scan the device.")));
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                       kChloe, QStringLiteral("--device"), QStringLiteral("NOPE-1")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("No device has the tag NOPE-1")));
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                       kChloe, QStringLiteral("--device"), QStringLiteral("OLD0001")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("retired")));
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--device"),
                       QStringLiteral("TAB0002")});
        QCOMPARE(r.code, 2);
        r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                       kChloe, QStringLiteral("--device"), QStringLiteral("TAB0002"),
                       QStringLiteral("--signed-name"), QStringLiteral("Somebody Else")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("does not match")));
    }

    void anOverrideNeedsThePermissionAndAReason() {
        Run r = librarian({QStringLiteral("loan"), QStringLiteral("checkout"), QStringLiteral("--resident"),
                           kChloe, QStringLiteral("--device"), QStringLiteral("TAB0003")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList second{QStringLiteral("loan"),       QStringLiteral("checkout"),
                                 QStringLiteral("--resident"), kChloe,
                                 QStringLiteral("--device"),   QStringLiteral("TAB0004")};
        r = librarian({QStringLiteral("loan"), QStringLiteral("assess"), QStringLiteral("--resident"), kChloe,
                       QStringLiteral("--device"), QStringLiteral("TAB0004"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("needs_override")).toBool(),
            true);
        r = librarian(second +
                      QStringList{QStringLiteral("--override"), QStringLiteral("family of four sharing")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("loan.override")));
        r = techmates(QStringLiteral("coordinator"),
                      second + QStringList{QStringLiteral("--override"), QStringLiteral("")});
        QCOMPARE(r.code, 2);
        r = techmates(
            QStringLiteral("coordinator"),
            second + QStringList{QStringLiteral("--override"), QStringLiteral("family of four sharing")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("Overridden (family of four sharing)")));
    }

    void loanListForms() {
        Run r = librarian({QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("overdue"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QVERIFY(jsonArray(r).isEmpty());
        r = librarian({QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--status"),
                       QStringLiteral("lost")});
        QCOMPARE(r.code, 2);
        r = librarian({QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("device,type,branch,resident,name")));
    }

    void importFromTheCommandLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("assets.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Asset Tag,Category,Location,Status\nIMP-1,TAB,CEN,Ready to Deploy\nIMP-2,Phones,CEN,\n");
        file.close();
        Run r = librarian({QStringLiteral("device"), QStringLiteral("import"), path});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("line 3: unknown device type")), qPrintable(r.err));
        r = librarian({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("IMP-1")});
        QCOMPARE(r.code, 1);
        r = librarian(
            {QStringLiteral("device"), QStringLiteral("import"), path, QStringLiteral("--valid-only")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QLatin1String("Imported 1 device(s).")));
        r = librarian({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("IMP-1"),
                       QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("available"));
        r = librarian({QStringLiteral("device"), QStringLiteral("import"),
                       dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.code, 3);
    }

    void aStoreThatIsNotAStoreExitsThree() {
        QTemporaryDir dir;
        const QString bogus = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database\n");
        f.close();
        QProcess p;
        p.start(QStringLiteral(TECHMATES_CLI),
                {QStringLiteral("--store"), bogus, QStringLiteral("--user"), QStringLiteral("librarian"),
                 QStringLiteral("loan"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
    }
};

QTEST_GUILESS_MAIN(LoanCliTest)
#include "LoanCliTest.moc"
