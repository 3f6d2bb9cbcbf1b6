#include "LoanCommands.h"

#include "LoanRepository.h"
#include "ReservationQueue.h"
#include "commands/CommandContext.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LoanCommands", text);
}

QDate todayOf(const CommandContext &ctx) {
    return QDate::fromString(ctx.today, Qt::ISODate);
}

// Kit items are stored comma-separated, so an item may not hold a comma.
std::optional<QString> cleanKit(const QStringList &items, QStringList *out) {
    out->clear();
    for (const QString &item : items) {
        const QString clean = item.simplified();
        if (clean.isEmpty()) {
            continue;
        }
        if (clean.contains(QLatin1Char(',')) || clean.size() > 60) {
            return QCoreApplication::translate(
                       "LoanCommands", "“%1” is not a kit item name (no commas, at most 60 characters).")
                .arg(clean);
        }
        out->append(clean);
    }
    return std::nullopt;
}
} // namespace

// ---- check-out ----

CheckOutCommand::CheckOutCommand(CheckOutRequest request)
    : m_request(std::move(request)) {}

std::optional<QString> CheckOutCommand::check(CommandContext &ctx) {
    m_assessment = CheckOutAssessment::assess(ctx.db, todayOf(ctx), m_request.residentCard,
                                              m_request.deviceTag, ctx.actor);
    if (std::optional<QString> refusal = m_assessment.refusal(ctx.actor, m_request.overrideReason)) {
        return refusal;
    }
    if (m_request.overrideReason.size() > kMaxOverrideReasonLength) {
        return tr("The override reason is too long (at most %1 characters).").arg(kMaxOverrideReasonLength);
    }
    if (std::optional<QString> problem =
            LoanAgreement::problem(m_request.agreement, m_request.signedName, m_request.declarationAccepted,
                                   *m_assessment.borrower())) {
        return problem;
    }
    if (std::optional<QString> problem = cleanKit(m_request.kitOut.value_or(m_assessment.kit()), &m_kitOut)) {
        return problem;
    }
    m_overrideReason =
        m_assessment.issues().hasWarnings() ? m_request.overrideReason.simplified() : QString();
    return std::nullopt;
}

Command::Applied CheckOutCommand::apply(CommandContext &ctx) {
    Device device = *m_assessment.device();
    const Borrower &borrower = *m_assessment.borrower();
    m_loanId = ctx.newId();
    m_checkedOutAt = ctx.nowIso;
    const bool typed = m_request.agreement == LoanAgreement::Method::Typed;
    Sql(ctx.db,
        QStringLiteral(
            "INSERT INTO loans(id, device_id, resident_id, branch_id, status, checked_out_at, due_on, "
            "kit_out, terms_id, signed_name, agreement, override_reason, checked_out_by, updated_at, "
            "hlc) VALUES (:id, :device, :resident, :branch, 'active', :now, :due, :kit, :terms, "
            ":signed, :agreement, :override, :by, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_loanId)
        .bind(QStringLiteral(":device"), device.id)
        .bind(QStringLiteral(":resident"), borrower.id)
        .bind(QStringLiteral(":branch"), device.branch.id)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":due"), m_assessment.dueOn().toString(Qt::ISODate))
        .bind(QStringLiteral(":kit"), m_kitOut.join(QLatin1Char(',')))
        .bind(QStringLiteral(":terms"), m_assessment.terms()->id)
        .bind(QStringLiteral(":signed"), typed ? m_request.signedName.simplified() : QString())
        .bind(QStringLiteral(":agreement"), LoanAgreement::methodKey(m_request.agreement))
        .bind(QStringLiteral(":override"), m_overrideReason)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    DeviceRepository::setStatus(ctx, device, DeviceStatus::OnLoan);

    QStringList notes;
    if (!m_overrideReason.isEmpty()) {
        notes.append(
            tr("Overridden (%1): %2")
                .arg(m_overrideReason,
                     m_assessment.issues().messages(LoanIssue::Severity::Warning).join(QLatin1Char(' '))));
    }
    notes += m_assessment.issues().messages(LoanIssue::Severity::Notice);
    if (const std::optional<Reservation> &reservation = m_assessment.reservation()) {
        m_reservationId = reservation->id;
        notes += ReservationQueue(ctx.db).fulfil(ctx, *reservation, device.id);
    }
    if (!device.simIccid.isEmpty()) {
        notes.append(tr("SIM %1 goes with it.").arg(device.simIccid));
    }
    return {QStringLiteral("loans"), m_loanId,
            tr("Lent %1 to card %2, due %3.")
                .arg(device.tag, borrower.card, m_assessment.dueOn().toString(Qt::ISODate)),
            notes};
}

