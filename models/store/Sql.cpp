#include "Sql.h"

#include "StatementCache.h"

#include <QSqlError>

Sql::Sql(const QSqlDatabase &db, const QString &statement)
    : m_db(db)
    , m_statement(statement) {
    bool prepared = false;
    m_query = StatementCache::take(db, statement, &prepared);
    if (!prepared) {
        throw StoreError(QStringLiteral("The store could not prepare a query: %1 [%2]")
                             .arg(m_query.lastError().text(), statement.simplified().left(120)));
    }
}

Sql::~Sql() {
    StatementCache::give(m_db, m_statement, std::move(m_query));
}

Sql &Sql::bind(const QString &placeholder, const QVariant &value) {
    // A default-constructed QString would bind as SQL NULL, and "x <> NULL" or a NOT NULL text column then
    // misbehaves quietly. Text binds as text; NULL is only ever asked for explicitly (nullIfEmpty).
    if (value.metaType().id() == QMetaType::QString && !value.isNull() && value.toString().isNull()) {
        m_query.bindValue(placeholder, QStringLiteral(""));
    } else {
        m_query.bindValue(placeholder, value);
    }
    return *this;
}

Sql &Sql::exec() {
    if (!m_query.exec()) {
        throw StoreError(QStringLiteral("The store refused a change: %1 [%2]")
                             .arg(m_query.lastError().text(), m_statement.simplified().left(120)));
    }
    return *this;
}

QVariant Sql::scalar() {
    exec();
    return m_query.next() ? m_query.value(0) : QVariant();
}

QVariant nullIfEmpty(const QString &value) {
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}
