#include "LoanRuleCommands.h"

#include "LoanRules.h"
#include "commands/CommandContext.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LoanRuleCommands", text);
}
} // namespace

SetLoanRuleCommand::SetLoanRuleCommand(Details details)
    : m_details(std::move(details)) {}

std::optional<QString> SetLoanRuleCommand::check(CommandContext &ctx) {
    m_rule = LoanRule();
    m_typeCode.clear();
    m_branchCode.clear();
    m_rule.borrowerCategory = m_details.borrowerCategory.trimmed().toLower();
    static const QRegularExpression categoryRe(QStringLiteral("^[a-z][a-z_]{1,39}$"));
    if (!categoryRe.match(m_rule.borrowerCategory).hasMatch()) {
        return tr("A borrower category is a word in lower case, such as standard or care_leaver.");
    }
    const DeviceRepository devices(ctx.db);
    if (!m_details.typeCode.trimmed().isEmpty()) {
        const std::optional<DeviceType> type = devices.typeByCode(m_details.typeCode);
        if (!type) {
            return tr("Unknown device type “%1”.").arg(m_details.typeCode.trimmed());
        }
        m_rule.deviceTypeId = type->id;
        m_typeCode = type->code;
    }
    if (!m_details.branchCode.trimmed().isEmpty()) {
        const std::optional<Branch> branch = devices.branchByCode(m_details.branchCode);
        if (!branch) {
            return tr("Unknown branch “%1”.").arg(m_details.branchCode.trimmed());
        }
        m_rule.branchId = branch->id;
        m_branchCode = branch->code;
    }
    if (m_details.loanDays < 1 || m_details.loanDays > kMaxLoanDays) {
        return tr("The loan length must be between 1 and %1 days.").arg(kMaxLoanDays);
    }
    if (m_details.maxRenewals < 0 || m_details.maxRenewals > 99) {
        return tr("Renewals must be between 0 and 99.");
    }
    if (m_details.maxActiveLoans < 1 || m_details.maxActiveLoans > 20) {
        return tr("The number of devices a resident may have at once must be between 1 and 20.");
    }
    if (m_details.hardEndDate.isValid() &&
        m_details.hardEndDate < QDate::fromString(ctx.today, Qt::ISODate)) {
        return tr("The hard end date %1 has already passed.")
            .arg(m_details.hardEndDate.toString(Qt::ISODate));
    }
    m_rule.loanDays = m_details.loanDays;
    m_rule.maxRenewals = m_details.maxRenewals;
    m_rule.maxActiveLoans = m_details.maxActiveLoans;
    m_rule.hardEndDate = m_details.hardEndDate;
    const std::optional<LoanRule> existing =
        LoanRules(ctx.db).cell(m_rule.borrowerCategory, m_rule.deviceTypeId, m_rule.branchId);
    m_exists = existing.has_value();
    if (existing) {
        if (existing->loanDays == m_rule.loanDays && existing->maxRenewals == m_rule.maxRenewals &&
            existing->maxActiveLoans == m_rule.maxActiveLoans &&
            existing->hardEndDate == m_rule.hardEndDate) {
            return tr("Nothing was changed: the rule already says this.");
        }
        m_rule.id = existing->id;
        m_rule.version = existing->version;
    }
    return std::nullopt;
}

Command::Applied SetLoanRuleCommand::apply(CommandContext &ctx) {
    const QVariant hardEnd = m_rule.hardEndDate.isValid() ? QVariant(m_rule.hardEndDate.toString(Qt::ISODate))
                                                          : QVariant(QMetaType(QMetaType::QString));
    if (m_exists) {
        Sql q(ctx.db,
              QStringLiteral("UPDATE loan_rules SET loan_days = :days, max_renewals = :renewals, "
                             "max_active_loans = :active, hard_end_date = :end, version = version + 1, "
                             "updated_at = :now, hlc = :hlc WHERE id = :id AND version = :version"));
        q.bind(QStringLiteral(":days"), m_rule.loanDays)
            .bind(QStringLiteral(":renewals"), m_rule.maxRenewals)
            .bind(QStringLiteral(":active"), m_rule.maxActiveLoans)
            .bind(QStringLiteral(":end"), hardEnd)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), m_rule.id)
            .bind(QStringLiteral(":version"), m_rule.version)
            .exec();
        if (q.rowsAffected() != 1) {
            throw StoreError(tr("The loan rule changed while saving; nothing was saved."));
        }
        ++m_rule.version;
    } else {
        m_rule.id = ctx.newId();
        m_rule.version = 1;
        Sql(ctx.db, QStringLiteral(
                        "INSERT INTO loan_rules(id, borrower_category, device_type_id, branch_id, loan_days, "
                        "max_renewals, max_active_loans, hard_end_date, updated_at, hlc) VALUES (:id, "
                        ":category, :type, :branch, :days, :renewals, :active, :end, :now, :hlc)"))
            .bind(QStringLiteral(":id"), m_rule.id)
            .bind(QStringLiteral(":category"), m_rule.borrowerCategory)
            .bind(QStringLiteral(":type"), nullIfEmpty(m_rule.deviceTypeId))
            .bind(QStringLiteral(":branch"), nullIfEmpty(m_rule.branchId))
            .bind(QStringLiteral(":days"), m_rule.loanDays)
            .bind(QStringLiteral(":renewals"), m_rule.maxRenewals)
            .bind(QStringLiteral(":active"), m_rule.maxActiveLoans)
            .bind(QStringLiteral(":end"), hardEnd)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    return {QStringLiteral("loan_rules"),
            m_rule.id,
            tr("Loan rule for %1 borrowers: %2 days, %3 renewal(s), %4 device(s) at once%5.")
                .arg(m_rule.borrowerCategory)
                .arg(m_rule.loanDays)
                .arg(m_rule.maxRenewals)
                .arg(m_rule.maxActiveLoans)
                .arg(m_rule.hardEndDate.isValid()
                         ? tr(", ending %1").arg(m_rule.hardEndDate.toString(Qt::ISODate))
                         : QString()),
            {}};
}

