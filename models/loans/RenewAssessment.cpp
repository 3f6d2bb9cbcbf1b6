#include "RenewAssessment.h"

#include "LoanRepository.h"
#include "LoanRules.h"
#include "ReservationQueue.h"
#include "auth/Actor.h"
#include "devices/DeviceRepository.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("RenewAssessment", text);
}
using Sev = LoanIssue::Severity;
using Code = LoanIssue::Code;
} // namespace

RenewAssessment RenewAssessment::assess(const QSqlDatabase &db, const QDate &today,
                                        const QString &deviceTag) {
    RenewAssessment a;
    const DeviceScan scan = DeviceRepository(db).scan(deviceTag);
    if (!scan.found()) {
        a.m_issues.add(Sev::Block,
                       scan.outcome == DeviceScan::Outcome::ResidentCard ? Code::CardScannedAsTag
                       : scan.outcome == DeviceScan::Outcome::Empty      ? Code::NothingScanned
                                                                         : Code::DeviceNotFound,
                       scan.message);
        return a;
    }
    a.m_device = scan.device;
    const LoanRepository loans(db);
    a.m_loan =
        a.m_device->status == DeviceStatus::OnLoan ? loans.activeLoanForDevice(a.m_device->id) : std::nullopt;
    if (!a.m_loan) {
        a.m_issues.add(Sev::Block, Code::NotOnLoan,
                       tr("%1 is not on loan (it is %2), so there is nothing to renew.")
                           .arg(a.m_device->tag, deviceStatusLabel(a.m_device->status)));
        return a;
    }
    a.m_borrower = loans.borrowerById(a.m_loan->residentId);
    const QString category =
        a.m_borrower ? a.m_borrower->category : QString::fromLatin1(LoanRules::kStandardCategory);
    a.m_rule = LoanRules(db).resolve(category, a.m_device->type.id, a.m_loan->branchId);
    if (!a.m_rule) {
        a.m_issues.add(Sev::Block, Code::NoLoanRule,
                       tr("No loan rule covers this loan any more. An administrator must add one."));
        return a;
    }
    const QDate from = qMax(today, a.m_loan->dueOn);
    a.m_newDueOn = a.m_rule->dueFrom(from);
    if (a.m_newDueOn <= a.m_loan->dueOn) {
        a.m_issues.add(
            Sev::Block, Code::HardEndReached,
            tr("%1 cannot be renewed: loans of this kind end on %2 (the loan rule's last date). It stays "
               "due on %3.")
                .arg(a.m_device->tag, a.m_rule->hardEndDate.toString(Qt::ISODate),
                     a.m_loan->dueOn.toString(Qt::ISODate)));
        a.m_newDueOn = QDate();
        return a;
    }
    if (a.m_loan->renewals >= a.m_rule->maxRenewals) {
        a.m_issues.add(Sev::Warning, Code::RenewalLimitReached,
                       tr("This loan has been renewed %1 time(s); the rule allows %2.")
                           .arg(a.m_loan->renewals)
                           .arg(a.m_rule->maxRenewals));
    }
    a.m_waiting = ReservationQueue(db).waitingCount(a.m_device->type.id, a.m_loan->branchId);
    if (a.m_waiting > 0) {
        a.m_issues.add(Sev::Warning, Code::OthersWaiting,
                       tr("%1 resident(s) are waiting for a %2 at this branch.")
                           .arg(a.m_waiting)
                           .arg(a.m_device->type.name));
    }
    return a;
}

std::optional<QString> RenewAssessment::refusal(const Actor &actor, const QString &overrideReason) const {
    return m_issues.refusal(actor.can(Permission::LoanOverride), overrideReason);
}

QJsonObject RenewAssessment::toJson() const {
    QJsonArray issues;
    for (const LoanIssue &i : m_issues.all()) {
        issues.append(i.toJson());
    }
    return {{QStringLiteral("blocked"), isBlocked()},
            {QStringLiteral("issues"), issues},
            {QStringLiteral("device"), m_device ? m_device->tag : QString()},
            {QStringLiteral("due"), m_loan ? m_loan->dueOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("new_due"), m_newDueOn.isValid() ? m_newDueOn.toString(Qt::ISODate) : QString()},
            {QStringLiteral("renewals"), m_loan ? m_loan->renewals : 0},
            {QStringLiteral("max_renewals"), m_rule ? m_rule->maxRenewals : 0}};
}
