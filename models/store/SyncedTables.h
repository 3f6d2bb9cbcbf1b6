#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The tables whose rows travel between desks and the server: every table with a client-made `id`, a
// `version`, an `updated_at` and an `hlc` stamp (docs/store.md). Read from the schema itself, so a table a
// later migration adds syncs without a list to keep up to date. Audit, outbox and local state never sync.
class SyncedTables {
public:
    explicit SyncedTables(const QSqlDatabase &db);

    const QStringList &names() const { return m_names; }
    // The same tables, each after the tables its foreign keys point to (where the keys allow).
    const QStringList &dependencyOrder() const { return m_ordered; }
    bool contains(const QString &table) const { return m_columns.contains(table); }
    const QStringList &columns(const QString &table) const; // in schema order; empty when not synced

    // Columns that never leave the machine that holds them (a password hash stays on the server and on
    // the desk where its owner signed in).
    static bool isPrivate(const QString &table, const QString &column);

private:
    QStringList m_names;
    QStringList m_ordered;
    QHash<QString, QStringList> m_columns;
};
