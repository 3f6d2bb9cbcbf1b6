#include "PostgresLedger.h"

#include "store/ForeignKeysOff.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "store/Transaction.h"
#include "sync/RowImage.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {
constexpr qint64 kWriterLock = 0x544D4453; // "TMDS"

QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString nextName(const char *prefix) {
    static QAtomicInt counter;
    return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(counter.fetchAndAddRelaxed(1));
}

void openOrThrow(QSqlDatabase &db) {
    if (!db.open()) {
        throw StoreError(QCoreApplication::translate("PostgresLedger", "Cannot connect to PostgreSQL: %1")
                             .arg(db.lastError().text().simplified()));
    }
}

// Runs one statement on a PostgreSQL connection (not cached: QPSQL prepares per query).
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {}) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) { // DDL cannot be prepared in PostgreSQL
        if (!q.exec(sql)) {
            throw StoreError(QStringLiteral("PostgreSQL refused: %1").arg(q.lastError().text().simplified()));
        }
        return q;
    }
    if (!q.prepare(sql)) {
        throw StoreError(QStringLiteral("PostgreSQL refused: %1").arg(q.lastError().text().simplified()));
    }
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (!q.exec()) {
        throw StoreError(QStringLiteral("PostgreSQL refused: %1").arg(q.lastError().text().simplified()));
    }
    return q;
}
} // namespace

QSqlDatabase PostgresLedger::connectionFor(const QUrl &url, const QString &name, QString *error) {
    if (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")) {
        *error =
            QCoreApplication::translate("PostgresLedger", "The database must be a postgresql:// address.");
        return {};
    }
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QCoreApplication::translate(
            "PostgresLedger", "Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).");
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const QUrlQuery query(url);
    // A socket folder may be given as ?host=/path (libpq's own convention).
    db.setHostName(query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"))
                                                              : url.host());
    if (url.port() > 0) {
        db.setPort(url.port());
    }
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    return db;
}

PostgresLedger::PostgresLedger(const QUrl &url, Store &workingCopy)
    : m_url(url)
    , m_store(workingCopy)
    , m_writerName(nextName("pg-writer")) {
    QString error;
    QSqlDatabase db = connectionFor(url, m_writerName, &error);
    if (!error.isEmpty()) {
        throw StoreError(error);
    }
    openOrThrow(db);
    createTables();
    // Field stamps and sign-in throttling stay beside the working copy (see docs/sync.md).
    m_store.execScript(QStringLiteral("CREATE TABLE IF NOT EXISTS server_field_stamps (tbl TEXT NOT NULL, "
                                      "row_id TEXT NOT NULL, field TEXT NOT NULL, "
                                      "hlc TEXT NOT NULL, PRIMARY KEY (tbl, row_id, field)) WITHOUT ROWID;"));
}

PostgresLedger::~PostgresLedger() {
    {
        QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_writerName);
}

void PostgresLedger::createTables() {
    const QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
    run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS server_ops (op_id TEXT PRIMARY KEY, user_id TEXT, "
                           "outcome TEXT NOT NULL, received_at TIMESTAMPTZ NOT NULL DEFAULT now())"));
    run(db, QStringLiteral(
                "CREATE TABLE IF NOT EXISTS server_changes (seq BIGSERIAL PRIMARY KEY, tbl TEXT NOT NULL, "
                "row_id TEXT NOT NULL, row_image TEXT)"));
    run(db,
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS server_tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
            "expires_at TEXT NOT NULL)"));
}