QJsonObject CheckOutCommand::payload() const {
    QJsonObject o = auditPayload();
    o.insert(QStringLiteral("signed_name"), m_request.agreement == LoanAgreement::Method::Typed
                                                ? m_request.signedName.simplified()
                                                : QString());
    return o;
}

QJsonObject CheckOutCommand::auditPayload() const {
    const Device &device = *m_assessment.device();
    return {{QStringLiteral("id"), m_loanId},
            {QStringLiteral("device_id"), device.id},
            {QStringLiteral("device_tag"), device.tag},
            {QStringLiteral("sim_id"), device.simId},
            {QStringLiteral("resident_id"), m_assessment.borrower()->id},
            {QStringLiteral("resident_card"), m_assessment.borrower()->card},
            {QStringLiteral("branch_id"), device.branch.id},
            {QStringLiteral("checked_out_at"), m_checkedOutAt},
            {QStringLiteral("due_on"), m_assessment.dueOn().toString(Qt::ISODate)},
            {QStringLiteral("kit_out"), QJsonArray::fromStringList(m_kitOut)},
            {QStringLiteral("terms_id"), m_assessment.terms()->id},
            {QStringLiteral("terms_version"), m_assessment.terms()->termsVersion},
            {QStringLiteral("rule_id"), m_assessment.rule()->id},
            {QStringLiteral("agreement"), LoanAgreement::methodKey(m_request.agreement)},
            {QStringLiteral("declaration_accepted"), m_request.declarationAccepted},
            {QStringLiteral("override_reason"), m_overrideReason},
            {QStringLiteral("overridden"),
             QJsonArray::fromStringList(m_overrideReason.isEmpty()
                                            ? QStringList()
                                            : m_assessment.issues().codeKeys(LoanIssue::Severity::Warning))},
            {QStringLiteral("notices"),
             QJsonArray::fromStringList(m_assessment.issues().codeKeys(LoanIssue::Severity::Notice))},
            {QStringLiteral("reservation_id"), m_reservationId}};
}

// ---- check-in ----

CheckInCommand::CheckInCommand(CheckInRequest request)
    : m_request(std::move(request)) {}

DeviceStatus CheckInCommand::deviceStatusAfter() const {
    return m_request.condition == CheckInRequest::Condition::Damaged ? DeviceStatus::InRepair
                                                                     : DeviceStatus::AwaitingWipe;
}

std::optional<QString> CheckInCommand::check(CommandContext &ctx) {
    const DeviceScan scan = DeviceRepository(ctx.db).scan(m_request.deviceTag);
    if (!scan.found()) {
        return scan.message;
    }
    m_device = *scan.device;
    const LoanRepository loans(ctx.db);
    if (m_device.status != DeviceStatus::OnLoan) {
        const std::optional<Loan> last = loans.lastLoanForDevice(m_device.id);
        if (last && last->status == QLatin1String("returned") && last->returnedAt.isValid()) {
            return tr("%1 is not on loan: it was already checked in on %2 and is now %3. Was it scanned "
                      "twice?")
                .arg(m_device.tag,
                     last->returnedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     deviceStatusLabel(m_device.status));
        }
        return tr("%1 is not on loan (it is %2), so it cannot be checked in.")
            .arg(m_device.tag, deviceStatusLabel(m_device.status));
    }
    const std::optional<Loan> loan = loans.activeLoanForDevice(m_device.id);
    if (!loan) {
        return tr("%1 is marked as on loan but no loan is open for it. Ask a coordinator to check the "
                  "register.")
            .arg(m_device.tag);
    }
    if (!m_request.loanId.isEmpty() && loan->id != m_request.loanId) {
        return tr("%1 is on a different loan now: the loan this check-in was for has already ended.")
            .arg(m_device.tag);
    }
    m_loan = *loan;
    m_residentCard = Sql(ctx.db, QStringLiteral("SELECT card FROM residents WHERE id = :id"))
                         .bind(QStringLiteral(":id"), m_loan.residentId)
                         .scalar()
                         .toString();
    QStringList missing;
    if (std::optional<QString> problem = cleanKit(m_request.missingKit, &missing)) {
        return problem;
    }
    m_missing.clear();
    m_kitIn = m_loan.kitOut;
    for (const QString &item : missing) {
        const qsizetype at = [&] {
            for (qsizetype i = 0; i < m_kitIn.size(); ++i) {
                if (m_kitIn.at(i).compare(item, Qt::CaseInsensitive) == 0) {
                    return i;
                }
            }
            return qsizetype(-1);
        }();
        if (at < 0) {
            return tr("“%1” was not lent with %2 (it went out with: %3).")
                .arg(item, m_device.tag,
                     m_loan.kitOut.isEmpty() ? tr("no kit") : m_loan.kitOut.join(QStringLiteral(", ")));
        }
        m_missing.append(m_kitIn.takeAt(at));
    }
    if (m_request.note.simplified().size() > kMaxNoteLength) {
        return tr("The note is too long (at most %1 characters).").arg(kMaxNoteLength);
    }
    return std::nullopt;
}

