#pragma once

#include "loans/LoanTerms.h"

#include <QList>
#include <QSqlDatabase>

class Actor;

// Every published version of the loan agreement, newest first, for the admin's history list. The terms
// are not personal data: anyone signed in may read them (they are printed for residents).
class LoanTermsHistory {
public:
    explicit LoanTermsHistory(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QList<LoanTerms> versions(const Actor &actor) const;

private:
    QSqlDatabase m_db;
};
