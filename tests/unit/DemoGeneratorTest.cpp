#include "demo/DemoGenerator.h"
#include "FakeClock.h"
#include "auth/SignInService.h"
#include "core/Clock.h"
#include "core/TextFold.h"
#include "demo/DemoTime.h"
#include "residents/Resident.h"
#include "residents/ResidentSearch.h"
#include "residents/ResidentValidator.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDate kToday(2026, 3, 2);
const QString kNow = QStringLiteral("2026-03-02T06:00:00.000Z"); // the generator's snapshot instant

// A digest of a table's rows in id order, leaving out columns that are meant to differ between runs.
QByteArray digest(const QSqlDatabase &db, const QString &table, const QStringList &skip = {}) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString order = table == QLatin1String("meta") || table == QLatin1String("settings")
                              ? QStringLiteral("key")
                              : QStringLiteral("id");
    Sql q(db, QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, order));
    q.exec();
    while (q.next()) {
        const QSqlRecord rec = q.query().record();
        for (int i = 0; i < rec.count(); ++i) {
            if (skip.contains(rec.fieldName(i))) {
                continue;
            }
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result();
}

// Tables whose contents the seed and date decide. The users table is compared without its salted hashes
// and its command-stamped hlc; the desk's identity (meta), audit and outbox carry the desk id.
QStringList generatedTables(const QSqlDatabase &db) {
    QStringList tables;
    Sql q(db,
          QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT LIKE 'residents_fts%' AND name NOT IN ('meta', 'audit', 'outbox', "
                         "'users', 'sync_state', 'sign_in_throttle', 'settings') ORDER BY name"));
    q.exec();
    while (q.next()) {
        tables.append(q.value(0).toString());
    }
    return tables;
}

int scalar(const QSqlDatabase &db, const QString &sql) {
    return Sql(db, sql).scalar().toInt();
}

} // namespace

class DemoGeneratorTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsProgress();
    void countsAreInRange();
    void sameSeedAndDateGiveTheSameRows();
    void differentSeedGivesDifferentRows();
    void storeIsSoundAndLikeAMigratedOne();
    void devicesAgreeWithTheirLoans();
    void loansFollowEachOtherInTime();
    void repeatBorrowersAndExpiringOffersExist();
    void nobodyIsDoubleBooked();
    void badgesAreEarnedOnce();
    void trainingFollowsTheRules();
    void volunteersHaveADbsMix();
    void nothingHappensAfterTheSnapshot();
    void residentsAreValidAndSearchable();
    void searchFindsAResidentByPartOfTheFamilyName();
    void demoPeopleCanSignIn();
    void refusesAnExistingFile();
    void refusesWithoutADate();
    void timesAreUkWallClockTimes();
    void boroughScale(); // by hand: TECHMATES_DEMO_BOROUGH=1

private:
    QString generate(const QString &name, quint64 seed, QList<int> *percents = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QSqlDatabase m_db;
    QList<int> m_percents;
};

QString DemoGeneratorTest::generate(const QString &name, quint64 seed, QList<int> *percents) {
    const QString path = m_dir.filePath(name);
    DemoOptions options;
    options.seed = seed;
    options.today = kToday;
    QString error;
    const bool ok = DemoGenerator::generate(
        path, options,
        [percents](int percent, const QString &stage) {
            Q_UNUSED(stage);
            if (percents) {
                percents->append(percent);
            }
        },
        &error);
    if (!ok) {
        qWarning("%s", qPrintable(error));
    }
    return ok ? path : QString();
}

void DemoGeneratorTest::initTestCase() {
    QVERIFY(m_dir.isValid());
    const QString path = generate(QStringLiteral("small.db"), 7, &m_percents);
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    m_store = std::move(opened.store);
    m_db = m_store->database();
}

void DemoGeneratorTest::reportsProgress() {
    QVERIFY(m_percents.size() > 10);
    QCOMPARE(m_percents.last(), 100);
    for (int i = 1; i < m_percents.size(); ++i) {
        QVERIFY2(m_percents[i] >= m_percents[i - 1], "progress never goes backwards");
    }
}

