#include "OutboxQueue.h"

#include "RowImage.h"
#include "store/ForeignKeysOff.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "store/Transaction.h"

#include <QJsonDocument>
#include <QSet>

OutboxQueue::OutboxQueue(Store &store)
    : m_store(store) {}

int OutboxQueue::count() const {
    return Sql(m_store.database(), QStringLiteral("SELECT count(*) FROM outbox")).scalar().toInt();
}

QList<SyncProtocol::Op> OutboxQueue::pending(int limit) const {
    QList<SyncProtocol::Op> ops;
    Sql q(m_store.database(),
          QStringLiteral("SELECT op_id, command, payload, hlc, created_at, user_id, ids, rows FROM outbox "
                         "ORDER BY seq LIMIT :n"));
    q.bind(QStringLiteral(":n"), limit).exec();
    while (q.next()) {
        SyncProtocol::Op op;
        op.opId = q.value(0).toString();
        op.command = q.value(1).toString();
        op.payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        op.hlc = q.value(3).toString();
        op.at = q.value(4).toString();
        op.userId = q.value(5).toString();
        op.deskId = m_store.deskId();
        op.ids = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        op.rows = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        ops.append(op);
    }
    return ops;
}

QSet<QString> OutboxQueue::pendingRows() const {
    QSet<QString> keys;
    Sql rows(m_store.database(), QStringLiteral("SELECT rows FROM outbox"));
    rows.exec();
    while (rows.next()) {
        for (const QString &key : rows.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            keys.insert(key);
        }
    }
    return keys;
}

void OutboxQueue::settle(const QList<SyncProtocol::Outcome> &outcomes) {
    if (outcomes.isEmpty()) {
        return;
    }
    const QSqlDatabase db = m_store.database();
    const SyncedTables &tables = m_store.syncedTables();
    const ForeignKeysOff checkedByTheServer(m_store);
    Transaction tx(db);
    for (const SyncProtocol::Outcome &o : outcomes) {
        Sql(db, QStringLiteral("DELETE FROM outbox WHERE op_id = :op"))
            .bind(QStringLiteral(":op"), o.opId)
            .exec();
    }
    const QSet<QString> stillPending = pendingRows();
    for (const SyncProtocol::Outcome &o : outcomes) {
        if (o.status == SyncProtocol::Outcome::Status::Applied) {
            continue; // the pull brings the server's copy
        }
        for (const SyncProtocol::Change &c : o.rows) {
            if (!tables.contains(c.table) || stillPending.contains(c.table + QLatin1Char('/') + c.id)) {
                continue;
            }
            if (c.row) {
                RowImage::write(db, tables, c.table, *c.row);
            } else {
                RowImage::remove(db, c.table, c.id);
            }
        }
    }
    tx.commit();
}

void OutboxQueue::noteFailure(const QString &opId, const QString &error) {
    Sql(m_store.database(),
        QStringLiteral("UPDATE outbox SET attempts = attempts + 1, last_error = :e WHERE op_id = :op"))
        .bind(QStringLiteral(":e"), error.left(500))
        .bind(QStringLiteral(":op"), opId)
        .exec();
}
