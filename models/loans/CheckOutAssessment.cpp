#include "CheckOutAssessment.h"

#include "LoanRules.h"
#include "ReservationQueue.h"
#include "auth/Actor.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("CheckOutAssessment", text);
}

QString day(const QDate &d) {
    return d.toString(Qt::ISODate);
}

using Sev = LoanIssue::Severity;
using Code = LoanIssue::Code;
} // namespace

CheckOutAssessment CheckOutAssessment::assess(const QSqlDatabase &db, const QDate &today,
                                              const QString &residentCard, const QString &deviceTag,
                                              const Actor &actor) {
    CheckOutAssessment a;
    a.m_today = today;
    const BorrowerScan scan = LoanRepository(db).scanCard(residentCard);
    switch (scan.outcome) {
    case BorrowerScan::Outcome::Found:
        a.m_borrower = scan.borrower;
        break;
    case BorrowerScan::Outcome::Empty:
        a.m_issues.add(Sev::Block, Code::NothingScanned, scan.message);
        break;
    case BorrowerScan::Outcome::DeviceTag:
        a.m_issues.add(Sev::Block, Code::TagScannedAsCard, scan.message);
        break;
    case BorrowerScan::Outcome::Unknown:
        a.m_issues.add(Sev::Block, Code::ResidentNotFound, scan.message);
        break;
    case BorrowerScan::Outcome::Anonymised:
        a.m_issues.add(Sev::Block, Code::ResidentAnonymised, scan.message);
        break;
    }
    a.assessDevice(db, deviceTag);
    a.assessBorrowerAndRules(db, actor);
    return a;
}

void CheckOutAssessment::assessDevice(const QSqlDatabase &db, const QString &deviceTag) {
    const DeviceScan scan = DeviceRepository(db).scan(deviceTag);
    switch (scan.outcome) {
    case DeviceScan::Outcome::Found:
        break;
    case DeviceScan::Outcome::Empty:
        m_issues.add(Sev::Block, Code::NothingScanned, scan.message);
        return;
    case DeviceScan::Outcome::ResidentCard:
        m_issues.add(Sev::Block, Code::CardScannedAsTag, scan.message);
        return;
    case DeviceScan::Outcome::Unknown:
        m_issues.add(Sev::Block, Code::DeviceNotFound, scan.message);
        return;
    }
    m_device = scan.device;
    const Device &d = *m_device;
    switch (d.status) {
    case DeviceStatus::Available:
        break;
    case DeviceStatus::OnLoan: {
        const std::optional<Loan> loan = LoanRepository(db).activeLoanForDevice(d.id);
        if (loan && m_borrower && loan->residentId == m_borrower->id) {
            m_issues.add(Sev::Block, Code::DeviceOnLoan,
                         tr("%1 is already on loan to this resident (due %2) — was it scanned twice?")
                             .arg(d.tag, day(loan->dueOn)));
        } else if (loan) {
            m_issues.add(
                Sev::Block, Code::DeviceOnLoan,
                tr("%1 is on loan to someone else (due %2). If it is here at the desk, check it in first.")
                    .arg(d.tag, day(loan->dueOn)));
        } else {
            m_issues.add(Sev::Block, Code::DeviceOnLoan, tr("%1 is recorded as on loan.").arg(d.tag));
        }
        break;
    }
    case DeviceStatus::AwaitingWipe:
        m_issues.add(Sev::Block, Code::DeviceAwaitingWipe,
                     tr("%1 is awaiting wipe: it cannot be lent until its wipe is recorded.").arg(d.tag));
        break;
    case DeviceStatus::InRepair:
        m_issues.add(
            Sev::Block, Code::DeviceInRepair,
            tr("%1 is in repair. When it is back, record that (it will then need a wipe).").arg(d.tag));
        break;
    case DeviceStatus::InTransit:
        m_issues.add(Sev::Block, Code::DeviceInTransit,
                     tr("%1 is in transit between branches. Receive it at this branch first.").arg(d.tag));
        break;
    case DeviceStatus::Lost:
        m_issues.add(
            Sev::Block, Code::DeviceLost,
            tr("%1 is recorded as lost. If it has turned up, record it as found (it will then need a "
               "wipe).")
                .arg(d.tag));
        break;
    case DeviceStatus::Retired:
        m_issues.add(Sev::Block, Code::DeviceRetired, tr("%1 is retired and cannot be lent.").arg(d.tag));
        break;
    }
    if (d.status != DeviceStatus::Available) {
        return;
    }
    const ReservationQueue queue(db);
    if (std::optional<Reservation> held = queue.offeredFor(d.id)) {
        if (m_borrower && held->residentId == m_borrower->id) {
            m_reservation = held;
        } else {
            m_heldForOther = held;
            const QString card = Sql(db, QStringLiteral("SELECT card FROM residents WHERE id = :id"))
                                     .bind(QStringLiteral(":id"), held->residentId)
                                     .scalar()
                                     .toString();
            m_issues.add(
                Sev::Block, Code::KeptForAnother,
                tr("%1 is kept for the resident with card %2, first on the waiting list. Lend another "
                   "device, or cancel their reservation first.")
                    .arg(d.tag, card));
        }
    }
}