void DemoGeneratorTest::countsAreInRange() {
    auto count = [this](const QString &sql) { return scalar(m_db, sql); };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM branches WHERE kind = 'library'")), 12);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM branches WHERE kind = 'partner'")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM residents")), 600);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM devices")), 120);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sims")), 200);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM sims WHERE kind = 'voucher'")) > 20);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM data_offers")) > 60);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loans WHERE status <> 'active'")), 400);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM loans WHERE status = 'active'")), 60);
    QVERIFY(count(QStringLiteral(
                "SELECT count(*) FROM loans WHERE status = 'active' AND due_on < '2026-03-02'")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM wipe_records")) >= 380);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteers")), 40);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM availability")) >= 30);
    const int bookings = count(QStringLiteral("SELECT count(*) FROM bookings"));
    QVERIFY2(bookings >= 450 && bookings <= 500, qPrintable(QString::number(bookings)));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM bookings WHERE starts_at > '2026-03-02'")) > 10);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM volunteer_hours WHERE source = 'booking'")),
             count(QStringLiteral("SELECT count(*) FROM bookings WHERE status = 'attended'")));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM events WHERE headcount > 0")) >= 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM badge_catalogue")), 40);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT category) FROM badge_catalogue")), 5);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM award_levels WHERE name IN ('Bronze', 'Silver', 'Gold')")),
        3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM badge_achievements")), 800);
    QVERIFY(count(QStringLiteral(
                "SELECT count(*) FROM badge_achievements WHERE learner_kind = 'volunteer'")) > 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM badge_achievements WHERE learner_kind = 'staff'")) >
            0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM training_units")), 6);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pathway_units")), 6);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM training_outcomes")) >= 18);
    const int evidence = count(QStringLiteral("SELECT count(*) FROM evidence"));
    QVERIFY2(evidence >= 250 && evidence <= 300, qPrintable(QString::number(evidence)));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolments")) >= 30);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM enrolments WHERE graduated_on IS NOT NULL")) >= 2);
    QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT status) FROM claims")), 3);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM claim_items WHERE certificate_number <> ''")) > 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM users")), 4);
    // Demo data is a snapshot, not desk activity: only the four people's creation is audited and queued.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit")), 4);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), 4);
}

void DemoGeneratorTest::sameSeedAndDateGiveTheSameRows() {
    const QString again = generate(QStringLiteral("again.db"), 7);
    QVERIFY(!again.isEmpty());
    Store::Opened opened = Store::open(again);
    QVERIFY2(opened.store, qPrintable(opened.error));
    const QSqlDatabase other = opened.store->database();
    const QStringList tables = generatedTables(m_db);
    QVERIFY(tables.contains(QStringLiteral("residents")) && tables.contains(QStringLiteral("loans")));
    for (const QString &table : tables) {
        QVERIFY2(digest(m_db, table) == digest(other, table), qPrintable(table));
    }
    const QStringList salted{QStringLiteral("password_hash"), QStringLiteral("hlc")};
    QCOMPARE(digest(m_db, QStringLiteral("users"), salted), digest(other, QStringLiteral("users"), salted));
}

void DemoGeneratorTest::differentSeedGivesDifferentRows() {
    const QString other = generate(QStringLiteral("seed8.db"), 8);
    QVERIFY(!other.isEmpty());
    Store::Opened opened = Store::open(other);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(digest(m_db, QStringLiteral("residents")) !=
            digest(opened.store->database(), QStringLiteral("residents")));
    QVERIFY(digest(m_db, QStringLiteral("loans")) !=
            digest(opened.store->database(), QStringLiteral("loans")));
}

