#include "BulkInsert.h"

#include "store/StoreError.h"

#include <sqlite3.h>

BulkInsert::BulkInsert(sqlite3 *db, const char *sql)
    : m_db(db)
    , m_sql(sql) {
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        throw StoreError(QStringLiteral("The demo generator could not prepare “%1”: %2")
                             .arg(QString::fromUtf8(m_sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
}

BulkInsert::~BulkInsert() {
    sqlite3_finalize(m_stmt);
}

void BulkInsert::check(int rc) {
    if (rc != SQLITE_OK) {
        throw StoreError(QStringLiteral("The demo generator could not bind value %1 of “%2”: %3")
                             .arg(m_next)
                             .arg(QString::fromUtf8(m_sql), QString::fromUtf8(sqlite3_errmsg(m_db))));
    }
    ++m_next;
}

BulkInsert &BulkInsert::text(const QByteArray &utf8) {
    check(sqlite3_bind_text(m_stmt, m_next, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

BulkInsert &BulkInsert::text(const QString &value) {
    return text(value.toUtf8());
}

BulkInsert &BulkInsert::text(const char *utf8) {
    check(sqlite3_bind_text(m_stmt, m_next, utf8, -1, SQLITE_STATIC));
    return *this;
}

BulkInsert &BulkInsert::textOrNull(const QByteArray &utf8) {
    return utf8.isEmpty() ? null() : text(utf8);
}

BulkInsert &BulkInsert::integer(qint64 value) {
    check(sqlite3_bind_int64(m_stmt, m_next, value));
    return *this;
}

BulkInsert &BulkInsert::null() {
    check(sqlite3_bind_null(m_stmt, m_next));
    return *this;
}

void BulkInsert::insert() {
    const int rc = sqlite3_step(m_stmt);
    const QString message = rc == SQLITE_DONE ? QString() : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_stmt);
    m_next = 1;
    if (rc != SQLITE_DONE) {
        throw StoreError(QStringLiteral("The demo generator could not write a row with “%1”: %2")
                             .arg(QString::fromUtf8(m_sql), message));
    }
}
