// techmates-crashtest: kills the desk's write path at random instants and checks that nothing reported done
// was lost (docs/reliability.md).
//
// Each trial starts techmates-crashload on the same store, lets it run a burst of commands for a random
// time (seeded), SIGKILLs it, then opens the store with plain SQLite and checks:
//   1. PRAGMA integrity_check says ok (and foreign_key_check finds nothing);
//   2. every op the program printed as done, in this trial or any before, has its outbox row and its audit
//      row with the same command name, and every row its outbox entry lists exists;
//   3. audit and outbox agree: the same op ids, the same command for each;
//   4. no half-written command: every resident, device, loan and wipe record belongs to some committed op.
//
//   techmates-crashtest [--trials N] [--seed S] [--max-delay-ms M] [--load PATH] [--keep DIR] [--lie]
// (--lie makes the load program report one op it never ran: the run must then fail.)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <cstdio>
#include <sqlite3.h>

namespace {

struct ReportedOp {
    QString command;
    QString entityId;
    int trial = 0;
};

class Db {
public:
    explicit Db(const QString &path) {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~Db() { sqlite3_close(m_db); }
    Db(const Db &) = delete;
    Db &operator=(const Db &) = delete;
    QString error() const { return m_error; }

    // Every row of a query, columns joined by a tab.
    QStringList rows(const char *sql) {
        QStringList out;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &st, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return out;
        }
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            QStringList cols;
            for (int i = 0; i < sqlite3_column_count(st); ++i) {
                cols.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i))));
            }
            out.append(cols.join(QLatin1Char('\t')));
        }
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        }
        sqlite3_finalize(st);
        return out;
    }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
};

struct Totals {
    int trials = 0;
    int killsBeforeFirstCommand = 0; // killed while starting up or opening the store
    int reported = 0;                // ops printed as done
    int committedUnreported = 0;     // in the store, killed before it could say so
    int walRecoveries = 0;           // trials that left a non-empty write-ahead log behind
    QList<int> delays;
};