void CheckOutAssessment::assessBorrowerAndRules(const QSqlDatabase &db, const Actor &actor) {
    m_terms = LoanTerms::current(db, m_today);
    if (!m_terms) {
        m_issues.add(
            Sev::Block, Code::NoLoanTerms,
            tr("There are no loan terms in force, so nothing can be lent. An administrator must publish "
               "them."));
    }
    if (!m_borrower) {
        return;
    }
    const Borrower &b = *m_borrower;
    const LoanRepository loans(db);
    const int repeatLoans = loans.intSetting(QStringLiteral("repeat_borrower_loans"), 3);
    const int repeatMonths = loans.intSetting(QStringLiteral("repeat_borrower_months"), 12);
    m_history = loans.history(b.id, m_today, m_today.addMonths(-qMax(repeatMonths, 0)));

    if (m_history.overdue > 0) {
        m_issues.add(
            Sev::Warning, Code::OverdueLoan,
            m_history.overdue == 1
                ? tr("The resident has an overdue loan (due %1).").arg(day(m_history.oldestOverdueDue))
                : tr("The resident has %1 overdue loans (the oldest was due %2).")
                      .arg(m_history.overdue)
                      .arg(day(m_history.oldestOverdueDue)));
    }
    if (b.eligibilityCriterion.trimmed().isEmpty()) {
        m_issues.add(Sev::Warning, Code::EligibilityNotRecorded,
                     tr("The resident's eligibility is not recorded. Record the criterion they meet (and who "
                        "referred them) on their record."));
    }
    // "This would be their Nth loan in M months": the loan being made counts.
    if (repeatLoans > 0 && m_history.recent + 1 >= repeatLoans) {
        m_issues.add(
            Sev::Notice, Code::RepeatBorrower,
            tr("Repeat borrower: this is their loan number %1 in %2 months. They may have a lasting need: "
               "suggest a gifted device or a social tariff.")
                .arg(m_history.recent + 1)
                .arg(repeatMonths));
    }
    if (!m_device) {
        return;
    }
    const Device &d = *m_device;
    m_rule = LoanRules(db).resolve(b.category, d.type.id, d.branch.id);
    if (!m_rule) {
        m_issues.add(Sev::Block, Code::NoLoanRule,
                     tr("No loan rule covers a %1 for a “%2” borrower at %3. An administrator must add one.")
                         .arg(d.type.name, b.category, d.branch.name));
    } else {
        if (m_rule->hardEndDate.isValid() && m_rule->hardEndDate <= m_today) {
            m_issues.add(Sev::Block, Code::HardEndReached,
                         tr("Lending of %1 ended on %2 (the loan rule's last date).")
                             .arg(d.type.name, day(m_rule->hardEndDate)));
        } else {
            m_dueOn = m_rule->dueFrom(m_today);
        }
        if (m_history.active >= m_rule->maxActiveLoans) {
            m_issues.add(Sev::Warning, Code::AtLoanLimit,
                         tr("The resident already has %1 device(s) on loan; the limit is %2.")
                             .arg(m_history.active)
                             .arg(m_rule->maxActiveLoans));
        }
    }
    // A notice, not a warning: the register may simply lag behind where devices are, and refusing would stop
    // a librarian lending the device in their hand. The loan stays with the device's branch.
    if (!actor.branchId().isEmpty() && actor.branchId() != d.branch.id) {
        m_issues.add(
            Sev::Notice, Code::OtherBranch,
            tr("%1 is registered at %2, not your branch; it is lent under %2's rules. If it now lives "
               "here, transfer it.")
                .arg(d.tag, d.branch.name));
    }
    if (d.isMifi() && d.simId.isEmpty()) {
        m_issues.add(
            Sev::Warning, Code::MifiWithoutSim,
            tr("%1 is a MiFi hotspot with no SIM recorded in it, so it will not connect.").arg(d.tag));
    }
    if (!m_heldForOther && d.status == DeviceStatus::Available && !m_reservation) {
        m_reservation = ReservationQueue(db).openFor(b.id, d.type.id, d.branch.id);
    }
    if (m_reservation && !isBlocked()) {
        m_issues.add(Sev::Notice, Code::FulfilsReservation,
                     tr("This loan fulfils the resident's reservation for a %1.").arg(d.type.name));
    }
}

std::optional<QString> CheckOutAssessment::refusal(const Actor &actor, const QString &overrideReason) const {
    return m_issues.refusal(actor.can(Permission::LoanOverride), overrideReason);
}

QJsonObject CheckOutAssessment::toJson() const {
    QJsonArray issues;
    for (const LoanIssue &i : m_issues.all()) {
        issues.append(i.toJson());
    }
    QJsonObject o{{QStringLiteral("blocked"), isBlocked()},
                  {QStringLiteral("needs_override"), needsOverride()},
                  {QStringLiteral("issues"), issues},
                  {QStringLiteral("due"), m_dueOn.isValid() ? day(m_dueOn) : QString()},
                  {QStringLiteral("kit"), QJsonArray::fromStringList(kit())},
                  {QStringLiteral("replacement_cost_pence"), replacementCostPence()},
                  {QStringLiteral("active_loans"), m_history.active},
                  {QStringLiteral("overdue_loans"), m_history.overdue}};
    if (m_borrower) {
        o.insert(QStringLiteral("resident"), QJsonObject{{QStringLiteral("id"), m_borrower->id},
                                                         {QStringLiteral("card"), m_borrower->card},
                                                         {QStringLiteral("name"), m_borrower->displayName()},
                                                         {QStringLiteral("category"), m_borrower->category}});
    }
    if (m_device) {
        o.insert(QStringLiteral("device"), m_device->toJson());
    }
    if (m_terms) {
        o.insert(QStringLiteral("terms"), QJsonObject{{QStringLiteral("id"), m_terms->id},
                                                      {QStringLiteral("version"), m_terms->termsVersion},
                                                      {QStringLiteral("body"), m_terms->body}});
    }
    if (m_rule) {
        o.insert(QStringLiteral("rule"), m_rule->toJson());
    }
    return o;
}