void DemoGeneratorTest::storeIsSoundAndLikeAMigratedOne() {
    QCOMPARE(Sql(m_db, QStringLiteral("PRAGMA integrity_check")).scalar().toString(), QStringLiteral("ok"));
    Sql fk(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    if (fk.next()) {
        QFAIL(qPrintable(QStringLiteral("foreign key broken: %1 -> %2")
                             .arg(fk.value(0).toString(), fk.value(2).toString())));
    }
    Sql(m_db, QStringLiteral("INSERT INTO residents_fts(residents_fts) VALUES ('integrity-check')")).exec();
    QCOMPARE(Sql(m_db, QStringLiteral("PRAGMA journal_mode")).scalar().toString(), QStringLiteral("wal"));
    QCOMPARE(m_store->schemaVersion(), Store::latestSchemaVersion());
    QCOMPARE(m_store->meta(QStringLiteral("demo_seed")), QStringLiteral("7"));

    // Indexes and triggers dropped for the bulk load are back, exactly as the migrations wrote them.
    QTemporaryDir fresh;
    Store::Opened migrated = Store::open(fresh.filePath(QStringLiteral("fresh.db")));
    QVERIFY(migrated.store);
    auto schema = [](const QSqlDatabase &db) {
        QStringList out;
        Sql q(db,
              QStringLiteral("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || coalesce(sql, '') "
                             "FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
        q.exec();
        while (q.next()) {
            out.append(q.value(0).toString());
        }
        return out;
    };
    QCOMPARE(schema(m_db), schema(migrated.store->database()));
}

void DemoGeneratorTest::devicesAgreeWithTheirLoans() {
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM (SELECT device_id FROM loans WHERE status = 'active' "
                              "GROUP BY device_id HAVING count(*) > 1)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM devices d WHERE (d.status = 'on_loan') <> EXISTS "
                              "(SELECT 1 FROM loans l WHERE l.device_id = d.id AND l.status = 'active')")),
             0);
    // One device at a time per borrower (the seeded loan rules allow one).
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT resident_id FROM loans WHERE status = "
                                         "'active' GROUP BY resident_id HAVING count(*) > 1)")),
             0);
    for (const char *status : {"available", "awaiting_wipe", "in_repair", "lost", "retired"}) {
        QVERIFY2(scalar(m_db, QStringLiteral("SELECT count(*) FROM devices WHERE status = '%1'")
                                  .arg(QLatin1String(status))) > 0,
                 status);
    }
    // Lost devices end with a lost loan; a device awaiting a wipe has no wipe after its last return.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM devices d WHERE d.status = 'lost' AND NOT EXISTS "
                                   "(SELECT 1 FROM loans l WHERE l.device_id = d.id AND l.status = 'lost')")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM devices d WHERE d.status = 'awaiting_wipe' AND "
                                    "(SELECT max(wiped_at) FROM wipe_records w WHERE w.device_id = d.id) > "
                                    "(SELECT max(returned_at) FROM loans l WHERE l.device_id = d.id)")),
        0);
    // MiFis carry their SIM.
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM devices d JOIN device_types t ON t.id = d.type_id "
                                    "WHERE t.category = 'mifi' AND d.sim_id IS NULL")),
        0);
    QCOMPARE(
        scalar(m_db,
               QStringLiteral(
                   "SELECT count(*) FROM devices WHERE tag NOT GLOB 'TM-[0-9][0-9][0-9][0-9][0-9][0-9]'")),
        0);
}

void DemoGeneratorTest::loansFollowEachOtherInTime() {
    // A device is never lent twice at once, and is wiped between borrowers.
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM loans a JOIN loans b ON a.device_id = b.device_id "
                                   "AND a.id < b.id WHERE a.checked_out_at < coalesce(b.returned_at, '9999') "
                                   "AND b.checked_out_at < coalesce(a.returned_at, '9999')")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM wipe_records w JOIN loans l ON l.id = w.loan_id "
                                    "WHERE w.wiped_at < l.returned_at OR w.device_id <> l.device_id")),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM loans l WHERE l.status = 'returned' AND NOT EXISTS "
                              "(SELECT 1 FROM wipe_records w WHERE w.loan_id = l.id) AND EXISTS (SELECT 1 "
                              "FROM loans n WHERE n.device_id = l.device_id AND n.checked_out_at > "
                              "l.checked_out_at)")),
             0);
    // Nobody borrows before registering, and returned loans are complete.
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM loans l JOIN residents r ON r.id = l.resident_id "
                                    "WHERE l.checked_out_at < r.created_at")),
        0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM loans WHERE status = 'returned' AND (returned_at IS "
                                   "NULL OR condition_in IS NULL OR returned_at <= checked_out_at)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM loans WHERE due_on < substr(checked_out_at, 1, 10)")),
             0);
}

void DemoGeneratorTest::repeatBorrowersAndExpiringOffersExist() {
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM (SELECT resident_id FROM loans WHERE checked_out_at >= "
                             "'2025-03-02' GROUP BY resident_id HAVING count(*) >= 3)")) > 0);
    QVERIFY(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM data_offers WHERE expires_on BETWEEN '2026-03-02' "
                                    "AND '2026-03-16'")) > 0);
}

