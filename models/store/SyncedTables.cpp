#include "SyncedTables.h"

#include "Sql.h"

SyncedTables::SyncedTables(const QSqlDatabase &db) {
    const QStringList excluded = {QStringLiteral("audit"), QStringLiteral("outbox")};
    Sql tables(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'sqlite_%' ORDER BY name"));
    tables.exec();
    QStringList candidates;
    while (tables.next()) {
        candidates.append(tables.value(0).toString());
    }
    for (const QString &table : candidates) {
        if (excluded.contains(table)) {
            continue;
        }
        // Table names come from the schema, never from outside, so quoting them here is safe.
        Sql info(db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
        info.exec();
        QStringList columns;
        while (info.next()) {
            columns.append(info.value(0).toString());
        }
        const bool synced =
            columns.contains(QLatin1String("id")) && columns.contains(QLatin1String("version")) &&
            columns.contains(QLatin1String("updated_at")) && columns.contains(QLatin1String("hlc"));
        if (synced) {
            m_names.append(table);
            m_columns.insert(table, columns);
        }
    }
    QHash<QString, QStringList> parents;
    for (const QString &table : m_names) {
        Sql fks(db, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(table));
        fks.exec();
        while (fks.next()) {
            const QString parent = fks.value(0).toString();
            if (parent != table && m_columns.contains(parent)) {
                parents[table].append(parent);
            }
        }
    }
    QStringList remaining = m_names;
    while (!remaining.isEmpty()) {
        qsizetype pick = -1;
        for (qsizetype i = 0; i < remaining.size() && pick < 0; ++i) {
            bool ready = true;
            for (const QString &parent : parents.value(remaining.at(i))) {
                ready = ready && m_ordered.contains(parent);
            }
            if (ready) {
                pick = i;
            }
        }
        m_ordered.append(remaining.takeAt(pick < 0 ? 0 : pick)); // a cycle: take the first and go on
    }
}

const QStringList &SyncedTables::columns(const QString &table) const {
    static const QStringList none;
    const auto it = m_columns.constFind(table);
    return it == m_columns.constEnd() ? none : *it;
}

bool SyncedTables::isPrivate(const QString &table, const QString &column) {
    return table == QLatin1String("users") && column == QLatin1String("password_hash");
}
