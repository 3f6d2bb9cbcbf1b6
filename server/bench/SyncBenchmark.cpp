#include "SyncBenchmark.h"

#include "SyncServer.h"
#include "auth/Actor.h"
#include "bench/Timings.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "core/IdSource.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"
#include "store/StatementCache.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "sync/OutboxQueue.h"
#include "sync/SyncHttp.h"
#include "sync/SyncSession.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QMutex>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <sqlite3.h>

namespace {

QTextStream &progress() {
    static QTextStream err(stderr);
    return err;
}

// Raw sqlite3: copy every synced row of `source` into a fresh file with the same schema, one prepared
// INSERT per table, one transaction. Returns rows per second (0 on failure).
double rawInsertRate(const QString &source, const QString &target, qint64 *rowsOut) {
    sqlite3 *src = nullptr;
    sqlite3 *dst = nullptr;
    sqlite3_open_v2(source.toUtf8().constData(), &src, SQLITE_OPEN_READONLY, nullptr);
    QFile::remove(target);
    sqlite3_open(target.toUtf8().constData(), &dst);
    sqlite3_exec(dst, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;", nullptr, nullptr, nullptr);
    // The same schema (tables, indexes, triggers), made before the clock starts.
    sqlite3_stmt *schema = nullptr;
    sqlite3_prepare_v2(src,
                       "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
                       "AND name NOT LIKE 'server_%' ORDER BY type = 'table' DESC, rowid",
                       -1, &schema, nullptr);
    while (sqlite3_step(schema) == SQLITE_ROW) {
        sqlite3_exec(dst, reinterpret_cast<const char *>(sqlite3_column_text(schema, 0)), nullptr, nullptr,
                     nullptr);
    }
    sqlite3_finalize(schema);

    QStringList names;
    {
        QSqlDatabase probe =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-probe"));
        probe.setDatabaseName(source);
        probe.open();
        names = SyncedTables(probe).names();
        StatementCache::dropConnection(QStringLiteral("bench-probe"));
        probe.close();
    }

    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    sqlite3_exec(dst, "BEGIN", nullptr, nullptr, nullptr);
    for (const QString &table : names) {
        sqlite3_stmt *read = nullptr;
        sqlite3_prepare_v2(src, QStringLiteral("SELECT * FROM \"%1\"").arg(table).toUtf8().constData(), -1,
                           &read, nullptr);
        const int columns = sqlite3_column_count(read);
        QStringList marks;
        for (int i = 0; i < columns; ++i) {
            marks.append(QStringLiteral("?"));
        }
        sqlite3_stmt *write = nullptr;
        sqlite3_prepare_v2(dst,
                           QStringLiteral("INSERT INTO \"%1\" VALUES (%2)")
                               .arg(table, marks.join(QLatin1Char(',')))
                               .toUtf8()
                               .constData(),
                           -1, &write, nullptr);
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int i = 0; i < columns; ++i) {
                sqlite3_bind_value(write, i + 1, sqlite3_column_value(read, i));
            }
            sqlite3_step(write);
            sqlite3_reset(write);
            ++rows;
        }
        sqlite3_finalize(write);
        sqlite3_finalize(read);
    }
    sqlite3_exec(dst, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = timer.nsecsElapsed() / 1e9;
    sqlite3_close(dst);
    sqlite3_close(src);
    QSqlDatabase::removeDatabase(QStringLiteral("bench-probe"));
    *rowsOut = rows;
    return seconds > 0 ? rows / seconds : 0;
}

// One simulated desk: its own sign-in and feed position; each round adds a resident (push) and pulls.
struct DeskLoad {
    SyncSession::Account account;
    qint64 position = 0;
    int applied = 0;
    int errors = 0;
    QStringList residentIds;
};

} // namespace