void DemoGeneratorTest::nobodyIsDoubleBooked() {
    const QString overlap =
        QStringLiteral("SELECT count(*) FROM bookings a JOIN bookings b ON a.%1 = b.%1 AND a.id < b.id "
                       "WHERE julianday(a.starts_at) < julianday(b.starts_at) + b.minutes / 1440.0 "
                       "AND julianday(b.starts_at) < julianday(a.starts_at) + a.minutes / 1440.0");
    QCOMPARE(scalar(m_db, overlap.arg(QStringLiteral("volunteer_id"))), 0);
    QCOMPARE(scalar(m_db, overlap.arg(QStringLiteral("resident_id"))), 0);
    // Sessions fall on a day the volunteer offers, within their weekly limit.
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM bookings b WHERE NOT EXISTS (SELECT 1 FROM availability "
                              "a WHERE a.volunteer_id = b.volunteer_id AND a.weekday = "
                              "(CAST(strftime('%w', b.starts_at) AS INT) + 6) % 7 + 1)")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM (SELECT b.volunteer_id, sum(b.minutes) AS m FROM "
                                    "bookings b GROUP BY b.volunteer_id, strftime('%Y-%W', b.starts_at)) w "
                                    "JOIN volunteers v ON v.id = w.volunteer_id WHERE w.m > "
                                    "v.max_minutes_per_week")),
        0);
    // Home visits only with a DBS check current on the day; outcomes only for attended sessions.
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM bookings b JOIN volunteers v ON v.id = b.volunteer_id "
                              "WHERE b.channel = 'home' AND (v.dbs_recheck_due IS NULL OR "
                              "v.dbs_recheck_due <= substr(b.starts_at, 1, 10))")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM bookings WHERE (status = 'attended') <> "
                                         "(confidence_before IS NOT NULL)")),
             0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM bookings WHERE confidence_after < 1 OR "
                                         "confidence_after > 5")),
             0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM bookings WHERE starts_at >= '2026-03-02' AND status "
                                   "IN ('attended', 'resident_no_show', 'volunteer_no_show')")),
             0);
}

void DemoGeneratorTest::badgesAreEarnedOnce() {
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM (SELECT learner_id, badge_id FROM badge_achievements "
                              "WHERE revoked_at IS NULL GROUP BY 1, 2 HAVING count(*) > 1)")),
             0);
    // Someone has reached Bronze.
    QVERIFY(scalar(m_db,
                   QStringLiteral("SELECT count(*) FROM (SELECT a.learner_id FROM badge_achievements a JOIN "
                                  "badge_catalogue c ON c.id = a.badge_id WHERE a.revoked_at IS NULL "
                                  "GROUP BY a.learner_id HAVING sum(c.points) >= 250)")) > 0);
}

void DemoGeneratorTest::trainingFollowsTheRules() {
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM evidence e JOIN outcome_signoffs s ON s.volunteer_id = "
                              "e.volunteer_id AND s.outcome_id = e.outcome_id WHERE e.author_id = "
                              "s.assessor_id OR s.signed_at < e.created_at")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM outcome_signoffs s WHERE NOT EXISTS (SELECT 1 FROM "
                                    "evidence e WHERE e.volunteer_id = s.volunteer_id AND e.outcome_id = "
                                    "s.outcome_id)")),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM unit_achievements u WHERE (SELECT count(*) FROM "
                              "training_outcomes o WHERE o.unit_id = u.unit_id) <> (SELECT count(*) FROM "
                              "outcome_signoffs s JOIN training_outcomes o ON o.id = s.outcome_id WHERE "
                              "s.volunteer_id = u.volunteer_id AND o.unit_id = u.unit_id)")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM enrolments e WHERE e.graduated_on IS NOT NULL AND "
                                    "(SELECT count(*) FROM unit_achievements u WHERE u.volunteer_id = "
                                    "e.volunteer_id) <> (SELECT count(*) FROM pathway_units)")),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE file_name <> '' OR kind NOT IN "
                                         "('note', 'observation')")),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM training_units WHERE code = 'TM02' AND unlocks = "
                                    "'home'")),
        1);
}

void DemoGeneratorTest::volunteersHaveADbsMix() {
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM volunteers WHERE dbs_recheck_due < '2026-03-02'")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM volunteers WHERE dbs_recheck_due BETWEEN "
                                        "'2026-03-02' AND '2026-05-01'")) > 0);
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM volunteers WHERE dbs_recheck_due > '2026-05-01'")) > 20);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(DISTINCT status) FROM volunteers")) >= 3);
}

