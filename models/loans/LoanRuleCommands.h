#pragma once

#include "LoanRule.h"
#include "commands/Command.h"

// Sets one cell of the loan rules matrix (admin). Setting a cell that exists changes that row, so the matrix
// never holds two rows for one cell written by this desk; setting it to what it already says is refused
// ("nothing was changed"), so a repeated op changes nothing.
class SetLoanRuleCommand final : public Command {
public:
    struct Details {
        QString borrowerCategory = QStringLiteral("standard");
        QString typeCode;   // empty: any device type
        QString branchCode; // empty: any branch
        int loanDays = 56;
        int maxRenewals = 2;
        int maxActiveLoans = 1;
        QDate hardEndDate; // invalid: none
    };
    explicit SetLoanRuleCommand(Details details);

    QString name() const override { return QStringLiteral("loan_rule.set"); }
    Permission permission() const override { return Permission::LoanRulesManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    // Open-ended loans with monthly check-ins are modelled as long loans: up to ten years.
    static constexpr int kMaxLoanDays = 3650;

private:
    Details m_details;
    LoanRule m_rule;
    bool m_exists = false;
    QString m_typeCode;   // as resolved: empty for any
    QString m_branchCode; // as resolved: empty for any
};

// Removes one cell (a tombstone). The standard "any type, any branch" rule is the fallback for everyone and
// cannot be removed.
class RemoveLoanRuleCommand final : public Command {
public:
    explicit RemoveLoanRuleCommand(QString ruleId);

    QString name() const override { return QStringLiteral("loan_rule.remove"); }
    Permission permission() const override { return Permission::LoanRulesManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_id;
};

// Publishes a new version of the loan agreement, in force from a date (today or later; loans already made
// keep the version their borrower accepted). The same text from the same date as the newest version is
// refused: it is published already.
class PublishLoanTermsCommand final : public Command {
public:
    PublishLoanTermsCommand(QString body, QDate effectiveFrom);

    QString name() const override { return QStringLiteral("loan_terms.publish"); }
    Permission permission() const override { return Permission::LoanRulesManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    int termsVersion() const { return m_version; }

private:
    QString m_body;
    QDate m_effectiveFrom;
    QString m_id;
    int m_version = 0;
};