QJsonObject SetLoanRuleCommand::payload() const {
    QJsonObject o = m_rule.toJson();
    o.insert(QStringLiteral("created"), !m_exists);
    o.insert(QStringLiteral("type_code"), m_typeCode); // the cell as codes: the inputs of a replay
    o.insert(QStringLiteral("branch_code"), m_branchCode);
    return o;
}

RemoveLoanRuleCommand::RemoveLoanRuleCommand(QString ruleId)
    : m_id(std::move(ruleId)) {}

std::optional<QString> RemoveLoanRuleCommand::check(CommandContext &ctx) {
    Sql q(ctx.db,
          QStringLiteral(
              "SELECT borrower_category, device_type_id IS NULL AND branch_id IS NULL FROM loan_rules "
              "WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), m_id).exec();
    if (!q.next()) {
        return tr("That loan rule is not in the store.");
    }
    if (q.value(0).toString() == QLatin1String(LoanRules::kStandardCategory) && q.value(1).toInt() == 1) {
        const int others =
            Sql(ctx.db, QStringLiteral("SELECT count(*) FROM loan_rules WHERE deleted = 0 AND id <> :id "
                                       "AND borrower_category = 'standard' AND device_type_id IS NULL "
                                       "AND branch_id IS NULL"))
                .bind(QStringLiteral(":id"), m_id)
                .scalar()
                .toInt();
        if (others == 0) {
            return tr(
                "The standard rule for any device at any branch is everyone's fallback; change it instead of "
                "removing it.");
        }
    }
    return std::nullopt;
}

Command::Applied RemoveLoanRuleCommand::apply(CommandContext &ctx) {
    Sql(ctx.db, QStringLiteral(
                    "UPDATE loan_rules SET deleted = 1, version = version + 1, updated_at = :now, hlc = :hlc "
                    "WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_id)
        .exec();
    return {QStringLiteral("loan_rules"), m_id, tr("Removed the loan rule."), {}};
}

QJsonObject RemoveLoanRuleCommand::payload() const {
    return {{QStringLiteral("id"), m_id}};
}

PublishLoanTermsCommand::PublishLoanTermsCommand(QString body, QDate effectiveFrom)
    : m_body(body.trimmed())
    , m_effectiveFrom(effectiveFrom) {}

std::optional<QString> PublishLoanTermsCommand::check(CommandContext &ctx) {
    if (m_body.size() < 20) {
        return tr("The terms are too short to be an agreement.");
    }
    if (m_body.size() > 20000) {
        return tr("The terms are too long (at most 20,000 characters).");
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (!m_effectiveFrom.isValid()) {
        m_effectiveFrom = today;
    }
    if (m_effectiveFrom < today) {
        return tr("New terms cannot start in the past: borrowers already accepted the terms in force then.");
    }
    Sql newest(ctx.db, QStringLiteral("SELECT terms_version, body, effective_from FROM loan_terms "
                                      "ORDER BY terms_version DESC LIMIT 1"));
    newest.exec();
    m_version = 1;
    if (newest.next()) {
        m_version = newest.value(0).toInt() + 1;
        if (newest.value(1).toString() == m_body &&
            newest.value(2).toString() == m_effectiveFrom.toString(Qt::ISODate)) {
            return tr("These terms are already published, as version %1.").arg(newest.value(0).toInt());
        }
    }
    return std::nullopt;
}

Command::Applied PublishLoanTermsCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO loan_terms(id, terms_version, body, effective_from, updated_at, hlc) "
                       "VALUES (:id, :v, :body, :from, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_version)
        .bind(QStringLiteral(":body"), m_body)
        .bind(QStringLiteral(":from"), m_effectiveFrom.toString(Qt::ISODate))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("loan_terms"),
            m_id,
            tr("Published loan terms version %1, in force from %2.")
                .arg(m_version)
                .arg(m_effectiveFrom.toString(Qt::ISODate)),
            {}};
}

QJsonObject PublishLoanTermsCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("terms_version"), m_version},
            {QStringLiteral("body"), m_body},
            {QStringLiteral("effective_from"), m_effectiveFrom.toString(Qt::ISODate)}};
}
