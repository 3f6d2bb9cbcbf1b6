#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

// One cell of the loan rules matrix: borrower category × device type × branch. An empty device type or
// branch means "any".
struct LoanRule {
    QString id;
    QString borrowerCategory = QStringLiteral("standard");
    QString deviceTypeId; // empty: any type
    QString branchId;     // empty: any branch
    int loanDays = 56;
    int maxRenewals = 2;
    int maxActiveLoans = 1;
    QDate hardEndDate; // invalid: none
    int version = 0;

    // The due date of a loan (or renewal) starting from `from`: never beyond the hard end date.
    QDate dueFrom(const QDate &from) const;
    QJsonObject toJson() const;
};
