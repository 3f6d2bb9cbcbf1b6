#pragma once

#include "Borrower.h"
#include "Loan.h"
#include "LoanIssue.h"
#include "LoanRule.h"
#include "devices/Device.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

class Actor;

// Whether a loan may be renewed, and to when. The renewal runs from the later of today and the current
// due date, for the rule's loan length, never past its hard end date.
//  Blocks:   not on loan (or an unknown tag / a card); no rule; the hard end date leaves nothing to add.
//  Warnings: the rule's renewals are used up; someone is waiting for this type of device at this branch
//            (a renewal would keep them waiting longer) — both overridable with a reason.
class RenewAssessment {
public:
    static RenewAssessment assess(const QSqlDatabase &db, const QDate &today, const QString &deviceTag);

    const LoanIssues &issues() const { return m_issues; }
    bool isBlocked() const { return m_issues.isBlocked(); }
    std::optional<QString> refusal(const Actor &actor, const QString &overrideReason) const;

    const std::optional<Device> &device() const { return m_device; }
    const std::optional<Loan> &loan() const { return m_loan; }
    const std::optional<Borrower> &borrower() const { return m_borrower; }
    const std::optional<LoanRule> &rule() const { return m_rule; }
    QDate newDueOn() const { return m_newDueOn; }
    int waiting() const { return m_waiting; }

    QJsonObject toJson() const;

private:
    LoanIssues m_issues;
    std::optional<Device> m_device;
    std::optional<Loan> m_loan;
    std::optional<Borrower> m_borrower;
    std::optional<LoanRule> m_rule;
    QDate m_newDueOn;
    int m_waiting = 0;
};