void DemoGeneratorTest::nothingHappensAfterTheSnapshot() {
    for (const QString &table : generatedTables(m_db)) {
        const bool hasUpdatedAt =
            Sql(m_db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1') WHERE name = 'updated_at'")
                          .arg(table))
                .scalar()
                .toInt() > 0;
        if (hasUpdatedAt) {
            // Rows seeded by migration 0002 (dated 2026-01-01) carry no hlc; generated ones all do.
            QVERIFY2(scalar(m_db, QStringLiteral(
                                      "SELECT count(*) FROM %1 WHERE updated_at > '%2' OR version <> 1 OR "
                                      "(hlc = '' AND updated_at <> '2026-01-01T00:00:00.000Z')")
                                      .arg(table, kNow)) == 0,
                     qPrintable(table));
        }
    }
}

void DemoGeneratorTest::residentsAreValidAndSearchable() {
    FakeClock clock(QDateTime(kToday, QTime(12, 0), Qt::UTC));
    ResidentValidator validator(clock);
    Sql q(m_db, QStringLiteral(
                    "SELECT card, given_name, family_name, date_of_birth, phone, email, address, postcode, "
                    "borrower_category, search_text, notes FROM residents"));
    q.exec();
    int withAccents = 0;
    while (q.next()) {
        Resident r;
        r.card = q.value(0).toString();
        r.givenName = q.value(1).toString();
        r.familyName = q.value(2).toString();
        r.dateOfBirth = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.phone = q.value(4).toString();
        r.email = q.value(5).toString();
        r.address = q.value(6).toString();
        r.postcode = q.value(7).toString();
        r.borrowerCategory = q.value(8).toString();
        r.notes = q.value(10).toString();
        QCOMPARE(q.value(9).toString(), r.searchText());
        const Resident stored = r;
        const auto problems = validator.validate(r);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(r.displayName() + QStringLiteral(": ") + ResidentValidator::joined(problems)));
        QCOMPARE(r.postcode, stored.postcode); // stored already normalised
        QCOMPARE(r.card, stored.card);
        QVERIFY(r.card.size() == 10 && r.card.startsWith(QLatin1Char('2')));
        QVERIFY(r.dateOfBirth <= kToday.addYears(-18));
        if (TextFold::fold(r.familyName) != r.familyName.toLower()) {
            ++withAccents;
        }
    }
    QVERIFY(withAccents > 0);
}

void DemoGeneratorTest::searchFindsAResidentByPartOfTheFamilyName() {
    // A family name with an accent or apostrophe, searched for by a plain-typed part of it.
    Sql q(m_db, QStringLiteral("SELECT id, family_name FROM residents WHERE family_name GLOB '*[^A-Za-z -]*' "
                               "ORDER BY id LIMIT 1"));
    q.exec();
    QVERIFY(q.next());
    const QString id = q.value(0).toString();
    const QString folded = TextFold::fold(q.value(1).toString()).remove(QLatin1Char(' '));
    QVERIFY(folded.size() >= 4);
    const QString part = folded.mid(1, 4);
    const Actor librarian = SignInService::loadActor(
        *m_store,
        Sql(m_db, QStringLiteral("SELECT id FROM users WHERE username = 'librarian'")).scalar().toString());
    QVERIFY(librarian.isSignedIn());
    const QList<ResidentHit> hits = ResidentSearch(m_db).find(part, librarian, 1000);
    QVERIFY2(std::any_of(hits.begin(), hits.end(), [&](const ResidentHit &h) { return h.id == id; }),
             qPrintable(part));
}

void DemoGeneratorTest::demoPeopleCanSignIn() {
    SystemClock clock;
    SignInService signIn(*m_store, clock);
    for (const char *name : {"admin", "coordinator", "librarian", "volunteer"}) {
        const SignInService::Result r = signIn.signIn(QLatin1String(name), QStringLiteral("demo"));
        QVERIFY2(r.ok, qPrintable(QLatin1String(name) + QStringLiteral(": ") + r.message));
        QCOMPARE(r.actor.username(), QLatin1String(name));
        QCOMPARE(roleKey(r.actor.role()), QLatin1String(name));
    }
    QVERIFY(!signIn.signIn(QStringLiteral("admin"), QStringLiteral("wrong")).ok);
    // The volunteer's account is linked to their record; staff to a branch.
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM users u JOIN volunteers v ON v.id = u.volunteer_id "
                                    "WHERE u.username = 'volunteer' AND v.status = 'active'")),
        1);
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM users WHERE username IN ('librarian', 'coordinator') "
                              "AND branch_id IS NOT NULL")),
             2);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM bookings b JOIN users u ON u.volunteer_id = "
                                        "b.volunteer_id WHERE u.username = 'volunteer'")) > 0);
}

