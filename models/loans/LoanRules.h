#pragma once

#include "LoanRule.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

// Resolves the loan rules matrix for one loan. A row applies when its category is the resident's and its
// device type and branch are the loan's or "any". Among those the most specific wins: type and branch,
// then type only, then branch only, then neither. A resident whose category has no applicable row is
// lent under the "standard" rows, so adding a category never stops lending. Ties (two desks writing the
// same cell while offline) go to the later change (HLC order).
class LoanRules {
public:
    explicit LoanRules(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<LoanRule> resolve(const QString &borrowerCategory, const QString &deviceTypeId,
                                    const QString &branchId) const;
    // The row stored for exactly this cell (for editing), if any.
    std::optional<LoanRule> cell(const QString &borrowerCategory, const QString &deviceTypeId,
                                 const QString &branchId) const;
    QList<LoanRule> all() const;

    static constexpr const char *kStandardCategory = "standard";

private:
    QSqlDatabase m_db;
};
