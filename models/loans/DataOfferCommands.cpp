#include "DataOfferCommands.h"

#include "LoanRepository.h"
#include "commands/CommandContext.h"
#include "devices/DeviceRepository.h"
#include "devices/ScanInput.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DataOfferCommands", text);
}
} // namespace

bool AddSimCommand::isValidIccid(const QString &iccid) {
    static const QRegularExpression re(QStringLiteral("^[0-9]{19,20}$"));
    if (!re.match(iccid).hasMatch()) {
        return false;
    }
    int sum = 0;
    bool twice = false;
    for (qsizetype i = iccid.size() - 1; i >= 0; --i) {
        int digit = iccid.at(i).digitValue();
        if (twice) {
            digit *= 2;
            if (digit > 9) {
                digit -= 9;
            }
        }
        sum += digit;
        twice = !twice;
    }
    return sum % 10 == 0;
}

AddSimCommand::AddSimCommand(Details details)
    : m_details(std::move(details)) {}

std::optional<QString> AddSimCommand::check(CommandContext &ctx) {
    m_details.kind = m_details.kind.trimmed().toLower();
    m_details.code = ScanInput::normalise(m_details.code);
    m_details.network = m_details.network.simplified();
    if (m_details.kind != QLatin1String("sim") && m_details.kind != QLatin1String("voucher")) {
        return tr("A data offer is a sim or a voucher.");
    }
    if (m_details.kind == QLatin1String("sim") && !isValidIccid(m_details.code)) {
        return tr("“%1” is not an ICCID: it should be the 19 or 20 digits printed on the SIM (starting 89).")
            .arg(m_details.code);
    }
    static const QRegularExpression voucherRe(QStringLiteral("^[A-Z0-9-]{4,40}$"));
    if (m_details.kind == QLatin1String("voucher") && !voucherRe.match(m_details.code).hasMatch()) {
        return tr("“%1” is not a voucher code (4 to 40 letters, digits or -).").arg(m_details.code);
    }
    if (m_details.network.isEmpty() || m_details.network.size() > 60) {
        return tr("Name the network (at most 60 characters).");
    }
    if (m_details.gbPerMonth < 1 || m_details.gbPerMonth > 1000) {
        return tr("GB per month must be between 1 and 1,000.");
    }
    if (m_details.months < 1 || m_details.months > 36) {
        return tr("The number of months must be between 1 and 36.");
    }
    m_branchId.clear();
    if (!m_details.branchCode.trimmed().isEmpty()) {
        const std::optional<Branch> branch = DeviceRepository(ctx.db).branchByCode(m_details.branchCode);
        if (!branch) {
            return tr("Unknown branch “%1”.").arg(m_details.branchCode.trimmed());
        }
        m_branchId = branch->id;
    }
    const bool exists =
        Sql(ctx.db, QStringLiteral("SELECT 1 FROM sims WHERE iccid = :c OR voucher_code = :c"))
            .bind(QStringLiteral(":c"), m_details.code)
            .scalar()
            .isValid();
    if (exists) {
        return tr("%1 is already recorded.").arg(m_details.code);
    }
    return std::nullopt;
}

Command::Applied AddSimCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    const bool sim = m_details.kind == QLatin1String("sim");
    Sql(ctx.db,
        QStringLiteral("INSERT INTO sims(id, kind, iccid, voucher_code, network, gb_per_month, months, "
                       "branch_id, updated_at, hlc) VALUES (:id, :kind, :iccid, :voucher, :network, :gb, "
                       ":months, :branch, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":kind"), m_details.kind)
        .bind(QStringLiteral(":iccid"),
              sim ? QVariant(m_details.code) : QVariant(QMetaType(QMetaType::QString)))
        .bind(QStringLiteral(":voucher"),
              sim ? QVariant(QMetaType(QMetaType::QString)) : QVariant(m_details.code))
        .bind(QStringLiteral(":network"), m_details.network)
        .bind(QStringLiteral(":gb"), m_details.gbPerMonth)
        .bind(QStringLiteral(":months"), m_details.months)
        .bind(QStringLiteral(":branch"), nullIfEmpty(m_branchId))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("sims"),
            m_id,
            tr("Added %1 %2 (%3, %4 GB a month for %5 months).")
                .arg(m_details.kind, m_details.code, m_details.network)
                .arg(m_details.gbPerMonth)
                .arg(m_details.months),
            {}};
}