void DemoGeneratorTest::refusesAnExistingFile() {
    const QString path = m_dir.filePath(QStringLiteral("existing.db"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
    }
    DemoOptions options;
    options.today = kToday;
    QString error;
    bool called = false;
    QVERIFY(!DemoGenerator::generate(
        path, options, [&](int, const QString &) { called = true; }, &error));
    QVERIFY2(error.contains(path) && error.contains(QStringLiteral("already exists")), qPrintable(error));
    QVERIFY(!called);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("keep me"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
}

void DemoGeneratorTest::refusesWithoutADate() {
    QString error;
    QVERIFY(!DemoGenerator::generate(m_dir.filePath(QStringLiteral("nodate.db")), DemoOptions(), {}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nodate.db"))));
}

void DemoGeneratorTest::timesAreUkWallClockTimes() {
    // 10:00 at the desk is 10:00 UTC in winter and 09:00 UTC in British Summer Time (29 Mar – 25 Oct 2026).
    const auto at10 = [](int y, int m, int d) {
        return QString::fromLatin1(
            DemoTime::isoInstant(DemoTime::ukLocal(QDate(y, m, d).toJulianDay(), 600)));
    };
    QCOMPARE(at10(2026, 1, 15), QStringLiteral("2026-01-15T10:00:00.000Z"));
    QCOMPARE(at10(2026, 3, 28), QStringLiteral("2026-03-28T10:00:00.000Z"));
    QCOMPARE(at10(2026, 3, 29), QStringLiteral("2026-03-29T09:00:00.000Z"));
    QCOMPARE(at10(2026, 7, 1), QStringLiteral("2026-07-01T09:00:00.000Z"));
    QCOMPARE(at10(2026, 10, 25), QStringLiteral("2026-10-25T10:00:00.000Z"));
    for (QDate d(2025, 12, 25); d < QDate(2026, 1, 10); d = d.addDays(1)) {
        QCOMPARE(DemoTime::isoWeekday(d.toJulianDay()), d.dayOfWeek());
        QCOMPARE(QString::fromLatin1(DemoTime::isoDate(d.toJulianDay())), d.toString(Qt::ISODate));
    }
    QCOMPARE(QString::fromLatin1(DemoTime::hlc(DemoTime::utc(QDate(2026, 3, 2).toJulianDay(), 6 * 3600))),
             QStringLiteral("1772431200000-00000-00000000"));
}

void DemoGeneratorTest::boroughScale() {
    if (qEnvironmentVariableIsEmpty("TECHMATES_DEMO_BOROUGH")) {
        QSKIP("Borough scale takes a minute or two; run with TECHMATES_DEMO_BOROUGH=1 to measure it.");
    }
    const QString path = m_dir.filePath(QStringLiteral("borough.db"));
    DemoOptions options;
    options.scale = DemoOptions::Scale::Borough;
    options.today = kToday;
    QString error;
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    const bool ok = DemoGenerator::generate(
        path, options,
        [&](int percent, const QString &stage) {
            if (stage != lastStage) {
                qInfo("%6.1f s %3d%% %s", double(timer.elapsed()) / 1000, percent, qPrintable(stage));
                lastStage = stage;
            }
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    qInfo("borough store generated in %.1f s (%.0f MB)", double(timer.elapsed()) / 1000,
          double(QFileInfo(path).size()) / 1e6);
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    for (const QString &table : generatedTables(opened.store->database())) {
        qInfo("%-20s %9d", qPrintable(table),
              scalar(opened.store->database(), QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    }
    QElapsedTimer check;
    check.start();
    Sql fk(opened.store->database(), QStringLiteral("PRAGMA foreign_key_check"));
    fk.exec();
    QVERIFY(!fk.next());
    QCOMPARE(Sql(opened.store->database(), QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
             QStringLiteral("ok"));
    qInfo("foreign_key_check and integrity_check took %.1f s", double(check.elapsed()) / 1000);
}

QTEST_GUILESS_MAIN(DemoGeneratorTest)
#include "DemoGeneratorTest.moc"
