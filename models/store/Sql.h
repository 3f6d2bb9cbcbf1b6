#pragma once

#include "StoreError.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// A prepared statement (kept in StatementCache between uses) that throws StoreError instead of returning
// false, so the write path reads as a list of steps and any failure rolls the whole command back.
class Sql {
public:
    Sql(const QSqlDatabase &db, const QString &statement);
    ~Sql();
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    Sql &bind(const QString &placeholder, const QVariant &value);
    Sql &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

    // Convenience for single-value lookups: the first column of the first row, or an invalid QVariant.
    QVariant scalar();

private:
    QSqlDatabase m_db;
    QString m_statement;
    QSqlQuery m_query;
};

// Nullable text: an empty QString is stored as NULL.
QVariant nullIfEmpty(const QString &value);
