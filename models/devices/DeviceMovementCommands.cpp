#include "DeviceMovementCommands.h"

#include "DeviceRepository.h"
#include "commands/CommandContext.h"
#include "loans/LoanRepository.h"
#include "loans/ReservationQueue.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DeviceMovementCommands", text);
}

bool singleLine(const QString &s) {
    return std::none_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

void moveDevice(CommandContext &ctx, Device &device, DeviceStatus to, const Branch &branch,
                const QString &note) {
    QString notes = device.notes;
    if (!note.isEmpty()) {
        notes = notes.isEmpty() ? QString(ctx.today + QLatin1Char(' ') + note)
                                : QString(notes + QLatin1Char('\n') + ctx.today + QLatin1Char(' ') + note);
    }
    Sql q(ctx.db, QStringLiteral("UPDATE devices SET status = :to, branch_id = :branch, notes = :notes, "
                                 "version = version + 1, updated_at = :now, hlc = :hlc "
                                 "WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":to"), deviceStatusKey(to))
        .bind(QStringLiteral(":branch"), branch.id)
        .bind(QStringLiteral(":notes"), notes)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), device.id)
        .bind(QStringLiteral(":version"), device.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(QCoreApplication::translate("DeviceMovementCommands",
                                                     "Device %1 changed while saving; nothing was saved.")
                             .arg(device.tag));
    }
    ++device.version;
    device.status = to;
    device.branch = branch;
    device.notes = notes;
}
} // namespace

DeviceStepCommand::DeviceStepCommand(QString tag, QString note)
    : m_tag(std::move(tag))
    , m_note(note.simplified()) {}

std::optional<QString> DeviceStepCommand::load(CommandContext &ctx, const QList<DeviceStatus> &from,
                                               const QString &step) {
    if (m_note.size() > kMaxNoteLength || !singleLine(m_note)) {
        return tr("The note or reason is too long (at most %1 characters).").arg(kMaxNoteLength);
    }
    const DeviceScan scan = DeviceRepository(ctx.db).scan(m_tag);
    if (!scan.found()) {
        return scan.message;
    }
    m_device = *scan.device;
    if (from.contains(m_device.status)) {
        return std::nullopt;
    }
    if (m_device.status == DeviceStatus::OnLoan) {
        return tr("%1 is on loan, so it cannot be %2. Check it in first.").arg(m_device.tag, step);
    }
    return tr("%1 is %2, so it cannot be %3.").arg(m_device.tag, deviceStatusLabel(m_device.status), step);
}

QString DeviceStepCommand::noteOr(const QString &fallback) const {
    return m_note.isEmpty() ? fallback : QString(fallback + QStringLiteral(": ") + m_note);
}

QStringList DeviceStepCommand::offerIfAvailable(CommandContext &ctx) {
    const QString offered = ReservationQueue(ctx.db).offer(ctx, m_device);
    return offered.isEmpty() ? QStringList() : QStringList{offered};
}

QJsonObject DeviceStepCommand::payload() const {
    QJsonObject o{{QStringLiteral("device_id"), m_device.id},
                  {QStringLiteral("device_tag"), m_device.tag},
                  {QStringLiteral("status"), deviceStatusKey(m_device.status)},
                  {QStringLiteral("branch_id"), m_device.branch.id},
                  {QStringLiteral("note"), m_note}};
    for (auto it = m_extra.constBegin(); it != m_extra.constEnd(); ++it) {
        o.insert(it.key(), it.value());
    }
    return o;
}

QJsonObject DeviceStepCommand::auditPayload() const {
    QJsonObject o = payload();
    o.remove(QStringLiteral("note"));
    return o;
}

// ---- repair ----

SendToRepairCommand::SendToRepairCommand(QString tag, QString fault)
    : DeviceStepCommand(std::move(tag), std::move(fault)) {}

std::optional<QString> SendToRepairCommand::check(CommandContext &ctx) {
    return load(ctx, {DeviceStatus::Available, DeviceStatus::AwaitingWipe}, tr("sent to repair"));
}

Command::Applied SendToRepairCommand::apply(CommandContext &ctx) {
    const QStringList notes = ReservationQueue(ctx.db).release(ctx, m_device.id);
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::InRepair, noteOr(tr("sent to repair")));
    return {QStringLiteral("devices"), m_device.id, tr("%1 is in repair.").arg(m_device.tag), notes};
}

ReturnFromRepairCommand::ReturnFromRepairCommand(QString tag, QString note)
    : DeviceStepCommand(std::move(tag), std::move(note)) {}

