#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <optional>

// One version of the loan agreement. A loan records which version the resident accepted; publishing new
// terms never changes what earlier borrowers agreed to.
struct LoanTerms {
    QString id;
    int termsVersion = 0;
    QString body;
    QDate effectiveFrom;

    // The newest version in force on `day`.
    static std::optional<LoanTerms> current(const QSqlDatabase &db, const QDate &day);
    static std::optional<LoanTerms> byId(const QSqlDatabase &db, const QString &id);
};