bool SyncBenchmark::run(const Options &options, BenchReport *report, QString *error) {
    QTemporaryDir dir;
    SystemClock clock;
    SyncServer::Options serverOptions;
    serverOptions.dataDir = dir.filePath(QStringLiteral("server"));
    serverOptions.databaseUrl = options.databaseUrl;
    const QString backend =
        options.databaseUrl.isEmpty() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    // The server starts from the store itself (`techmates-server --import-store`): its people (a demo
    // store's, password "demo") and every record go into the feed the desks then pull.
    progress() << "Importing " << options.store << " into the " << backend << " server…" << Qt::endl;
    QElapsedTimer importTimer;
    importTimer.start();
    qint64 imported = 0;
    if (std::optional<QString> problem = SyncServer::importStore(serverOptions, options.store, &imported)) {
        *error = *problem;
        return false;
    }
    progress() << "Imported " << imported << " rows in " << importTimer.elapsed() / 1000.0 << " s"
               << Qt::endl;
    SyncServer server(serverOptions, clock);
    const quint16 port = server.start(QHostAddress::LocalHost, 0, error);
    if (port == 0) {
        return false;
    }
    const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(port));

    if (options.initialSync) {
        const QString deskPath = dir.filePath(QStringLiteral("desk.db"));
        Store::Opened desk = Store::open(deskPath);
        SyncHttp http(url, 600000);
        SyncSession session(*desk.store, http);
        session.setPageSize(5000);
        SyncSession::Account coordinator;
        if (std::optional<QString> refused =
                session.signIn(QStringLiteral("coordinator"), QStringLiteral("demo"), &coordinator)) {
            *error = *refused;
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        const SyncSession::Report r = session.sync(coordinator);
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        qint64 rawRows = 0;
        const double raw = rawInsertRate(dir.filePath(QStringLiteral("server/server.db")),
                                         dir.filePath(QStringLiteral("raw.db")), &rawRows);
        const double ours = r.pulled / seconds;
        report->add({QStringLiteral("initial sync into an empty desk (%1 server)").arg(backend),
                     QStringLiteral("rows/s"), ours, raw, QStringLiteral(">= 30 % of raw"),
                     raw > 0 && ours >= 0.3 * raw,
                     QStringLiteral("%1 rows in %2 s; raw sqlite3 copied %3 rows; ratio %4 %")
                         .arg(r.pulled)
                         .arg(seconds, 0, 'f', 1)
                         .arg(rawRows)
                         .arg(raw > 0 ? 100.0 * ours / raw : 0, 0, 'f', 0)});
    }

    if (options.concurrent) {
        // Sign every simulated desk in first (sign-in is deliberately slow: Argon2id).
        QList<DeskLoad> desks(options.desks);
        {
            SyncHttp http(url);
            Store::Opened scratch = Store::open(dir.filePath(QStringLiteral("scratch.db")));
            SyncSession session(*scratch.store, http);
            for (DeskLoad &d : desks) {
                if (std::optional<QString> refused =
                        session.signIn(QStringLiteral("admin"), QStringLiteral("demo"), &d.account)) {
                    *error = *refused;
                    return false;
                }
            }
        }
        const qint64 start = [&] {
            SyncHttp http(url);
            return static_cast<qint64>(
                http.get(QStringLiteral("/api/v1/health")).body.value(QLatin1String("latest")).toDouble());
        }();
        for (DeskLoad &d : desks) {
            d.position = start;
        }
        progress() << "Running " << options.desks << " desks for " << options.seconds << " s against "
                   << backend << "…" << Qt::endl;
        Timings pushes;
        Timings pulls;
        QMutex mutex;
        QAtomicInt stop(0);
        QList<QThread *> threads;
        for (int i = 0; i < desks.size(); ++i) {
            DeskLoad *d = &desks[i];
            threads.append(QThread::create([&, d, i] {
                // A real desk: its own store, its own commands, its outbox pushed as the desk would.
                SyncHttp http(url, 30000);
                IdSource ids(static_cast<quint64>(i + 1));
                Store::Opened local = Store::open(dir.filePath(QStringLiteral("desk-%1.db").arg(i)));
                CommandBus bus(*local.store, clock, ids);
                const Actor actor(d->account.userId, d->account.username, d->account.displayName,
                                  Role::Admin);
                OutboxQueue outbox(*local.store);
                int n = 0;
                // Desks are not in lockstep: each starts at its own point in the first interval.
                QThread::msleep(static_cast<unsigned long>(options.intervalMs * i / qMax(1, options.desks)));
                QElapsedTimer round;
                while (!stop.loadRelaxed()) {
                    // A desk syncs a change at most every `interval` ms (a very busy desk: one a second).
                    if (round.isValid() && round.elapsed() < options.intervalMs) {
                        QThread::msleep(static_cast<unsigned long>(options.intervalMs - round.elapsed()));
                    }
                    round.start();
                    Resident resident;
                    resident.givenName = QStringLiteral("Bench");
                    resident.familyName = QStringLiteral("Desk %1").arg(i);
                    resident.card = QStringLiteral("BD%1%2")
                                        .arg(i, 3, 10, QLatin1Char('0'))
                                        .arg(n, 6, 10, QLatin1Char('0'));
                    AddResidentCommand add(resident);
                    const CommandResult added = bus.execute(add, actor);
                    const QString residentId = added.entityId();
                    const QList<SyncProtocol::Op> ops = outbox.pending(1);
                    if (!added.ok() || ops.isEmpty()) {
                        QMutexLocker lock(&mutex);
                        ++d->errors;
                        break;
                    }
                    const SyncProtocol::Op op = ops.first();
                    ++n;
                    QElapsedTimer t;
                    t.start();
                    const SyncHttp::Reply pushed = http.post(
                        QStringLiteral("/api/v1/ops"),
                        {{QStringLiteral("ops"), QJsonArray{SyncProtocol::toJson(op)}}}, d->account.token);
                    const double pushMicros = t.nsecsElapsed() / 1000.0;
                    const QJsonObject outcome =
                        pushed.body.value(QLatin1String("results")).toArray().first().toObject();
                    t.restart();
                    const SyncHttp::Reply pulled =
                        http.get(QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(d->position),
                                 d->account.token);
                    const double pullMicros = t.nsecsElapsed() / 1000.0;
                    QMutexLocker lock(&mutex);
                    pushes.add(pushMicros);
                    pulls.add(pullMicros);
                    if (!pushed.ok() || !pulled.ok()) {
                        ++d->errors;
                        continue;
                    }
                    QString why;
                    if (std::optional<SyncProtocol::Outcome> settled =
                            SyncProtocol::outcomeFromJson(outcome, &why)) {
                        outbox.settle({*settled});
                    }
                    if (outcome.value(QLatin1String("status")).toString() == QLatin1String("applied")) {
                        ++d->applied;
                        d->residentIds.append(residentId);
                    } else {
                        ++d->errors;
                    }
                    d->position = static_cast<qint64>(pulled.body.value(QLatin1String("next")).toDouble());
                }
            }));
        }
        for (QThread *t : threads) {
            t->start();
        }
        // The server answers on this thread's event loop, so wait by running it.
        QEventLoop loop;
        QTimer::singleShot(options.seconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
        stop.storeRelaxed(1);
        for (QThread *t : threads) {
            while (!t->wait(10)) {
                QCoreApplication::processEvents();
            }
            delete t;
        }
        // Nothing lost: every applied resident is in the record, and every desk can read the feed to its end.
        int applied = 0;
        int errors = 0;
        int missing = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-check"));
            db.setDatabaseName(dir.filePath(QStringLiteral("server/server.db")));
            db.open();
            for (const DeskLoad &d : desks) {
                applied += d.applied;
                errors += d.errors;
                for (const QString &id : d.residentIds) {
                    if (!Sql(db, QStringLiteral("SELECT 1 FROM residents WHERE id = :id"))
                             .bind(QStringLiteral(":id"), id)
                             .scalar()
                             .isValid()) {
                        ++missing;
                    }
                }
            }
            StatementCache::dropConnection(QStringLiteral("bench-check"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("bench-check"));
        Timings all;
        report->add({QStringLiteral("%1 desks pushing and pulling for %2 s (%3): push")
                         .arg(options.desks)
                         .arg(options.seconds)
                         .arg(backend),
                     QStringLiteral("ms"), pushes.percentile(99) / 1000.0, 0,
                     QStringLiteral("p99 <= 100 ms, no errors, nothing lost"),
                     pushes.percentile(99) <= 100000 && errors == 0 && missing == 0,
                     QStringLiteral("median %1 ms over %2 pushes; %3 applied, %4 errors, %5 missing")
                         .arg(pushes.median() / 1000.0, 0, 'f', 1)
                         .arg(pushes.count())
                         .arg(applied)
                         .arg(errors)
                         .arg(missing)});
        report->add({QStringLiteral("%1 desks pushing and pulling for %2 s (%3): pull")
                         .arg(options.desks)
                         .arg(options.seconds)
                         .arg(backend),
                     QStringLiteral("ms"), pulls.percentile(99) / 1000.0, 0, QStringLiteral("p99 <= 100 ms"),
                     pulls.percentile(99) <= 100000,
                     QStringLiteral("median %1 ms over %2 pulls")
                         .arg(pulls.median() / 1000.0, 0, 'f', 1)
                         .arg(pulls.count())});
    }
    return true;
}