// The checks after one kill; an empty list when all is well.
QStringList check(const QString &storePath, const QHash<QString, ReportedOp> &reported, Totals &totals) {
    QStringList problems;
    Db db(storePath);
    if (!db.error().isEmpty()) {
        return {QStringLiteral("cannot open the store: ") + db.error()};
    }
    const QStringList integrity = db.rows("PRAGMA integrity_check");
    if (integrity != QStringList{QStringLiteral("ok")}) {
        problems.append(QStringLiteral("integrity_check: ") + integrity.join(QStringLiteral("; ")));
    }
    const QStringList fk = db.rows("PRAGMA foreign_key_check");
    if (!fk.isEmpty()) {
        problems.append(
            QStringLiteral("foreign_key_check: %1 rows, first %2").arg(fk.size()).arg(fk.first()));
    }

    QHash<QString, QString> outbox; // op → command
    QHash<QString, QString> outboxRows;
    for (const QString &line : db.rows("SELECT op_id, command, rows FROM outbox")) {
        const QStringList c = line.split(QLatin1Char('\t'));
        outbox.insert(c.value(0), c.value(1));
        outboxRows.insert(c.value(0), c.value(2));
    }
    QHash<QString, QString> audit;
    for (const QString &line : db.rows("SELECT op_id, command FROM audit")) {
        const QStringList c = line.split(QLatin1Char('\t'));
        audit.insert(c.value(0), c.value(1));
    }
    QSet<QString> domain; // "table/id" of every row the load writes
    for (const char *table : {"residents", "devices", "loans", "wipe_records", "users", "device_types"}) {
        const QString prefix = QString::fromLatin1(table) + QLatin1Char('/');
        const QByteArray sql = QByteArray("SELECT id FROM ") + table;
        for (const QString &id : db.rows(sql.constData())) {
            domain.insert(prefix + id);
        }
    }
    if (!db.error().isEmpty()) {
        problems.append(QStringLiteral("query failed: ") + db.error());
        return problems;
    }

    // 2. Nothing reported done is missing.
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const QString where =
            QStringLiteral("op %1 (%2, reported done in trial %3)").arg(it.key(), it->command).arg(it->trial);
        if (outbox.value(it.key()) != it->command) {
            problems.append(where + QStringLiteral(": no outbox row"));
        }
        if (audit.value(it.key()) != it->command) {
            problems.append(where + QStringLiteral(": no audit row"));
        }
        bool entityListed = it->entityId.isEmpty();
        for (const QString &row : outboxRows.value(it.key()).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            entityListed = entityListed || row.endsWith(QLatin1Char('/') + it->entityId);
        }
        if (!entityListed) {
            problems.append(where + QStringLiteral(": its outbox row does not list %1").arg(it->entityId));
        }
    }
    // Every row an outbox entry lists, in the tables read here, exists.
    const QStringList readTables{QStringLiteral("residents"), QStringLiteral("devices"),
                                 QStringLiteral("loans"),     QStringLiteral("wipe_records"),
                                 QStringLiteral("users"),     QStringLiteral("device_types")};
    QSet<QString> listed;
    for (auto it = outboxRows.cbegin(); it != outboxRows.cend(); ++it) {
        for (const QString &row : it->split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            listed.insert(row);
            if (readTables.contains(row.section(QLatin1Char('/'), 0, 0)) && !domain.contains(row)) {
                problems.append(
                    QStringLiteral("op %1 lists %2, which is not in the store").arg(it.key(), row));
            }
        }
    }
    // 3. Audit and outbox agree.
    for (auto it = audit.cbegin(); it != audit.cend(); ++it) {
        if (!outbox.contains(it.key())) {
            problems.append(QStringLiteral("audit op %1 (%2) has no outbox row").arg(it.key(), it.value()));
        } else if (outbox.value(it.key()) != it.value()) {
            problems.append(QStringLiteral("op %1: audit says %2, outbox says %3")
                                .arg(it.key(), it.value(), outbox.value(it.key())));
        }
    }
    for (auto it = outbox.cbegin(); it != outbox.cend(); ++it) {
        if (!audit.contains(it.key())) {
            problems.append(QStringLiteral("outbox op %1 (%2) has no audit row").arg(it.key(), it.value()));
        }
    }
    // 4. No row without the committed op that wrote it.
    for (const QString &row : domain) {
        if (!listed.contains(row)) {
            problems.append(QStringLiteral("%1 was written by no committed op (half a command?)").arg(row));
        }
    }
    int unreported = 0;
    for (auto it = outbox.cbegin(); it != outbox.cend(); ++it) {
        unreported += reported.contains(it.key()) ? 0 : 1;
    }
    totals.committedUnreported = unreported;
    return problems;
}

