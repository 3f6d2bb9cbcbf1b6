#pragma once

#include "StoreError.h"

#include <QSqlDatabase>

// RAII transaction: rolls back unless commit() was called. Uses BEGIN IMMEDIATE so that two processes
// writing one store queue on the busy timeout instead of failing half-way through a command.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit(); // throws StoreError

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