std::optional<QString> ReturnFromRepairCommand::check(CommandContext &ctx) {
    return load(ctx, {DeviceStatus::InRepair}, tr("returned from repair"));
}

Command::Applied ReturnFromRepairCommand::apply(CommandContext &ctx) {
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::AwaitingWipe, noteOr(tr("back from repair")));
    return {
        QStringLiteral("devices"),
        m_device.id,
        tr("%1 is back from repair and awaiting wipe: record the wipe before lending it.").arg(m_device.tag),
        {}};
}

// ---- lost and found ----

MarkLostCommand::MarkLostCommand(QString tag, QString reason)
    : DeviceStepCommand(std::move(tag), std::move(reason)) {}

std::optional<QString> MarkLostCommand::check(CommandContext &ctx) {
    if (std::optional<QString> refusal =
            load(ctx,
                 {DeviceStatus::Available, DeviceStatus::OnLoan, DeviceStatus::AwaitingWipe,
                  DeviceStatus::InRepair, DeviceStatus::InTransit},
                 tr("marked lost"))) {
        return refusal;
    }
    m_loanId.clear();
    if (m_device.status == DeviceStatus::OnLoan) {
        if (const std::optional<Loan> loan = LoanRepository(ctx.db).activeLoanForDevice(m_device.id)) {
            m_loanId = loan->id;
        }
    }
    return std::nullopt;
}

