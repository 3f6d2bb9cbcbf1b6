#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class SyncedTables;

// A synced row as JSON (column → value) and back. Reading strips private columns; writing accepts only the
// table's own columns, so a row from the network can never name a column (or a table) of its choosing.
namespace RowImage {

// `withPrivate`: also the columns that never go to desks (only for seeding the server).
std::optional<QJsonObject> read(const QSqlDatabase &db, const SyncedTables &tables, const QString &table,
                                const QString &id, bool withPrivate = false);

// Up to `limit` rows of a table after `afterId` in id order, with their ids (for seeding the server).
QList<QJsonObject> readPage(const QSqlDatabase &db, const SyncedTables &tables, const QString &table,
                            const QString &afterId, int limit, bool withPrivate);

// Inserts or replaces the row by id. Columns the image leaves out keep their defaults (new row) or their
// current values (existing row). Throws StoreError naming what was wrong.
void write(const QSqlDatabase &db, const SyncedTables &tables, const QString &table, const QJsonObject &row);

// Sets some columns of an existing row. Throws StoreError on an unknown column.
void update(const QSqlDatabase &db, const SyncedTables &tables, const QString &table, const QString &id,
            const QJsonObject &fields);

void remove(const QSqlDatabase &db, const QString &table, const QString &id);

} // namespace RowImage
