#include "ScanToLoanBenchmark.h"

#include "Timings.h"
#include "auth/Actor.h"
#include "auth/SignInService.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "core/IdSource.h"
#include "loans/LoanCommands.h"
#include "loans/RecordWipeCommand.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QStringList>

#include <sqlite3.h>

namespace {
struct Pair {
    QString card, name, tag;
};

QList<Pair> pickPairs(Store &store, int count, quint64 seed) {
    QStringList tags;
    Sql devices(store.database(),
                QStringLiteral("SELECT d.tag FROM devices d JOIN device_types t ON t.id = d.type_id "
                               "WHERE d.status = 'available' AND d.deleted = 0 AND t.category <> 'mifi' "
                               "AND NOT EXISTS (SELECT 1 FROM reservations r WHERE r.offered_device_id "
                               "= d.id AND r.status = 'offered') ORDER BY d.tag"));
    devices.exec();
    while (devices.next()) {
        tags.append(devices.value(0).toString());
    }
    // Residents with an eligibility record and nothing on loan, spread through the store by a seeded step.
    QList<Pair> pairs;
    const qint64 maxRow =
        Sql(store.database(), QStringLiteral("SELECT max(rowid) FROM residents")).scalar().toLongLong();
    IdSource rng(seed);
    Sql pick(store.database(),
             QStringLiteral(
                 "SELECT r.card, r.given_name || ' ' || r.family_name FROM residents r WHERE r.rowid >= :row "
                 "AND r.deleted = 0 AND r.anonymised = 0 AND r.eligibility_criterion <> '' AND NOT EXISTS "
                 "(SELECT 1 FROM loans l WHERE l.resident_id = r.id AND l.status = 'active') LIMIT 1"));
    QSet<QString> used;
    for (int i = 0; i < tags.size() && pairs.size() < count && maxRow > 0; ++i) {
        pick.bind(QStringLiteral(":row"), qint64(rng.bounded(quint32(maxRow))) + 1).exec();
        if (pick.next() && !used.contains(pick.value(0).toString())) {
            used.insert(pick.value(0).toString());
            pairs.append({pick.value(0).toString(), pick.value(1).toString(), tags[i]});
        }
    }
    return pairs;
}

// The same reads and writes as a check-out, as prepared statements in one transaction, into shadow copies
// of loans/audit/outbox that are dropped afterwards so the store is left as it was.
class RawCheckOut {
public:
    explicit RawCheckOut(Store &store)
        : m_h(static_cast<sqlite3 *>(store.sqliteHandle())) {
        exec("CREATE TABLE bench_loans AS SELECT * FROM loans WHERE 0; CREATE TABLE bench_audit AS SELECT * "
             "FROM "
             "audit WHERE 0; CREATE TABLE bench_outbox AS SELECT * FROM outbox WHERE 0;");
        prepare("SELECT id, borrower_category, eligibility_criterion FROM residents WHERE card = ?1",
                &m_resident);
        prepare(
            "SELECT d.id, d.status, d.branch_id, t.kit_contents FROM devices d JOIN device_types t ON t.id = "
            "d.type_id WHERE d.tag = ?1",
            &m_device);
        prepare("SELECT count(*), sum(due_on < '2000-01-01') FROM loans WHERE resident_id = ?1 AND status = "
                "'active'",
                &m_history);
        prepare("SELECT id, loan_days FROM loan_rules ORDER BY device_type_id IS NOT NULL DESC LIMIT 1",
                &m_rule);
        prepare(
            "INSERT INTO bench_loans(id, device_id, resident_id, branch_id, status, checked_out_at, due_on, "
            "updated_at, version) VALUES (?1, ?2, ?3, ?4, 'active', ?5, '2027-01-01', ?5, 1)",
            &m_loan);
        prepare("UPDATE devices SET status = status, version = version WHERE id = ?1", &m_touch);
        prepare(
            "INSERT INTO bench_audit(seq, op_id, at, username, desk_id, command, entity, entity_id, summary, "
            "payload) VALUES (NULL, ?1, ?2, 'bench', 'bench', 'loan.checkout', 'loans', ?3, 'summary', '{}')",
            &m_audit);
        prepare("INSERT INTO bench_outbox(seq, op_id, command, payload, hlc, created_at, attempts, "
                "last_error) VALUES "
                "(NULL, ?1, 'loan.checkout', '{}', 'hlc', ?2, 0, '')",
                &m_outbox);
    }
    ~RawCheckOut() {
        for (sqlite3_stmt *s :
             {m_resident, m_device, m_history, m_rule, m_loan, m_touch, m_audit, m_outbox}) {
            sqlite3_finalize(s);
        }
        exec("DROP TABLE bench_loans; DROP TABLE bench_audit; DROP TABLE bench_outbox;");
    }
    RawCheckOut(const RawCheckOut &) = delete;
    RawCheckOut &operator=(const RawCheckOut &) = delete;

