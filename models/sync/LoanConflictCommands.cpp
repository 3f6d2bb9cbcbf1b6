#include "LoanConflictCommands.h"

#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "core/IdSource.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LoanConflictCommands", text);
}
QString compact(const QJsonObject &o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
void setLoan(CommandContext &ctx, const QString &loanId, const QString &status, const QString &reason) {
    Sql(ctx.db, QStringLiteral("UPDATE loans SET status = :s, close_reason = :r, version = version + 1, "
                               "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":r"), reason)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), loanId)
        .exec();
}
} // namespace

RecordLoanConflictCommand::RecordLoanConflictCommand(QJsonObject checkoutPayload, QString reason)
    : m_checkout(std::move(checkoutPayload))
    , m_reason(std::move(reason)) {}

QString RecordLoanConflictCommand::conflictIdFor(const QString &loanId) {
    return IdSource::stableId(QStringLiteral("loan-conflict/") + loanId);
}

std::optional<QString> RecordLoanConflictCommand::check(CommandContext &ctx) {
    for (const char *key : {"id", "device_id", "resident_id", "branch_id", "checked_out_at", "due_on"}) {
        if (m_checkout.value(QLatin1String(key)).toString().isEmpty()) {
            return tr("The check-out cannot be recorded as a conflict: it has no %1.")
                .arg(QLatin1String(key));
        }
    }
    const QString loanId = m_checkout.value(QLatin1String("id")).toString();
    if (Sql(ctx.db, QStringLiteral("SELECT 1 FROM loans WHERE id = :id"))
            .bind(QStringLiteral(":id"), loanId)
            .scalar()
            .isValid()) {
        return tr("This loan is already recorded.");
    }
    for (const char *key : {"device_id", "resident_id", "branch_id"}) {
        const QString table = QLatin1String(key) == QLatin1String("device_id") ? QStringLiteral("devices")
                              : QLatin1String(key) == QLatin1String("resident_id")
                                  ? QStringLiteral("residents")
                                  : QStringLiteral("branches");
        if (!Sql(ctx.db, QStringLiteral("SELECT 1 FROM %1 WHERE id = :id").arg(table))
                 .bind(QStringLiteral(":id"), m_checkout.value(QLatin1String(key)).toString())
                 .scalar()
                 .isValid()) {
            return tr("The check-out names a record the server does not have (%1).").arg(QLatin1String(key));
        }
    }
    m_activeLoanId =
        Sql(ctx.db, QStringLiteral("SELECT id FROM loans WHERE device_id = :d AND status = 'active'"))
            .bind(QStringLiteral(":d"), m_checkout.value(QLatin1String("device_id")).toString())
            .scalar()
            .toString();
    return std::nullopt;
}

Command::Applied RecordLoanConflictCommand::apply(CommandContext &ctx) {
    const QString loanId = m_checkout.value(QLatin1String("id")).toString();
    QStringList kit;
    for (const QJsonValue &v : m_checkout.value(QLatin1String("kit_out")).toArray()) {
        kit.append(v.toString());
    }
    Sql(ctx.db,
        QStringLiteral(
            "INSERT INTO loans(id, device_id, resident_id, branch_id, status, checked_out_at, due_on, "
            "kit_out, terms_id, signed_name, override_reason, close_reason, updated_at, hlc) VALUES "
            "(:id, :device, :resident, :branch, 'closed', :out, :due, :kit, :terms, :signed, :override, "
            ":reason, :now, :hlc)"))
        .bind(QStringLiteral(":id"), loanId)
        .bind(QStringLiteral(":device"), m_checkout.value(QLatin1String("device_id")).toString())
        .bind(QStringLiteral(":resident"), m_checkout.value(QLatin1String("resident_id")).toString())
        .bind(QStringLiteral(":branch"), m_checkout.value(QLatin1String("branch_id")).toString())
        .bind(QStringLiteral(":out"), m_checkout.value(QLatin1String("checked_out_at")).toString())
        .bind(QStringLiteral(":due"), m_checkout.value(QLatin1String("due_on")).toString())
        .bind(QStringLiteral(":kit"), kit.join(QLatin1Char(',')))
        .bind(QStringLiteral(":terms"), nullIfEmpty(m_checkout.value(QLatin1String("terms_id")).toString()))
        .bind(QStringLiteral(":signed"), m_checkout.value(QLatin1String("signed_name")).toString())
        .bind(QStringLiteral(":override"), m_checkout.value(QLatin1String("override_reason")).toString())
        .bind(QStringLiteral(":reason"),
              tr("Not accepted by the council's record: %1 Awaiting a coordinator.").arg(m_reason))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    const QJsonObject local{
        {QStringLiteral("loan_id"), loanId},
        {QStringLiteral("device_tag"), m_checkout.value(QLatin1String("device_tag"))},
        {QStringLiteral("resident_card"), m_checkout.value(QLatin1String("resident_card"))},
        {QStringLiteral("checked_out_at"), m_checkout.value(QLatin1String("checked_out_at"))},
        {QStringLiteral("reason"), m_reason}};
    QJsonObject remote{{QStringLiteral("loan_id"), m_activeLoanId}};
    Sql active(ctx.db,
               QStringLiteral("SELECT r.card, l.checked_out_at FROM loans l JOIN residents r ON r.id = "
                              "l.resident_id WHERE l.id = :id"));
    active.bind(QStringLiteral(":id"), m_activeLoanId).exec();
    if (active.next()) {
        remote.insert(QStringLiteral("resident_card"), active.value(0).toString());
        remote.insert(QStringLiteral("checked_out_at"), active.value(1).toString());
    }
    Sql(ctx.db,
        QStringLiteral("INSERT INTO sync_conflicts(id, kind, entity, entity_id, local, remote, detected_at, "
                       "updated_at, hlc) VALUES (:id, 'loan.double', 'loans', :loan, :local, :remote, :now, "
                       ":now, :hlc)"))
        .bind(QStringLiteral(":id"), conflictIdFor(loanId))
        .bind(QStringLiteral(":loan"), loanId)
        .bind(QStringLiteral(":local"), compact(local))
        .bind(QStringLiteral(":remote"), compact(remote))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("sync_conflicts"),
            conflictIdFor(loanId),
            tr("Device %1 was lent at two desks; a coordinator will confirm who has it.")
                .arg(m_checkout.value(QLatin1String("device_tag")).toString()),
            {}};
}

QJsonObject RecordLoanConflictCommand::payload() const {
    return {{QStringLiteral("checkout"), m_checkout},
            {QStringLiteral("reason"), m_reason},
            {QStringLiteral("active_loan_id"), m_activeLoanId}};
}

QJsonObject RecordLoanConflictCommand::auditPayload() const {
    return {{QStringLiteral("loan_id"), m_checkout.value(QLatin1String("id"))},
            {QStringLiteral("device_id"), m_checkout.value(QLatin1String("device_id"))},
            {QStringLiteral("active_loan_id"), m_activeLoanId}};
}

std::unique_ptr<Command> RecordLoanConflictCommand::fromPayload(const QJsonObject &payload) {
    PayloadReader r(payload);
    return std::make_unique<RecordLoanConflictCommand>(r.object(QStringLiteral("checkout")),
                                                       r.text(QStringLiteral("reason")));
}

// ---- resolve ----

ResolveLoanConflictCommand::ResolveLoanConflictCommand(QString conflictId, Choice choice, QString reason)
    : m_conflictId(std::move(conflictId))
    , m_choice(choice)
    , m_reason(std::move(reason)) {}

std::optional<QString> ResolveLoanConflictCommand::check(CommandContext &ctx) {
    m_reason = m_reason.simplified();
    if (m_reason.isEmpty()) {
        return tr("Say why, for the record (for example “resident came in with the device”).");
    }
    if (m_reason.size() > kMaxReasonLength) {
        return tr("The reason is too long (at most %1 characters).").arg(kMaxReasonLength);
    }
    Sql q(ctx.db,
          QStringLiteral("SELECT entity_id, remote, resolved_at FROM sync_conflicts WHERE id = :id AND "
                         "kind = 'loan.double' AND deleted = 0"));
    q.bind(QStringLiteral(":id"), m_conflictId).exec();
    if (!q.next()) {
        return tr("There is no such loan conflict.");
    }
    if (!q.value(2).isNull()) {
        return tr("This conflict has already been resolved.");
    }
    m_closedLoanId = q.value(0).toString();
    const QJsonObject remote = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    m_activeLoanId = remote.value(QLatin1String("loan_id")).toString();
    if (m_choice == Choice::Swap) {
        const QString status = Sql(ctx.db, QStringLiteral("SELECT status FROM loans WHERE id = :id"))
                                   .bind(QStringLiteral(":id"), m_activeLoanId)
                                   .scalar()
                                   .toString();
        if (status != QLatin1String("active")) {
            return tr("The loan kept by the council's record is no longer active (it was %1 since), so it "
                      "cannot "
                      "be swapped. Check the device in and lend it again if needed.")
                .arg(status.isEmpty() ? tr("removed") : status);
        }
    }
    return std::nullopt;
}

Command::Applied ResolveLoanConflictCommand::apply(CommandContext &ctx) {
    QString resolution;
    if (m_choice == Choice::Swap) {
        setLoan(ctx, m_activeLoanId, QStringLiteral("closed"), tr("Per coordinator: %1").arg(m_reason));
        setLoan(ctx, m_closedLoanId, QStringLiteral("active"), QString());
        resolution = QStringLiteral("swap: ") + m_reason;
    } else {
        setLoan(ctx, m_closedLoanId, QStringLiteral("closed"), tr("Per coordinator: %1").arg(m_reason));
        resolution = QStringLiteral("keep: ") + m_reason;
    }
    Sql(ctx.db,
        QStringLiteral("UPDATE sync_conflicts SET resolved_at = :now, resolved_by = :by, resolution = :r, "
                       "version = version + 1, updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":r"), resolution)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_conflictId)
        .exec();
    return {QStringLiteral("sync_conflicts"),
            m_conflictId,
            m_choice == Choice::Swap ? tr("The other desk's loan is now the active one.")
                                     : tr("The council's record stands; the other loan stays closed."),
            {}};
}

QJsonObject ResolveLoanConflictCommand::payload() const {
    return {{QStringLiteral("conflict_id"), m_conflictId},
            {QStringLiteral("choice"),
             m_choice == Choice::Swap ? QStringLiteral("swap") : QStringLiteral("keep")},
            {QStringLiteral("reason"), m_reason}};
}

std::unique_ptr<Command> ResolveLoanConflictCommand::fromPayload(const QJsonObject &payload) {
    PayloadReader r(payload);
    const QString choice = r.text(QStringLiteral("choice"));
    if (choice != QLatin1String("keep") && choice != QLatin1String("swap")) {
        throw PayloadError(QStringLiteral("the field “choice” should be keep or swap"));
    }
    return std::make_unique<ResolveLoanConflictCommand>(
        r.text(QStringLiteral("conflict_id")), choice == QLatin1String("swap") ? Choice::Swap : Choice::Keep,
        r.text(QStringLiteral("reason")));
}
