#pragma once

#include "Borrower.h"
#include "Loan.h"

#include <QSqlDatabase>
#include <optional>

// Reads about residents and loans that the loan commands and assessments share. No visibility filter:
// callers are commands (whose permission the bus checked) and assessments for people with loan.circulate.
class LoanRepository {
public:
    explicit LoanRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    BorrowerScan scanCard(const QString &typed) const;
    std::optional<Borrower> borrowerById(const QString &id) const;

    std::optional<Loan> activeLoanForDevice(const QString &deviceId) const;
    std::optional<Loan> lastLoanForDevice(const QString &deviceId) const;

    struct History {
        int active = 0;  // loans out now
        int overdue = 0; // of those, past their due date
        int recent = 0;  // loans (any status) checked out on or after `since`
        QDate oldestOverdueDue;
    };
    // One indexed pass over the resident's loans.
    History history(const QString &residentId, const QDate &today, const QDate &since) const;

    // A programme setting (settings table) as a whole number, or the fallback when missing or not a number.
    int intSetting(const QString &key, int fallback) const;

private:
    std::optional<Loan> loadLoan(const QString &where, const QString &value) const;
    QSqlDatabase m_db;
};
