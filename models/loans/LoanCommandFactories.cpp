#include "LoanCommandFactories.h"

#include "DataOfferCommands.h"
#include "LoanCommands.h"
#include "LoanRuleCommands.h"
#include "RecordWipeCommand.h"
#include "ReservationCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

namespace {
template <typename T>
T oneOf(const PayloadReader &r, const QString &key, const QList<QPair<QString, T>> &values) {
    const QString text = r.text(key);
    for (const auto &[name, value] : values) {
        if (name == text) {
            return value;
        }
    }
    QStringList names;
    for (const auto &pair : values) {
        names.append(pair.first);
    }
    throw PayloadError(
        QStringLiteral("the field “%1” should be one of %2").arg(key, names.join(QStringLiteral(", "))));
}
} // namespace

void registerLoanCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("loan.checkout"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        CheckOutRequest request;
        request.residentCard = r.text(QStringLiteral("resident_card"));
        request.deviceTag = r.text(QStringLiteral("device_tag"));
        request.agreement = oneOf<LoanAgreement::Method>(
            r, QStringLiteral("agreement"),
            {{LoanAgreement::methodKey(LoanAgreement::Method::Typed), LoanAgreement::Method::Typed},
             {LoanAgreement::methodKey(LoanAgreement::Method::Paper), LoanAgreement::Method::Paper}});
        request.signedName = r.optionalText(QStringLiteral("signed_name"));
        request.declarationAccepted = r.flag(QStringLiteral("declaration_accepted"));
        request.overrideReason = r.optionalText(QStringLiteral("override_reason"));
        request.kitOut = r.list(QStringLiteral("kit_out"));
        return std::make_unique<CheckOutCommand>(request);
    });
    registry.add(QStringLiteral("loan.checkin"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        CheckInRequest request;
        request.deviceTag = r.text(QStringLiteral("device_tag"));
        request.condition = oneOf<CheckInRequest::Condition>(
            r, QStringLiteral("condition"),
            {{QStringLiteral("good"), CheckInRequest::Condition::Good},
             {QStringLiteral("damaged"), CheckInRequest::Condition::Damaged}});
        request.missingKit = r.list(QStringLiteral("missing"));
        request.dataRemoved = r.flag(QStringLiteral("data_removed"));
        request.note = r.optionalText(QStringLiteral("note"));
        request.loanId = r.text(QStringLiteral("loan_id"));
        return std::make_unique<CheckInCommand>(request);
    });
    registry.add(QStringLiteral("loan.renew"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        RenewRequest request;
        request.deviceTag = r.text(QStringLiteral("device_tag"));
        request.overrideReason = r.optionalText(QStringLiteral("override_reason"));
        request.loanId = r.text(QStringLiteral("loan_id"));
        request.renewal = r.integer(QStringLiteral("renewal"));
        return std::make_unique<RenewCommand>(request);
    });
    registry.add(QStringLiteral("wipe.record"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        WipeRequest request;
        request.deviceTag = r.text(QStringLiteral("device_tag"));
        request.method = r.text(QStringLiteral("method"));
        request.tool = r.optionalText(QStringLiteral("tool"));
        request.reportId = r.optionalText(QStringLiteral("report_id"));
        request.wipedAt = r.instant(QStringLiteral("wiped_at"));
        return std::make_unique<RecordWipeCommand>(request);
    });
    registry.add(QStringLiteral("reservation.add"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<ReserveCommand>(r.text(QStringLiteral("resident_card")),
                                                r.text(QStringLiteral("type_code")),
                                                r.text(QStringLiteral("branch_code")));
    });
    registry.add(QStringLiteral("reservation.cancel"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<CancelReservationCommand>(r.text(QStringLiteral("id")),
                                                          r.optionalText(QStringLiteral("reason")));
    });
    registry.add(QStringLiteral("sim.add"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        AddSimCommand::Details d;
        d.kind = r.text(QStringLiteral("kind"));
        d.code = r.text(QStringLiteral("code"));
        d.network = r.text(QStringLiteral("network"));
        d.gbPerMonth = r.integer(QStringLiteral("gb_per_month"));
        d.months = r.integer(QStringLiteral("months"));
        d.branchCode = r.optionalText(QStringLiteral("branch_code"));
        return std::make_unique<AddSimCommand>(d);
    });
    registry.add(QStringLiteral("data_offer.issue"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        IssueDataOfferCommand::Details d;
        d.residentCard = r.text(QStringLiteral("resident_card"));
        d.code = r.text(QStringLiteral("code"));
        d.activatedOn = r.optionalDate(QStringLiteral("activated_on"));
        return std::make_unique<IssueDataOfferCommand>(d);
    });
    registry.add(QStringLiteral("loan_rule.set"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        SetLoanRuleCommand::Details d;
        d.borrowerCategory = r.text(QStringLiteral("borrower_category"));
        d.typeCode = r.optionalText(QStringLiteral("type_code"));
        d.branchCode = r.optionalText(QStringLiteral("branch_code"));
        d.loanDays = r.integer(QStringLiteral("loan_days"));
        d.maxRenewals = r.integer(QStringLiteral("max_renewals"));
        d.maxActiveLoans = r.integer(QStringLiteral("max_active_loans"));
        d.hardEndDate = r.optionalDate(QStringLiteral("hard_end_date"));
        return std::make_unique<SetLoanRuleCommand>(d);
    });
    registry.add(QStringLiteral("loan_rule.remove"), [](const QJsonObject &p) {
        return std::make_unique<RemoveLoanRuleCommand>(PayloadReader(p).text(QStringLiteral("id")));
    });
    registry.add(QStringLiteral("loan_terms.publish"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        const QDate from = r.optionalDate(QStringLiteral("effective_from"));
        if (!from.isValid()) {
            throw PayloadError(QStringLiteral("the field “effective_from” should be a date (YYYY-MM-DD)"));
        }
        return std::make_unique<PublishLoanTermsCommand>(r.text(QStringLiteral("body")), from);
    });
}