Command::Applied CheckInCommand::apply(CommandContext &ctx) {
    const bool damaged = m_request.condition == CheckInRequest::Condition::Damaged;
    Sql q(ctx.db, QStringLiteral(
                      "UPDATE loans SET status = 'returned', returned_at = :now, condition_in = :condition, "
                      "kit_in = :kit, data_removed = :removed, checked_in_by = :by, version = version + 1, "
                      "updated_at = :now, hlc = :hlc WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":condition"), damaged ? QStringLiteral("damaged") : QStringLiteral("good"))
        .bind(QStringLiteral(":kit"), m_kitIn.join(QLatin1Char(',')))
        .bind(QStringLiteral(":removed"), int(m_request.dataRemoved))
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_loan.id)
        .bind(QStringLiteral(":version"), m_loan.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("The loan changed while saving; nothing was saved."));
    }
    m_loan.returnedAt = ctx.now;

    QStringList noteParts;
    if (damaged) {
        noteParts.append(m_request.note.simplified().isEmpty()
                             ? tr("returned damaged")
                             : tr("returned damaged: %1").arg(m_request.note.simplified()));
    } else if (!m_request.note.simplified().isEmpty()) {
        noteParts.append(m_request.note.simplified());
    }
    if (!m_missing.isEmpty()) {
        noteParts.append(tr("returned without %1").arg(m_missing.join(QStringLiteral(", "))));
    }
    DeviceRepository::setStatus(ctx, m_device, deviceStatusAfter(), noteParts.join(QStringLiteral("; ")));

    QStringList notes;
    if (!m_missing.isEmpty()) {
        notes.append(
            tr("Missing: %1. Noted on the loan and the device.").arg(m_missing.join(QStringLiteral(", "))));
    }
    notes.append(damaged
                     ? tr("%1 goes to repair; after the repair it needs a wipe before it can be lent.")
                           .arg(m_device.tag)
                     : tr("%1 is awaiting wipe: record the wipe before lending it again.").arg(m_device.tag));
    if (!m_request.dataRemoved) {
        notes.append(
            tr("The resident did not confirm removing their personal data; the wipe will remove it."));
    }
    return {QStringLiteral("loans"), m_loan.id,
            tr("Checked in %1 from card %2 (%3).")
                .arg(m_device.tag, m_residentCard, damaged ? tr("damaged") : tr("good condition")),
            notes};
}

QJsonObject CheckInCommand::payload() const {
    return {{QStringLiteral("loan_id"), m_loan.id},
            {QStringLiteral("device_id"), m_device.id},
            {QStringLiteral("device_tag"), m_device.tag},
            {QStringLiteral("returned_at"), m_loan.returnedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("condition"), m_request.condition == CheckInRequest::Condition::Damaged
                                              ? QStringLiteral("damaged")
                                              : QStringLiteral("good")},
            {QStringLiteral("kit_in"), QJsonArray::fromStringList(m_kitIn)},
            {QStringLiteral("missing"), QJsonArray::fromStringList(m_missing)},
            {QStringLiteral("data_removed"), m_request.dataRemoved},
            {QStringLiteral("device_status"), deviceStatusKey(deviceStatusAfter())},
            {QStringLiteral("note"), m_request.note.simplified()}};
}