QTextStream &out() {
    static QTextStream s(stdout);
    return s;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    int trials = 30;
    quint64 seed = QRandomGenerator::system()->generate();
    int maxDelayMs = 400;
    QString loadPath =
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("techmates-crashload"));
    QString keepDir;
    bool lie = false;
    while (!args.isEmpty()) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--lie")) {
            lie = true;
            continue;
        }
        const QString value = args.isEmpty() ? QString() : args.takeFirst();
        if (opt == QLatin1String("--trials")) {
            trials = value.toInt();
        } else if (opt == QLatin1String("--seed")) {
            seed = value.toULongLong();
        } else if (opt == QLatin1String("--max-delay-ms")) {
            maxDelayMs = value.toInt();
        } else if (opt == QLatin1String("--load")) {
            loadPath = value;
        } else if (opt == QLatin1String("--keep")) {
            keepDir = value;
        } else {
            std::fprintf(stderr, "usage: techmates-crashtest [--trials N] [--seed S] [--max-delay-ms M] "
                                 "[--load PATH] [--keep DIR] [--lie]\n");
            return 2;
        }
    }
    if (trials < 1 || maxDelayMs < 1) {
        std::fprintf(stderr, "--trials and --max-delay-ms must be positive\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString dir = keepDir.isEmpty() ? tmp.path() : keepDir;
    QDir().mkpath(dir);
    const QString storePath = QDir(dir).filePath(QStringLiteral("crash.db"));
    QFile::remove(storePath);
    out() << "crash test: " << trials << " trials, seed " << seed << ", kill within 0–" << maxDelayMs
          << " ms of start, store " << storePath << Qt::endl;

    QHash<QString, ReportedOp> reported;
    auto absorb = [&](const QByteArray &stdoutBytes, int trial, bool *started) {
        int n = 0;
        for (const QByteArray &line : stdoutBytes.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.value(0) == "started") {
                *started = true;
            }
            if (parts.size() == 4 && parts.at(0) == "done") {
                reported.insert(QString::fromUtf8(parts.at(1)),
                                {QString::fromUtf8(parts.at(2)), QString::fromUtf8(parts.at(3)), trial});
                ++n;
            }
        }
        return n;
    };

    {
        QProcess prep;
        prep.start(loadPath, {QStringLiteral("--store"), storePath, QStringLiteral("--prepare")});
        if (!prep.waitForFinished(60000) || prep.exitStatus() != QProcess::NormalExit ||
            prep.exitCode() != 0) {
            std::fprintf(stderr, "preparing the store failed: %s\n%s\n", qPrintable(prep.errorString()),
                         prep.readAllStandardError().constData());
            return 1;
        }
        bool started = false;
        absorb(prep.readAllStandardOutput(), 0, &started);
    }

    QRandomGenerator rng(seed);
    Totals totals;
    QElapsedTimer wall;
    wall.start();
    int failedTrials = 0;
    for (int trial = 1; trial <= trials; ++trial) {
        const int delay = int(rng.bounded(quint32(maxDelayMs)));
        QStringList loadArgs{QStringLiteral("--store"), storePath, QStringLiteral("--seed"),
                             QString::number(seed % 100000 * 1000 + quint64(trial))};
        if (lie) {
            loadArgs.append(QStringLiteral("--lie"));
        }
        QProcess load;
        load.start(loadPath, loadArgs);
        if (!load.waitForStarted(10000)) {
            std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(loadPath),
                         qPrintable(load.errorString()));
            return 1;
        }
        // Keep draining stdout while waiting, so the program never blocks on a full pipe.
        QByteArray stdoutBytes;
        if (lie) { // the made-up op is printed right after "started": make sure the kill comes after it
            while (!stdoutBytes.contains("started") && load.state() == QProcess::Running &&
                   load.waitForReadyRead(30000)) {
                stdoutBytes += load.readAllStandardOutput();
            }
        }
        QElapsedTimer since;
        since.start();
        while (since.elapsed() < delay && load.state() == QProcess::Running) {
            load.waitForReadyRead(int(std::max<qint64>(1, delay - since.elapsed())));
            stdoutBytes += load.readAllStandardOutput();
        }
        const bool stillRunning = load.state() == QProcess::Running;
        load.kill(); // SIGKILL
        load.waitForFinished(10000);
        stdoutBytes += load.readAllStandardOutput();
        if (!stillRunning) {
            std::fprintf(stderr, "trial %d: the load program stopped by itself (exit %d): %s\n", trial,
                         load.exitCode(), load.readAllStandardError().constData());
            return 1;
        }
        const qint64 walSize = QFileInfo(storePath + QStringLiteral("-wal")).size();
        bool started = false;
        const int n = absorb(stdoutBytes, trial, &started);
        totals.reported += n;
        totals.killsBeforeFirstCommand += n == 0 ? 1 : 0;
        totals.walRecoveries += walSize > 0 ? 1 : 0;
        totals.delays.append(delay);
        ++totals.trials;

        const QStringList problems = check(storePath, reported, totals);
        if (!problems.isEmpty()) {
            ++failedTrials;
            out() << "trial " << trial << " (killed after " << delay << " ms, " << n
                  << " ops reported): " << problems.size() << " problems" << Qt::endl;
            for (const QString &p : problems.mid(0, 10)) {
                out() << "  " << p << Qt::endl;
            }
            if (keepDir.isEmpty()) {
                break; // the store is gone with the temporary folder: stop at the first failure
            }
        }
    }
    const double seconds = double(wall.elapsed()) / 1000.0;
    out() << "trials: " << totals.trials << ", failed: " << failedTrials << Qt::endl
          << "ops reported done: " << totals.reported << ", all found in the store"
          << (failedTrials ? " — NO, see above" : "") << Qt::endl
          << "ops committed but killed before reporting: " << totals.committedUnreported << Qt::endl
          << "kills before the first command was done: " << totals.killsBeforeFirstCommand << Qt::endl
          << "kills that left a write-ahead log to recover: " << totals.walRecoveries << Qt::endl
          << "time: " << QString::number(seconds, 'f', 1) << " s" << Qt::endl;
    return failedTrials == 0 ? 0 : 1;
}
