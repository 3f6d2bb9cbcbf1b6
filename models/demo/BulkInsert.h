#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// One INSERT prepared once on the raw SQLite handle and run for many rows. Values are bound in column
// order with the chained setters, then insert() runs the row and readies the statement for the next.
// Failures throw StoreError, so a half-generated store is abandoned as a whole.
class BulkInsert {
public:
    BulkInsert(sqlite3 *db, const char *sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    BulkInsert &text(const QByteArray &utf8);
    BulkInsert &text(const QString &value);
    BulkInsert &text(const char *utf8);             // not copied: string literals and other static text only
    BulkInsert &textOrNull(const QByteArray &utf8); // empty → NULL
    BulkInsert &integer(qint64 value);
    BulkInsert &null();
    void insert();

private:
    void check(int rc);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QByteArray m_sql;
    int m_next = 1;
};