QJsonObject CheckInCommand::auditPayload() const {
    QJsonObject o = payload();
    o.remove(QStringLiteral("note"));
    return o;
}

// ---- renew ----

RenewCommand::RenewCommand(RenewRequest request)
    : m_request(std::move(request)) {}

std::optional<QString> RenewCommand::check(CommandContext &ctx) {
    m_assessment = RenewAssessment::assess(ctx.db, todayOf(ctx), m_request.deviceTag);
    if (!m_request.loanId.isEmpty() && m_assessment.loan() && m_assessment.loan()->id != m_request.loanId) {
        return tr("%1 is on a different loan now: the loan this renewal was for has already ended.")
            .arg(m_assessment.device()->tag);
    }
    if (m_request.renewal && m_assessment.loan() && m_assessment.loan()->renewals + 1 != *m_request.renewal) {
        return tr("%1 has been renewed since: this was to be renewal %2, and the loan has had %3.")
            .arg(m_assessment.device()->tag)
            .arg(*m_request.renewal)
            .arg(m_assessment.loan()->renewals);
    }
    if (std::optional<QString> refusal = m_assessment.refusal(ctx.actor, m_request.overrideReason)) {
        return refusal;
    }
    if (m_request.overrideReason.size() > kMaxOverrideReasonLength) {
        return tr("The override reason is too long (at most %1 characters).").arg(kMaxOverrideReasonLength);
    }
    m_overrideReason =
        m_assessment.issues().hasWarnings() ? m_request.overrideReason.simplified() : QString();
    return std::nullopt;
}

Command::Applied RenewCommand::apply(CommandContext &ctx) {
    const Loan &loan = *m_assessment.loan();
    // A renewal's override reason is kept with the loan's, numbered, as well as in the audit.
    const QString reasonNote = m_overrideReason.isEmpty()
                                   ? QString()
                                   : tr("renewal %1: %2").arg(loan.renewals + 1).arg(m_overrideReason);
    Sql q(ctx.db,
          QStringLiteral("UPDATE loans SET due_on = :due, renewals = renewals + 1, override_reason = CASE "
                         "WHEN :note = '' THEN override_reason WHEN override_reason = '' THEN :note "
                         "ELSE override_reason || '; ' || :note END, version = version + 1, "
                         "updated_at = :now, hlc = :hlc WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":due"), m_assessment.newDueOn().toString(Qt::ISODate))
        .bind(QStringLiteral(":note"), reasonNote)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), loan.id)
        .bind(QStringLiteral(":version"), loan.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("The loan changed while saving; nothing was saved."));
    }
    QStringList notes;
    if (!m_overrideReason.isEmpty()) {
        notes.append(
            tr("Overridden (%1): %2")
                .arg(m_overrideReason,
                     m_assessment.issues().messages(LoanIssue::Severity::Warning).join(QLatin1Char(' '))));
    }
    const int left = m_assessment.rule()->maxRenewals - loan.renewals - 1;
    notes.append(left > 0 ? tr("%1 renewal(s) left.").arg(left) : tr("No renewals left."));
    return {QStringLiteral("loans"), loan.id,
            tr("Renewed %1, now due %2.")
                .arg(m_assessment.device()->tag, m_assessment.newDueOn().toString(Qt::ISODate)),
            notes};
}

QJsonObject RenewCommand::payload() const {
    const Loan &loan = *m_assessment.loan();
    return {{QStringLiteral("loan_id"), loan.id},
            {QStringLiteral("device_id"), loan.deviceId},
            {QStringLiteral("device_tag"), m_assessment.device()->tag},
            {QStringLiteral("previous_due_on"), loan.dueOn.toString(Qt::ISODate)},
            {QStringLiteral("due_on"), m_assessment.newDueOn().toString(Qt::ISODate)},
            {QStringLiteral("renewal"), loan.renewals + 1},
            {QStringLiteral("override_reason"), m_overrideReason},
            {QStringLiteral("overridden"),
             QJsonArray::fromStringList(m_overrideReason.isEmpty()
                                            ? QStringList()
                                            : m_assessment.issues().codeKeys(LoanIssue::Severity::Warning))}};
}
