#include "LoanRules.h"

#include "store/Sql.h"

namespace {
const QString kColumns =
    QStringLiteral("id, borrower_category, device_type_id, branch_id, loan_days, max_renewals, "
                   "max_active_loans, hard_end_date, version FROM loan_rules");

LoanRule ruleFrom(Sql &q) {
    LoanRule r;
    r.id = q.value(0).toString();
    r.borrowerCategory = q.value(1).toString();
    r.deviceTypeId = q.value(2).toString();
    r.branchId = q.value(3).toString();
    r.loanDays = q.value(4).toInt();
    r.maxRenewals = q.value(5).toInt();
    r.maxActiveLoans = q.value(6).toInt();
    r.hardEndDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    r.version = q.value(8).toInt();
    return r;
}
} // namespace

QDate LoanRule::dueFrom(const QDate &from) const {
    const QDate due = from.addDays(loanDays);
    return hardEndDate.isValid() && hardEndDate < due ? hardEndDate : due;
}

QJsonObject LoanRule::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("borrower_category"), borrowerCategory},
            {QStringLiteral("device_type_id"), deviceTypeId},
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("loan_days"), loanDays},
            {QStringLiteral("max_renewals"), maxRenewals},
            {QStringLiteral("max_active_loans"), maxActiveLoans},
            {QStringLiteral("hard_end_date"),
             hardEndDate.isValid() ? hardEndDate.toString(Qt::ISODate) : QString()}};
}

std::optional<LoanRule> LoanRules::resolve(const QString &borrowerCategory, const QString &deviceTypeId,
                                           const QString &branchId) const {
    // One small query: the matrix has tens of rows, and ranking in SQL keeps the rule in one place.
    Sql q(m_db, QStringLiteral("SELECT ") + kColumns +
                    QStringLiteral(
                        " WHERE deleted = 0 AND borrower_category IN (:category, :standard) "
                        "AND (device_type_id IS NULL OR device_type_id = :type) "
                        "AND (branch_id IS NULL OR branch_id = :branch) "
                        "ORDER BY (borrower_category = :category) DESC, (device_type_id IS NOT NULL) DESC, "
                        "(branch_id IS NOT NULL) DESC, hlc DESC, id LIMIT 1"));
    q.bind(QStringLiteral(":category"), borrowerCategory)
        .bind(QStringLiteral(":standard"), QString::fromLatin1(kStandardCategory))
        .bind(QStringLiteral(":type"), deviceTypeId)
        .bind(QStringLiteral(":branch"), branchId)
        .exec();
    return q.next() ? std::optional<LoanRule>(ruleFrom(q)) : std::nullopt;
}

std::optional<LoanRule> LoanRules::cell(const QString &borrowerCategory, const QString &deviceTypeId,
                                        const QString &branchId) const {
    Sql q(m_db,
          QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" WHERE deleted = 0 AND borrower_category = :category "
                             "AND coalesce(device_type_id, '') = :type AND coalesce(branch_id, '') = :branch "
                             "ORDER BY hlc DESC, id LIMIT 1"));
    q.bind(QStringLiteral(":category"), borrowerCategory)
        .bind(QStringLiteral(":type"), deviceTypeId)
        .bind(QStringLiteral(":branch"), branchId)
        .exec();
    return q.next() ? std::optional<LoanRule>(ruleFrom(q)) : std::nullopt;
}

QList<LoanRule> LoanRules::all() const {
    Sql q(m_db,
          QStringLiteral("SELECT ") + kColumns +
              QStringLiteral(" WHERE deleted = 0 ORDER BY borrower_category, device_type_id IS NOT NULL, "
                             "device_type_id, branch_id IS NOT NULL, branch_id"));
    q.exec();
    QList<LoanRule> rules;
    while (q.next()) {
        rules.append(ruleFrom(q));
    }
    return rules;
}
