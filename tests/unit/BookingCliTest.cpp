// The bookings forms of the `techmates` CLI (DESIGN.md §7) as scripts use them: the real binary on a real
// store, exit 0 done / 1 refused (stderr says why) / 2 usage / 3 store error. The CLI runs on the real clock,
// so sessions are booked into Val's Monday phone time of the week after next.
#include "BookingFixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace {
struct Run {
    int code;
    QString out;
    QString err;
};

const QString kAmara = QStringLiteral("3000000001");
const QString kBen = QStringLiteral("3000000002");

QDate mondayAfterNext() {
    const QDate today = QDate::currentDate();
    return today.addDays(8 - today.dayOfWeek() + 7);
}
} // namespace

class BookingCliTest : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_t;
    std::unique_ptr<BookingFixtures> m_f;
    QString m_sam;

    Run techmates(const QString &user, const QStringList &args, const QString &store = {}) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TECHMATES_PASSWORD"), QString::fromLatin1(TestStore::kPassword));
        p.setProcessEnvironment(e);
        QStringList all{QStringLiteral("--store"), store.isEmpty() ? m_t->path() : store};
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

    static QString at(int hour) {
        return mondayAfterNext().toString(Qt::ISODate) +
               QStringLiteral("T%1:00").arg(hour, 2, 10, QLatin1Char('0'));
    }

    QString bookedId(const Run &r) {
        for (const QString &line : r.out.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("Booking: "))) {
                return line.mid(9).trimmed();
            }
        }
        return {};
    }

