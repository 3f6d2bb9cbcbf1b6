#include "ChangeApplier.h"

#include "OutboxQueue.h"
#include "RowImage.h"
#include "core/HybridClock.h"
#include "store/ForeignKeysOff.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QSet>

ChangeApplier::ChangeApplier(Store &store)
    : m_store(store) {}

QString ChangeApplier::state(Store &store, const QString &key) {
    return Sql(store.database(), QStringLiteral("SELECT value FROM sync_state WHERE key = :k"))
        .bind(QStringLiteral(":k"), key)
        .scalar()
        .toString();
}

void ChangeApplier::setState(Store &store, const QString &key, const QString &value) {
    Sql(store.database(), QStringLiteral("INSERT INTO sync_state(key, value) VALUES (:k, :v) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .exec();
}

qint64 ChangeApplier::checkpoint() const {
    return state(m_store, QStringLiteral("pull_seq")).toLongLong();
}

void ChangeApplier::apply(const SyncProtocol::Page &page) {
    const QSqlDatabase db = m_store.database();
    const SyncedTables &tables = m_store.syncedTables();
    if (page.next < checkpoint()) {
        throw StoreError(
            QCoreApplication::translate("ChangeApplier", "the server sent an older page than this desk has"));
    }
    const ForeignKeysOff checkedByTheServer(m_store);
    Transaction tx(db);
    const QSet<QString> pending = OutboxQueue(m_store).pendingRows();
    HybridClock &clock = m_store.hybridClock();
    for (const SyncProtocol::Change &c : page.changes) {
        if (!tables.contains(c.table)) {
            throw StoreError(
                QCoreApplication::translate("ChangeApplier", "the server sent rows of an unknown table “%1”")
                    .arg(c.table.left(60)));
        }
        if (pending.contains(c.table + QLatin1Char('/') + c.id)) {
            continue;
        }
        if (c.row) {
            RowImage::write(db, tables, c.table, *c.row);
            const QString stamp = c.row->value(QLatin1String("hlc")).toString();
            if (!stamp.isEmpty()) {
                clock.observe(stamp);
            }
        } else {
            RowImage::remove(db, c.table, c.id);
        }
    }
    setState(m_store, QStringLiteral("pull_seq"), QString::number(page.next));
    m_store.setMeta(QStringLiteral("hlc_last"), clock.last());
    tx.commit();
}