    void run(const QByteArray &card, const QByteArray &tag, const QByteArray &loanId, const QByteArray &opId,
             const QByteArray &at) {
        exec("BEGIN IMMEDIATE");
        const QByteArray resident = first(m_resident, {card});
        const QByteArray device = first(m_device, {tag});
        first(m_history, {resident});
        first(m_rule, {});
        first(m_loan, {loanId, device, resident, QByteArrayLiteral("branch"), at});
        first(m_touch, {device});
        first(m_audit, {opId, at, loanId});
        first(m_outbox, {opId, at});
        exec("COMMIT");
    }

private:
    void exec(const char *sql) { sqlite3_exec(m_h, sql, nullptr, nullptr, nullptr); }
    void prepare(const char *sql, sqlite3_stmt **stmt) { sqlite3_prepare_v2(m_h, sql, -1, stmt, nullptr); }
    static QByteArray first(sqlite3_stmt *stmt, const QList<QByteArray> &args) {
        for (int i = 0; i < args.size(); ++i) {
            sqlite3_bind_text(stmt, i + 1, args[i].constData(), int(args[i].size()), SQLITE_TRANSIENT);
        }
        QByteArray value;
        if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_count(stmt) > 0) {
            value = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        }
        sqlite3_reset(stmt);
        return value;
    }

    sqlite3 *m_h;
    sqlite3_stmt *m_resident = nullptr, *m_device = nullptr, *m_history = nullptr, *m_rule = nullptr,
                 *m_loan = nullptr, *m_touch = nullptr, *m_audit = nullptr, *m_outbox = nullptr;
};

BenchFigure figure(const QString &name, const Timings &ours, const Timings &raw, const QString &target,
                   bool met, int refused) {
    BenchFigure f;
    f.name = name;
    f.unit = QStringLiteral("ms");
    f.value = ours.median() / 1000.0;
    f.baseline = raw.count() > 0 ? raw.median() / 1000.0 : 0;
    f.target = target;
    f.met = met;
    f.detail = QStringLiteral("%1 done, %2 refused; ours p95 %3 ms p99 %4 ms")
                   .arg(ours.count())
                   .arg(refused)
                   .arg(ours.percentile(95) / 1000.0, 0, 'f', 3)
                   .arg(ours.percentile(99) / 1000.0, 0, 'f', 3);
    if (raw.count() > 0) {
        f.detail += QStringLiteral("; raw p95 %1 ms p99 %2 ms")
                        .arg(raw.percentile(95) / 1000.0, 0, 'f', 3)
                        .arg(raw.percentile(99) / 1000.0, 0, 'f', 3);
    }
    return f;
}
} // namespace

QList<BenchFigure> ScanToLoanBenchmark::run(Store &store, int loans, quint64 seed) {
    SystemClock clock;
    IdSource ids; // fresh ids on every run: the store is reused, and seeded ids would repeat the last run's
    CommandBus bus(store, clock, ids);
    // Lends as the store's coordinator, so an overridable warning (none is expected for these residents) is
    // reported as a refusal rather than hidden by an override the benchmark would have to invent.
    const Actor librarian = SignInService::loadActor(
        store, Sql(store.database(),
                   QStringLiteral("SELECT id FROM users WHERE role = 'coordinator' AND deleted = 0 "
                                  "ORDER BY username LIMIT 1"))
                   .scalar()
                   .toString());
    const QList<Pair> pairs = pickPairs(store, loans, seed);

    Timings checkOut, checkIn, wipe, raw;
    int refused = 0;
    QString firstRefusal;
    QStringList lent;
    QElapsedTimer t;
    for (const Pair &p : pairs) {
        CheckOutRequest request;
        request.residentCard = p.card;
        request.deviceTag = p.tag;
        request.signedName = p.name;
        request.declarationAccepted = true;
        CheckOutCommand command(request);
        t.start();
        const CommandResult result = bus.execute(command, librarian);
        const double micros = double(t.nsecsElapsed()) / 1000.0;
        if (result.ok()) {
            checkOut.add(micros);
            lent.append(p.tag);
        } else {
            ++refused;
            if (firstRefusal.isEmpty()) {
                firstRefusal = result.message();
            }
        }
    }
    {
        RawCheckOut rawCheckOut(store);
        for (const Pair &p : pairs) {
            const QByteArray at = clock.now().toString(Qt::ISODateWithMs).toUtf8();
            t.start();
            rawCheckOut.run(p.card.toUtf8(), p.tag.toUtf8(), ids.newId().toUtf8(), ids.newId().toUtf8(), at);
            raw.add(double(t.nsecsElapsed()) / 1000.0);
        }
    }
    // Put the store back: check in and wipe everything lent, through the commands.
    for (const QString &tag : lent) {
        CheckInRequest in;
        in.deviceTag = tag;
        in.dataRemoved = true;
        CheckInCommand checkInCommand(in);
        t.start();
        if (bus.execute(checkInCommand, librarian).ok()) {
            checkIn.add(double(t.nsecsElapsed()) / 1000.0);
        }
        RecordWipeCommand wipeCommand(
            {tag, QStringLiteral("factory reset"), QStringLiteral("bench"), {}, {}});
        t.start();
        if (bus.execute(wipeCommand, librarian).ok()) {
            wipe.add(double(t.nsecsElapsed()) / 1000.0);
        }
    }
    QList<BenchFigure> figures;
    figures.append(figure(
        QStringLiteral("scan to committed loan (median)"), checkOut, raw,
        QStringLiteral("median <= 2, p99 <= 10 ms"),
        checkOut.count() > 0 && checkOut.median() <= 2000 && checkOut.percentile(99) <= 10000, refused));
    figures.append(figure(QStringLiteral("check-in (median)"), checkIn, {}, QStringLiteral("-"), true, 0));
    figures.append(figure(QStringLiteral("record wipe (median)"), wipe, {}, QStringLiteral("-"), true, 0));
    if (!firstRefusal.isEmpty()) {
        figures.first().detail += QStringLiteral("; first refusal: ") + firstRefusal;
    }
    return figures;
}
