#include "RecordWipeCommand.h"

#include "LoanRepository.h"
#include "ReservationQueue.h"
#include "commands/CommandContext.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("RecordWipeCommand", text);
}

bool hasControlCharacters(const QString &s) {
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}
} // namespace

RecordWipeCommand::RecordWipeCommand(WipeRequest request)
    : m_request(std::move(request)) {}

std::optional<QString> RecordWipeCommand::check(CommandContext &ctx) {
    m_request.method = m_request.method.simplified();
    m_request.tool = m_request.tool.simplified();
    m_request.reportId = m_request.reportId.simplified();
    const DeviceScan scan = DeviceRepository(ctx.db).scan(m_request.deviceTag);
    if (!scan.found()) {
        return scan.message;
    }
    m_device = *scan.device;
    switch (m_device.status) {
    case DeviceStatus::AwaitingWipe:
        break;
    case DeviceStatus::Available:
        return tr("%1 is already wiped and available; there is nothing to record.").arg(m_device.tag);
    case DeviceStatus::OnLoan:
        return tr("%1 is on loan. Check it in first; then record its wipe.").arg(m_device.tag);
    case DeviceStatus::InRepair:
        return tr("%1 is in repair. Record its return from repair first; then record the wipe.")
            .arg(m_device.tag);
    default:
        return tr("%1 is %2, not awaiting wipe.").arg(m_device.tag, deviceStatusLabel(m_device.status));
    }
    if (m_request.method.isEmpty()) {
        return tr("Say how the device was wiped (for example: factory reset, MDM wipe, reimage).");
    }
    for (const QString *field : {&m_request.method, &m_request.tool, &m_request.reportId}) {
        if (field->size() > kMaxFieldLength || hasControlCharacters(*field)) {
            return tr("The method, tool and report id must each be plain text of at most %1 characters.")
                .arg(kMaxFieldLength);
        }
    }
    const QDateTime wipedAt = m_request.wipedAt.isValid() ? m_request.wipedAt.toUTC() : ctx.now;
    if (wipedAt > ctx.now.addSecs(60)) {
        return tr("The wipe time is in the future.");
    }
    const std::optional<Loan> last = LoanRepository(ctx.db).lastLoanForDevice(m_device.id);
    if (last && last->returnedAt.isValid()) {
        if (wipedAt < last->returnedAt) {
            return tr("That wipe was done before %1 came back (%2); wipe it again and record the new wipe.")
                .arg(m_device.tag,
                     last->returnedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        }
        m_loanId = last->id;
    }
    m_wipedAt = wipedAt.toString(Qt::ISODateWithMs);
    return std::nullopt;
}

Command::Applied RecordWipeCommand::apply(CommandContext &ctx) {
    m_wipeId = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO wipe_records(id, device_id, loan_id, method, tool, report_id, wiped_by, "
                    "wiped_at, updated_at, hlc) VALUES (:id, :device, :loan, :method, :tool, :report, :by, "
                    ":at, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_wipeId)
        .bind(QStringLiteral(":device"), m_device.id)
        .bind(QStringLiteral(":loan"), nullIfEmpty(m_loanId))
        .bind(QStringLiteral(":method"), m_request.method)
        .bind(QStringLiteral(":tool"), m_request.tool)
        .bind(QStringLiteral(":report"), m_request.reportId)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":at"), m_wipedAt)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    DeviceRepository::setStatus(ctx, m_device, DeviceStatus::Available);
    QStringList notes;
    const QString offered = ReservationQueue(ctx.db).offer(ctx, m_device);
    if (!offered.isEmpty()) {
        notes.append(offered);
    }
    return {QStringLiteral("wipe_records"), m_wipeId,
            tr("Recorded the wipe of %1 (%2); it is available to lend.").arg(m_device.tag, m_request.method),
            notes};
}

QJsonObject RecordWipeCommand::payload() const {
    return {{QStringLiteral("id"), m_wipeId},
            {QStringLiteral("device_id"), m_device.id},
            {QStringLiteral("device_tag"), m_device.tag},
            {QStringLiteral("loan_id"), m_loanId},
            {QStringLiteral("method"), m_request.method},
            {QStringLiteral("tool"), m_request.tool},
            {QStringLiteral("report_id"), m_request.reportId},
            {QStringLiteral("wiped_at"), m_wipedAt}};
}