std::optional<QJsonObject> PostgresLedger::storedOutcome(const QString &opId) {
    QSqlQuery q = run(QSqlDatabase::database(m_writerName, false),
                      QStringLiteral("SELECT outcome FROM server_ops WHERE op_id = ?"), {opId});
    if (!q.next()) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

qint64 PostgresLedger::record(const QString &opId, const QString &userId, const QJsonObject &outcome,
                              QList<FeedEntry> entries) {
    QSqlDatabase db = QSqlDatabase::database(m_writerName, false);
    if (!db.transaction()) {
        throw StoreError(QStringLiteral("PostgreSQL: %1").arg(db.lastError().text().simplified()));
    }
    try {
        run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {kWriterLock});
        run(db, QStringLiteral("INSERT INTO server_ops(op_id, user_id, outcome) VALUES (?, ?, ?)"),
            {opId, userId.isEmpty() ? QVariant() : QVariant(userId), compact(outcome)});
        qint64 last = 0;
        for (const FeedEntry &e : entries) {
            QSqlQuery q = run(
                db,
                QStringLiteral(
                    "INSERT INTO server_changes(tbl, row_id, row_image) VALUES (?, ?, ?) RETURNING seq"),
                {e.table, e.id, e.row ? QVariant(compact(*e.row)) : QVariant(QMetaType(QMetaType::QString))});
            if (q.next()) {
                last = q.value(0).toLongLong();
            }
        }
        if (last > 0) {
            m_store.setMeta(QStringLiteral("server_seq"),
                            QString::number(last)); // in the working copy's transaction
        }
        if (!db.commit()) {
            throw StoreError(QStringLiteral("PostgreSQL: %1").arg(db.lastError().text().simplified()));
        }
        return last;
    } catch (...) {
        db.rollback();
        throw;
    }
}

void PostgresLedger::saveToken(const QString &tokenHash, const QString &userId, const QString &expiresAt) {
    run(QSqlDatabase::database(m_writerName, false),
        QStringLiteral("INSERT INTO server_tokens(token_hash, user_id, expires_at) VALUES (?, ?, ?)"),
        {tokenHash, userId, expiresAt});
}

QSqlDatabase PostgresLedger::readerForThread() {
    thread_local QHash<const PostgresLedger *, QString> names;
    auto it = names.constFind(this);
    if (it != names.constEnd()) {
        return QSqlDatabase::database(*it, false);
    }
    const QString name = nextName("pg-reader");
    QString error;
    QSqlDatabase db = connectionFor(m_url, name, &error);
    openOrThrow(db);
    names.insert(this, name);
    return db;
}

QList<FeedEntry> PostgresLedger::since(qint64 seq, int limit) {
    QSqlQuery q =
        run(readerForThread(),
            QStringLiteral(
                "SELECT seq, tbl, row_id, row_image FROM server_changes WHERE seq > ? ORDER BY seq LIMIT ?"),
            {seq, limit});
    QList<FeedEntry> out;
    while (q.next()) {
        FeedEntry e;
        e.seq = q.value(0).toLongLong();
        e.table = q.value(1).toString();
        e.id = q.value(2).toString();
        if (!q.value(3).isNull()) {
            e.row = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
        }
        out.append(e);
    }
    return out;
}

qint64 PostgresLedger::latest() {
    QSqlQuery q = run(readerForThread(), QStringLiteral("SELECT coalesce(max(seq), 0) FROM server_changes"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<QString> PostgresLedger::tokenUser(const QString &tokenHash, const QString &nowIso) {
    QSqlQuery q =
        run(readerForThread(),
            QStringLiteral("SELECT user_id FROM server_tokens WHERE token_hash = ? AND expires_at > ?"),
            {tokenHash, nowIso});
    if (!q.next()) {
        return std::nullopt;
    }
    return q.value(0).toString();
}

qint64 PostgresLedger::catchUp() {
    const SyncedTables &tables = m_store.syncedTables();
    qint64 applied = 0;
    for (;;) {
        const qint64 from = m_store.meta(QStringLiteral("server_seq")).toLongLong();
        QSqlQuery q = run(QSqlDatabase::database(m_writerName, false),
                          QStringLiteral("SELECT seq, tbl, row_id, row_image FROM server_changes WHERE seq > "
                                         "? ORDER BY seq LIMIT 5000"),
                          {from});
        qint64 last = from;
        {
            const ForeignKeysOff rowsInFeedOrder(m_store);
            Transaction tx(m_store.database());
            while (q.next()) {
                last = q.value(0).toLongLong();
                const QString table = q.value(1).toString();
                if (!tables.contains(table)) {
                    continue;
                }
                if (q.value(3).isNull()) {
                    RowImage::remove(m_store.database(), table, q.value(2).toString());
                } else {
                    RowImage::write(m_store.database(), tables, table,
                                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object());
                }
                ++applied;
            }
            if (last != from) {
                m_store.setMeta(QStringLiteral("server_seq"), QString::number(last));
            }
            tx.commit();
        }
        if (last == from) {
            return applied;
        }
    }
}
