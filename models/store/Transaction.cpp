#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        throw StoreError(QCoreApplication::translate("Store", "The store is busy or cannot be written: %1")
                             .arg(q.lastError().text()));
    }
    m_open = true;
}

Transaction::~Transaction() {
    if (m_open) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

void Transaction::commit() {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        throw StoreError(QStringLiteral("The store could not save the change: %1").arg(q.lastError().text()));
    }
    m_open = false;
}