private slots:
    void initTestCase() {
        m_t = std::make_unique<TestStore>();
        m_f = std::make_unique<BookingFixtures>(*m_t);
        m_f->addResident(kAmara);
        m_f->addResident(kBen, QStringLiteral("Ben"), QStringLiteral("Okafor"));
        m_sam = m_f->addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {QStringLiteral("phone")});
        QVERIFY(m_f->addWindow(m_sam, 1, 9, 13, QStringLiteral("phone")).ok());
    }

    void volunteerListAsJson() {
        const Run r =
            techmates(QStringLiteral("coordinator"),
                      {QStringLiteral("volunteer"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        const QJsonObject sam = rows.at(0).toObject(); // Patel before Volunteer
        QCOMPARE(sam.value(QStringLiteral("id")).toString(), m_sam);
        QCOMPARE(sam.value(QStringLiteral("name")).toString(), QStringLiteral("Sam Patel"));
        QVERIFY(sam.value(QStringLiteral("dbs_valid_until")).isNull());
        const QJsonObject val = rows.at(1).toObject();
        QCOMPARE(val.value(QStringLiteral("dbs_valid_until")).toString(), QStringLiteral("2028-01-15"));
        QCOMPARE(val.value(QStringLiteral("dbs_state")).toString(), QStringLiteral("valid"));
        // A volunteer sees only themself.
        const Run own =
            techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("volunteer"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(own.code, 0);
        QCOMPARE(QJsonDocument::fromJson(own.out.toUtf8()).array().size(), 1);
    }

    void createListAndRecordOutcome() {
        Run r =
            librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_f->val(), QStringLiteral("--resident"), kAmara, QStringLiteral("--start"), at(10),
                       QStringLiteral("--minutes"), QStringLiteral("60"), QStringLiteral("--channel"),
                       QStringLiteral("phone"), QStringLiteral("--need"), QStringLiteral("transacting")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = bookedId(r);
        QVERIFY(!id.isEmpty());

        r = librarian({QStringLiteral("booking"), QStringLiteral("list"), QStringLiteral("--volunteer"),
                       m_f->val(), QStringLiteral("--from"), mondayAfterNext().toString(Qt::ISODate),
                       QStringLiteral("--to"), mondayAfterNext().toString(Qt::ISODate),
                       QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(row.value(QStringLiteral("volunteer")).toString(), QStringLiteral("Val Volunteer"));
        QCOMPARE(row.value(QStringLiteral("resident")).toString(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("requested"));
        QCOMPARE(QDateTime::fromString(row.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs),
                 QDateTime(mondayAfterNext(), QTime(10, 0)).toUTC());

        // The same resident again at 10:30: refused, nothing written.
        const int before = m_t->count(QStringLiteral("bookings"));
        r = librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_sam, QStringLiteral("--resident"), kAmara, QStringLiteral("--start"),
                       at(10).replace(QLatin1String(":00"), QLatin1String(":30")),
                       QStringLiteral("--minutes"), QStringLiteral("30"), QStringLiteral("--channel"),
                       QStringLiteral("phone")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("The resident already has a session")), qPrintable(r.err));
        QCOMPARE(m_t->count(QStringLiteral("bookings")), before);

        // Attended before it happened: refused. Cancelled without a reason: refused. With one: done.
        r = librarian({QStringLiteral("booking"), QStringLiteral("outcome"), QStringLiteral("--booking"), id,
                       QStringLiteral("--status"), QStringLiteral("attended"), QStringLiteral("--skills"),
                       QStringLiteral("transacting"), QStringLiteral("--confidence-before"),
                       QStringLiteral("2"), QStringLiteral("--confidence-after"), QStringLiteral("4")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("once it has begun")), qPrintable(r.err));
        r = librarian({QStringLiteral("booking"), QStringLiteral("outcome"), QStringLiteral("--booking"), id,
                       QStringLiteral("--status"), QStringLiteral("cancelled")});
        QCOMPARE(r.code, 1);
        r = librarian({QStringLiteral("booking"), QStringLiteral("outcome"), QStringLiteral("--booking"), id,
                       QStringLiteral("--status"), QStringLiteral("cancelled"), QStringLiteral("--reason"),
                       QStringLiteral("Resident unwell")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = librarian({QStringLiteral("booking"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("cancelled"));
    }

    void refusalsAndUsage() {
        // In the past: refused by a rule.
        Run r = librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                           m_f->val(), QStringLiteral("--resident"), kBen, QStringLiteral("--start"),
                           QStringLiteral("2020-01-06T10:00"), QStringLiteral("--minutes"),
                           QStringLiteral("60"), QStringLiteral("--channel"), QStringLiteral("phone")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("already passed")), qPrintable(r.err));
        // Home visit by a volunteer without DBS.
        r = librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_sam, QStringLiteral("--resident"), kBen, QStringLiteral("--start"), at(11),
                       QStringLiteral("--minutes"), QStringLiteral("60"), QStringLiteral("--channel"),
                       QStringLiteral("home")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("does not offer home visits")), qPrintable(r.err));
        // Usage: a bad channel, a bad time, a missing option, a bad confidence.
        r = librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_sam, QStringLiteral("--resident"), kBen, QStringLiteral("--start"), at(11),
                       QStringLiteral("--minutes"), QStringLiteral("60"), QStringLiteral("--channel"),
                       QStringLiteral("pigeon")});
        QCOMPARE(r.code, 2);
        r = librarian({QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_sam, QStringLiteral("--resident"), kBen, QStringLiteral("--start"),
                       QStringLiteral("tomorrow"), QStringLiteral("--minutes"), QStringLiteral("60"),
                       QStringLiteral("--channel"), QStringLiteral("phone")});
        QCOMPARE(r.code, 2);
        r = librarian(
            {QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"), m_sam});
        QCOMPARE(r.code, 2);
        r = librarian({QStringLiteral("booking"), QStringLiteral("outcome"), QStringLiteral("--booking"),
                       QStringLiteral("x"), QStringLiteral("--status"), QStringLiteral("attended"),
                       QStringLiteral("--confidence-after"), QStringLiteral("9")});
        QCOMPARE(r.code, 2);
        r = librarian({QStringLiteral("booking"), QStringLiteral("list"), QStringLiteral("--from"),
                       QStringLiteral("soon")});
        QCOMPARE(r.code, 2);
        // A store that is not one: exit 3.
        QTemporaryDir dir;
        QFile junk(dir.filePath(QStringLiteral("junk.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a database at all, just text");
        junk.close();
        r = techmates(QStringLiteral("librarian"), {QStringLiteral("booking"), QStringLiteral("list")},
                      junk.fileName());
        QCOMPARE(r.code, 3);
    }

    void volunteerBooksThemselfAndSeesOnlyTheirOwn() {
        Run r = techmates(QStringLiteral("volunteer"),
                          {QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                           m_f->val(), QStringLiteral("--resident"), kBen, QStringLiteral("--start"), at(11),
                           QStringLiteral("--minutes"), QStringLiteral("45"), QStringLiteral("--channel"),
                           QStringLiteral("phone")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("booking"), QStringLiteral("create"), QStringLiteral("--volunteer"),
                       m_sam, QStringLiteral("--resident"), kBen, QStringLiteral("--start"), at(12),
                       QStringLiteral("--minutes"), QStringLiteral("45"), QStringLiteral("--channel"),
                       QStringLiteral("phone")});
        QCOMPARE(r.code, 1);
        r = techmates(QStringLiteral("volunteer"),
                      {QStringLiteral("booking"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &v : rows) {
            QCOMPARE(v.toObject().value(QStringLiteral("volunteer_id")).toString(), m_f->val());
            QVERIFY(!v.toObject().contains(QStringLiteral("resident_card")));
        }
        QVERIFY(rows.size() >= 1);
    }
};

QTEST_GUILESS_MAIN(BookingCliTest)
#include "BookingCliTest.moc"
