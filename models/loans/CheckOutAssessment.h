#pragma once

#include "Borrower.h"
#include "LoanIssue.h"
#include "LoanRepository.h"
#include "LoanRule.h"
#include "LoanTerms.h"
#include "Reservation.h"
#include "devices/Device.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

class Actor;

// Everything a desk shows between scanning a card and a tag and committing the loan: the blocks, the
// warnings (overridable with a reason by someone with loan.override), the notices, the due date, the kit,
// the replacement cost and the terms to accept. CheckOutCommand runs the very same assessment inside its
// transaction, so the rules live in one place and what the desk showed is what the command enforces.
class CheckOutAssessment {
public:
    // residentCard and deviceTag as typed or scanned; either may be empty (then that side is a block, and
    // the other side is still assessed, so a desk can show a resident's warnings before the tag is scanned).
    static CheckOutAssessment assess(const QSqlDatabase &db, const QDate &today, const QString &residentCard,
                                     const QString &deviceTag, const Actor &actor);

    const LoanIssues &issues() const { return m_issues; }
    bool isBlocked() const { return m_issues.isBlocked(); }
    bool needsOverride() const { return !isBlocked() && m_issues.hasWarnings(); }
    // Why this person may not commit the loan with this override reason, or nothing when they may.
    std::optional<QString> refusal(const Actor &actor, const QString &overrideReason) const;

    const std::optional<Borrower> &borrower() const { return m_borrower; }
    const std::optional<Device> &device() const { return m_device; }
    const std::optional<LoanRule> &rule() const { return m_rule; }
    const std::optional<LoanTerms> &terms() const { return m_terms; }
    QDate today() const { return m_today; }
    QDate dueOn() const { return m_dueOn; } // invalid when there is no rule
    QStringList kit() const { return m_device ? m_device->type.kitContents : QStringList(); }
    int replacementCostPence() const { return m_device ? m_device->type.replacementCostPence : 0; }
    const LoanRepository::History &history() const { return m_history; }
    // The borrower's reservation this loan fulfils (offered this device, or waiting for this type here).
    const std::optional<Reservation> &reservation() const { return m_reservation; }

    QJsonObject toJson() const;

private:
    void assessDevice(const QSqlDatabase &db, const QString &deviceTag);
    void assessBorrowerAndRules(const QSqlDatabase &db, const Actor &actor);

    QDate m_today;
    LoanIssues m_issues;
    std::optional<Borrower> m_borrower;
    std::optional<Device> m_device;
    std::optional<LoanRule> m_rule;
    std::optional<LoanTerms> m_terms;
    std::optional<Reservation> m_reservation;
    std::optional<Reservation> m_heldForOther;
    QDate m_dueOn;
    LoanRepository::History m_history;
};