QJsonObject AddSimCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("kind"), m_details.kind},
            {QStringLiteral("code"), m_details.code},
            {QStringLiteral("network"), m_details.network},
            {QStringLiteral("gb_per_month"), m_details.gbPerMonth},
            {QStringLiteral("months"), m_details.months},
            {QStringLiteral("branch_id"), m_branchId},
            {QStringLiteral("branch_code"), m_details.branchCode.trimmed()}};
}

IssueDataOfferCommand::IssueDataOfferCommand(Details details)
    : m_details(std::move(details)) {}

std::optional<QString> IssueDataOfferCommand::check(CommandContext &ctx) {
    const BorrowerScan scan = LoanRepository(ctx.db).scanCard(m_details.residentCard);
    if (!scan.found()) {
        return scan.message;
    }
    m_residentId = scan.borrower.id;
    m_residentCard = scan.borrower.card;
    const QString code = ScanInput::normalise(m_details.code);
    if (code.isEmpty()) {
        return tr("Scan or type the SIM's ICCID or the voucher code.");
    }
    Sql q(ctx.db, QStringLiteral("SELECT id, status, months, coalesce(branch_id, ''), network, gb_per_month "
                                 "FROM sims WHERE (iccid = :c OR voucher_code = :c) AND deleted = 0"));
    q.bind(QStringLiteral(":c"), code).exec();
    if (!q.next()) {
        return tr("No SIM or voucher %1 is recorded. Add it to the stock first.").arg(code);
    }
    if (q.value(1).toString() != QLatin1String("in_stock")) {
        return tr("%1 is not in stock (it is %2).")
            .arg(code, q.value(1).toString().replace(QLatin1Char('_'), QLatin1Char(' ')));
    }
    m_simId = q.value(0).toString();
    m_code = code;
    m_branchId = q.value(3).toString();
    m_network = q.value(4).toString();
    m_gbPerMonth = q.value(5).toInt();
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (m_details.activatedOn.isValid() && m_details.activatedOn > today) {
        return tr("The activation date is in the future.");
    }
    m_expiresOn =
        (m_details.activatedOn.isValid() ? m_details.activatedOn : today).addMonths(q.value(2).toInt());
    if (m_branchId.isEmpty()) {
        m_branchId = ctx.actor.branchId();
    }
    return std::nullopt;
}

Command::Applied IssueDataOfferCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO data_offers(id, sim_id, resident_id, branch_id, issued_on, activated_on, "
                    "expires_on, issued_by, updated_at, hlc) VALUES (:id, :sim, :resident, :branch, :today, "
                    ":activated, :expires, :by, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":sim"), m_simId)
        .bind(QStringLiteral(":resident"), m_residentId)
        .bind(QStringLiteral(":branch"), nullIfEmpty(m_branchId))
        .bind(QStringLiteral(":today"), ctx.today)
        .bind(QStringLiteral(":activated"), m_details.activatedOn.isValid()
                                                ? QVariant(m_details.activatedOn.toString(Qt::ISODate))
                                                : QVariant(QMetaType(QMetaType::QString)))
        .bind(QStringLiteral(":expires"), m_expiresOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    Sql(ctx.db, QStringLiteral(
                    "UPDATE sims SET status = 'issued', version = version + 1, updated_at = :now, hlc = :hlc "
                    "WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_simId)
        .exec();
    return {QStringLiteral("data_offers"),
            m_id,
            tr("Issued %1 (%2 GB a month) to card %3; it ends on %4.")
                .arg(m_network)
                .arg(m_gbPerMonth)
                .arg(ScanInput::normalise(m_details.residentCard), m_expiresOn.toString(Qt::ISODate)),
            {}};
}

QJsonObject IssueDataOfferCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("sim_id"), m_simId},
            {QStringLiteral("code"), m_code},
            {QStringLiteral("resident_id"), m_residentId},
            {QStringLiteral("resident_card"), m_residentCard},
            {QStringLiteral("branch_id"), m_branchId},
            {QStringLiteral("activated_on"),
             m_details.activatedOn.isValid() ? m_details.activatedOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("expires_on"), m_expiresOn.toString(Qt::ISODate)}};
}
