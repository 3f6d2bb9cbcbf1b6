#include "SqliteLedger.h"

#include "ReaderConnection.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QJsonDocument>

namespace {
QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

SqliteLedger::SqliteLedger(Store &store)
    : m_store(store)
    , m_path(store.path()) {
    createTables(store);
}

void SqliteLedger::createTables(Store &store) {
    store.execScript(QStringLiteral(
        "CREATE TABLE IF NOT EXISTS server_ops (op_id TEXT PRIMARY KEY, user_id TEXT, outcome TEXT NOT NULL, "
        "  received_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))) WITHOUT ROWID;"
        "CREATE TABLE IF NOT EXISTS server_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT "
        "NULL, "
        "  row_id TEXT NOT NULL, row TEXT);"
        "CREATE TABLE IF NOT EXISTS server_field_stamps (tbl TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT "
        "NOT NULL, "
        "  hlc TEXT NOT NULL, PRIMARY KEY (tbl, row_id, field)) WITHOUT ROWID;"
        "CREATE TABLE IF NOT EXISTS server_tokens (token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
        "  expires_at TEXT NOT NULL) WITHOUT ROWID;"));
}

std::optional<QJsonObject> SqliteLedger::storedOutcome(const QString &opId) {
    const QVariant v =
        Sql(m_store.database(), QStringLiteral("SELECT outcome FROM server_ops WHERE op_id = :op"))
            .bind(QStringLiteral(":op"), opId)
            .scalar();
    if (!v.isValid()) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

qint64 SqliteLedger::record(const QString &opId, const QString &userId, const QJsonObject &outcome,
                            QList<FeedEntry> entries) {
    const QSqlDatabase db = m_store.database();
    Sql(db, QStringLiteral("INSERT INTO server_ops(op_id, user_id, outcome) VALUES (:op, :u, :o)"))
        .bind(QStringLiteral(":op"), opId)
        .bind(QStringLiteral(":u"), nullIfEmpty(userId))
        .bind(QStringLiteral(":o"), compact(outcome))
        .exec();
    qint64 last = 0;
    for (const FeedEntry &e : entries) {
        Sql insert(db, QStringLiteral("INSERT INTO server_changes(tbl, row_id, row) VALUES (:t, :id, :row)"));
        insert.bind(QStringLiteral(":t"), e.table)
            .bind(QStringLiteral(":id"), e.id)
            .bind(QStringLiteral(":row"), e.row ? QVariant(compact(*e.row)) : QVariant())
            .exec();
        last = insert.query().lastInsertId().toLongLong();
    }
    return last;
}

void SqliteLedger::saveToken(const QString &tokenHash, const QString &userId, const QString &expiresAt) {
    Sql(m_store.database(),
        QStringLiteral("INSERT INTO server_tokens(token_hash, user_id, expires_at) VALUES (:h, :u, :e)"))
        .bind(QStringLiteral(":h"), tokenHash)
        .bind(QStringLiteral(":u"), userId)
        .bind(QStringLiteral(":e"), expiresAt)
        .exec();
}

QList<FeedEntry> SqliteLedger::since(qint64 seq, int limit) {
    QList<FeedEntry> out;
    Sql q(ReaderConnection::forThread(m_path),
          QStringLiteral(
              "SELECT seq, tbl, row_id, row FROM server_changes WHERE seq > :s ORDER BY seq LIMIT :n"));
    q.bind(QStringLiteral(":s"), seq).bind(QStringLiteral(":n"), limit).exec();
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

qint64 SqliteLedger::latest() {
    return Sql(ReaderConnection::forThread(m_path),
               QStringLiteral("SELECT coalesce(max(seq), 0) FROM server_changes"))
        .scalar()
        .toLongLong();
}

std::optional<QString> SqliteLedger::tokenUser(const QString &tokenHash, const QString &nowIso) {
    const QVariant v =
        Sql(ReaderConnection::forThread(m_path),
            QStringLiteral("SELECT user_id FROM server_tokens WHERE token_hash = :h AND expires_at > :now"))
            .bind(QStringLiteral(":h"), tokenHash)
            .bind(QStringLiteral(":now"), nowIso)
            .scalar();
    if (!v.isValid()) {
        return std::nullopt;
    }
    return v.toString();
}