Command::Applied MarkLostCommand::apply(CommandContext &ctx) {
    QStringList notes;
    if (!m_loanId.isEmpty()) {
        Sql(ctx.db,
            QStringLiteral("UPDATE loans SET status = 'lost', close_reason = :reason, version = version + 1, "
                           "updated_at = :now, hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":reason"), m_note.isEmpty() ? tr("lost") : m_note)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), m_loanId)
            .exec();
        notes.append(tr("The loan is closed as lost."));
    } else {
        notes += ReservationQueue(ctx.db).release(ctx, m_device.id);
    }
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::Lost, noteOr(tr("lost")));
    m_extra = {{QStringLiteral("loan_id"), m_loanId}};
    return {QStringLiteral("devices"), m_device.id, tr("%1 is recorded as lost.").arg(m_device.tag), notes};
}

MarkFoundCommand::MarkFoundCommand(QString tag, QString branchCode, QString note)
    : DeviceStepCommand(std::move(tag), std::move(note))
    , m_branchCode(std::move(branchCode)) {
    m_extra = {{QStringLiteral("found_at_branch_code"), m_branchCode.trimmed()}};
}

std::optional<QString> MarkFoundCommand::check(CommandContext &ctx) {
    if (std::optional<QString> refusal = load(ctx, {DeviceStatus::Lost}, tr("recorded as found"))) {
        return refusal;
    }
    if (m_branchCode.trimmed().isEmpty()) {
        m_branch = m_device.branch;
        return std::nullopt;
    }
    const std::optional<Branch> branch = DeviceRepository(ctx.db).branchByCode(m_branchCode);
    if (!branch) {
        return tr("Unknown branch “%1”.").arg(m_branchCode.trimmed());
    }
    m_branch = *branch;
    return std::nullopt;
}

Command::Applied MarkFoundCommand::apply(CommandContext &ctx) {
    moveDevice(ctx, m_device, DeviceStatus::AwaitingWipe, m_branch, noteOr(tr("found")));
    return {QStringLiteral("devices"),
            m_device.id,
            tr("%1 is found, at %2, and awaiting wipe.").arg(m_device.tag, m_branch.code),
            {}};
}

// ---- retire ----

RetireDeviceCommand::RetireDeviceCommand(QString tag, QString reason)
    : DeviceStepCommand(std::move(tag), std::move(reason)) {}

std::optional<QString> RetireDeviceCommand::check(CommandContext &ctx) {
    return load(
        ctx,
        {DeviceStatus::Available, DeviceStatus::AwaitingWipe, DeviceStatus::InRepair, DeviceStatus::Lost},
        tr("retired"));
}

Command::Applied RetireDeviceCommand::apply(CommandContext &ctx) {
    QStringList notes = ReservationQueue(ctx.db).release(ctx, m_device.id);
    const QString simId = m_device.simId;
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::Retired, noteOr(tr("retired")));
    if (!simId.isEmpty()) {
        Sql(ctx.db, QStringLiteral("UPDATE devices SET sim_id = NULL WHERE id = :id"))
            .bind(QStringLiteral(":id"), m_device.id)
            .exec();
        Sql(ctx.db,
            QStringLiteral("UPDATE sims SET status = 'in_stock', version = version + 1, updated_at = :now, "
                           "hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), simId)
            .exec();
        notes.append(tr("SIM %1 is back in stock.").arg(m_device.simIccid));
        m_extra = {{QStringLiteral("sim_id"), simId}};
    }
    return {QStringLiteral("devices"), m_device.id, tr("%1 is retired.").arg(m_device.tag), notes};
}

// ---- transfers ----

SendTransferCommand::SendTransferCommand(QString tag, QString toBranchCode, QString note)
    : DeviceStepCommand(std::move(tag), std::move(note))
    , m_toBranchCode(std::move(toBranchCode)) {}

std::optional<QString> SendTransferCommand::check(CommandContext &ctx) {
    if (std::optional<QString> refusal =
            load(ctx, {DeviceStatus::Available, DeviceStatus::AwaitingWipe}, tr("sent to another branch"))) {
        return refusal;
    }
    const std::optional<Branch> to = DeviceRepository(ctx.db).branchByCode(m_toBranchCode);
    if (!to) {
        return tr("Unknown branch “%1”.").arg(m_toBranchCode.trimmed());
    }
    if (to->id == m_device.branch.id) {
        return tr("%1 already belongs to %2.").arg(m_device.tag, to->name);
    }
    m_to = *to;
    return std::nullopt;
}

Command::Applied SendTransferCommand::apply(CommandContext &ctx) {
    m_transferId = ctx.newId();
    const DeviceStatus sentStatus = m_device.status;
    Sql(ctx.db,
        QStringLiteral(
            "INSERT INTO transfers(id, device_id, from_branch_id, to_branch_id, sent_at, sent_status, "
            "updated_at, hlc) VALUES (:id, :device, :from, :to, :now, :status, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_transferId)
        .bind(QStringLiteral(":device"), m_device.id)
        .bind(QStringLiteral(":from"), m_device.branch.id)
        .bind(QStringLiteral(":to"), m_to.id)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":status"), deviceStatusKey(sentStatus))
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    const QStringList notes = ReservationQueue(ctx.db).release(ctx, m_device.id);
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::InTransit,
                                noteOr(tr("sent to %1").arg(m_to.code)));
    m_extra = {{QStringLiteral("transfer_id"), m_transferId},
               {QStringLiteral("to_branch_id"), m_to.id},
               {QStringLiteral("to_branch_code"), m_to.code},
               {QStringLiteral("sent_status"), deviceStatusKey(sentStatus)}};
    return {QStringLiteral("transfers"), m_transferId,
            tr("%1 is on its way to %2.").arg(m_device.tag, m_to.name), notes};
}

ReceiveTransferCommand::ReceiveTransferCommand(QString tag, QString note)
    : DeviceStepCommand(std::move(tag), std::move(note)) {}

std::optional<QString> ReceiveTransferCommand::check(CommandContext &ctx) {
    if (std::optional<QString> refusal = load(ctx, {DeviceStatus::InTransit}, tr("received"))) {
        return refusal;
    }
    Sql q(ctx.db, QStringLiteral("SELECT id, to_branch_id, sent_status FROM transfers WHERE device_id = :d "
                                 "AND received_at IS NULL AND deleted = 0 ORDER BY sent_at DESC LIMIT 1"));
    q.bind(QStringLiteral(":d"), m_device.id).exec();
    if (!q.next()) {
        return tr("%1 is in transit but no transfer is open for it. Ask a coordinator to check the register.")
            .arg(m_device.tag);
    }
    m_transferId = q.value(0).toString();
    m_toBranchId = q.value(1).toString();
    m_arrivalStatus = deviceStatusFromKey(q.value(2).toString()).value_or(DeviceStatus::AwaitingWipe);
    return std::nullopt;
}

Command::Applied ReceiveTransferCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE transfers SET received_at = :now, version = version + 1, updated_at = :now, "
                       "hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_transferId)
        .exec();
    const std::optional<Branch> to = DeviceRepository(ctx.db).branchById(m_toBranchId);
    if (!to) {
        throw StoreError(tr("The transfer names a branch that is not in the store."));
    }
    moveDevice(ctx, m_device, m_arrivalStatus, *to, noteOr(tr("received at %1").arg(to->code)));
    m_extra = {{QStringLiteral("transfer_id"), m_transferId}};
    QStringList notes = offerIfAvailable(ctx);
    if (m_arrivalStatus == DeviceStatus::AwaitingWipe) {
        notes.append(tr("It still needs its wipe before it can be lent."));
    }
    return {
        QStringLiteral("transfers"), m_transferId,
        tr("%1 has arrived at %2 and is %3.").arg(m_device.tag, to->name, deviceStatusLabel(m_arrivalStatus)),
        notes};
}
