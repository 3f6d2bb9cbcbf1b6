#include "LoanIssue.h"

#include <QCoreApplication>
#include <optional>

QString LoanIssue::codeKey(Code code) {
    switch (code) {
    case Code::NothingScanned:
        return QStringLiteral("nothing_scanned");
    case Code::DeviceNotFound:
        return QStringLiteral("device_not_found");
    case Code::CardScannedAsTag:
        return QStringLiteral("card_scanned_as_tag");
    case Code::TagScannedAsCard:
        return QStringLiteral("tag_scanned_as_card");
    case Code::DeviceRetired:
        return QStringLiteral("device_retired");
    case Code::DeviceLost:
        return QStringLiteral("device_lost");
    case Code::DeviceOnLoan:
        return QStringLiteral("device_on_loan");
    case Code::DeviceAwaitingWipe:
        return QStringLiteral("device_awaiting_wipe");
    case Code::DeviceInRepair:
        return QStringLiteral("device_in_repair");
    case Code::DeviceInTransit:
        return QStringLiteral("device_in_transit");
    case Code::KeptForAnother:
        return QStringLiteral("kept_for_another");
    case Code::ResidentNotFound:
        return QStringLiteral("resident_not_found");
    case Code::ResidentAnonymised:
        return QStringLiteral("resident_anonymised");
    case Code::NoLoanRule:
        return QStringLiteral("no_loan_rule");
    case Code::HardEndReached:
        return QStringLiteral("hard_end_reached");
    case Code::NoLoanTerms:
        return QStringLiteral("no_loan_terms");
    case Code::NotOnLoan:
        return QStringLiteral("not_on_loan");
    case Code::AtLoanLimit:
        return QStringLiteral("at_loan_limit");
    case Code::OverdueLoan:
        return QStringLiteral("overdue_loan");
    case Code::EligibilityNotRecorded:
        return QStringLiteral("eligibility_not_recorded");
    case Code::OtherBranch:
        return QStringLiteral("other_branch");
    case Code::MifiWithoutSim:
        return QStringLiteral("mifi_without_sim");
    case Code::RenewalLimitReached:
        return QStringLiteral("renewal_limit_reached");
    case Code::OthersWaiting:
        return QStringLiteral("others_waiting");
    case Code::RepeatBorrower:
        return QStringLiteral("repeat_borrower");
    case Code::FulfilsReservation:
        return QStringLiteral("fulfils_reservation");
    }
    return {};
}

QString LoanIssue::severityKey(Severity severity) {
    switch (severity) {
    case Severity::Block:
        return QStringLiteral("block");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Notice:
        return QStringLiteral("notice");
    }
    return {};
}

QJsonObject LoanIssue::toJson() const {
    return {{QStringLiteral("severity"), severityKey(severity)},
            {QStringLiteral("code"), codeKey(code)},
            {QStringLiteral("message"), message}};
}

void LoanIssues::add(LoanIssue::Severity severity, LoanIssue::Code code, const QString &message) {
    m_issues.append({severity, code, message});
}

QList<LoanIssue> LoanIssues::of(LoanIssue::Severity severity) const {
    QList<LoanIssue> out;
    for (const LoanIssue &i : m_issues) {
        if (i.severity == severity) {
            out.append(i);
        }
    }
    return out;
}

bool LoanIssues::has(LoanIssue::Code code) const {
    return std::any_of(m_issues.begin(), m_issues.end(),
                       [code](const LoanIssue &i) { return i.code == code; });
}

bool LoanIssues::isBlocked() const {
    return !of(LoanIssue::Severity::Block).isEmpty();
}

bool LoanIssues::hasWarnings() const {
    return !of(LoanIssue::Severity::Warning).isEmpty();
}

QStringList LoanIssues::codeKeys(LoanIssue::Severity severity) const {
    QStringList keys;
    for (const LoanIssue &i : of(severity)) {
        keys.append(LoanIssue::codeKey(i.code));
    }
    return keys;
}

QStringList LoanIssues::messages(LoanIssue::Severity severity) const {
    QStringList texts;
    for (const LoanIssue &i : of(severity)) {
        texts.append(i.message);
    }
    return texts;
}

std::optional<QString> LoanIssues::refusal(bool mayOverride, const QString &overrideReason) const {
    if (isBlocked()) {
        return messages(LoanIssue::Severity::Block).join(QLatin1Char(' '));
    }
    if (!hasWarnings()) {
        return std::nullopt;
    }
    const QString warnings = messages(LoanIssue::Severity::Warning).join(QLatin1Char(' '));
    if (!mayOverride) {
        return QCoreApplication::translate(
                   "LoanIssues", "%1 Only someone with the loan.override permission (a coordinator) can "
                                 "go ahead anyway, with a reason.")
            .arg(warnings);
    }
    if (overrideReason.simplified().isEmpty()) {
        return QCoreApplication::translate("LoanIssues",
                                           "%1 To go ahead anyway, give a reason for the override.")
            .arg(warnings);
    }
    return std::nullopt;
}
