#include "ReservationCommands.h"

#include "LoanRepository.h"
#include "ReservationQueue.h"
#include "commands/CommandContext.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ReservationCommands", text);
}
} // namespace

ReserveCommand::ReserveCommand(QString residentCard, QString typeCode, QString branchCode)
    : m_residentCard(std::move(residentCard))
    , m_typeCode(std::move(typeCode))
    , m_branchCode(std::move(branchCode)) {}

std::optional<QString> ReserveCommand::check(CommandContext &ctx) {
    const BorrowerScan scan = LoanRepository(ctx.db).scanCard(m_residentCard);
    if (!scan.found()) {
        return scan.message;
    }
    m_residentId = scan.borrower.id;
    m_residentCard = scan.borrower.card;
    const DeviceRepository devices(ctx.db);
    const std::optional<DeviceType> type = devices.typeByCode(m_typeCode);
    if (!type) {
        return tr("Unknown device type “%1”.").arg(m_typeCode.trimmed());
    }
    m_typeId = type->id;
    // Without a branch, the resident collects where the librarian works.
    QString branchCode = m_branchCode.trimmed();
    if (branchCode.isEmpty()) {
        if (const std::optional<Branch> own = devices.branchById(ctx.actor.branchId())) {
            branchCode = own->code;
        }
    }
    const std::optional<Branch> branch = devices.branchByCode(branchCode);
    if (!branch) {
        return branchCode.isEmpty() ? tr("Say which branch the resident will collect from.")
                                    : tr("Unknown branch “%1”.").arg(branchCode.trimmed());
    }
    m_branchId = branch->id;
    m_resolvedBranchCode = branch->code;
    m_typeCode = type->code;
    if (ReservationQueue(ctx.db).openFor(m_residentId, m_typeId, m_branchId)) {
        return tr("The resident with card %1 is already on the waiting list for a %2 at %3.")
            .arg(m_residentCard, type->name, branch->name);
    }
    return std::nullopt;
}

Command::Applied ReserveCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO reservations(id, resident_id, device_type_id, branch_id, requested_at, "
                       "status, updated_at, hlc) VALUES (:id, :resident, :type, :branch, :now, 'waiting', "
                       ":now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":resident"), m_residentId)
        .bind(QStringLiteral(":type"), m_typeId)
        .bind(QStringLiteral(":branch"), m_branchId)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    const ReservationQueue queue(ctx.db);
    const Reservation reservation = *queue.byId(m_id);
    QStringList notes;
    const QString offered = queue.offerFreeDeviceTo(ctx, reservation);
    if (!offered.isEmpty()) {
        m_offeredDeviceId = queue.byId(m_id)->offeredDeviceId;
        notes.append(offered);
    } else {
        notes.append(tr("Place on the waiting list: %1.").arg(queue.placeOf(reservation)));
    }
    return {QStringLiteral("reservations"), m_id, tr("Reserved a device for card %1.").arg(m_residentCard),
            notes};
}

QJsonObject ReserveCommand::payload() const {
    // The card, type and branch codes are the inputs a replay needs (the branch as resolved: a replay
    // must not depend on where the replaying actor works).
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("resident_id"), m_residentId},
            {QStringLiteral("resident_card"), m_residentCard},
            {QStringLiteral("device_type_id"), m_typeId},
            {QStringLiteral("type_code"), m_typeCode},
            {QStringLiteral("branch_id"), m_branchId},
            {QStringLiteral("branch_code"), m_resolvedBranchCode},
            {QStringLiteral("offered_device_id"), m_offeredDeviceId}};
}

CancelReservationCommand::CancelReservationCommand(QString reservationId, QString reason)
    : m_id(std::move(reservationId))
    , m_reason(reason.simplified()) {}

std::optional<QString> CancelReservationCommand::check(CommandContext &ctx) {
    const std::optional<Reservation> reservation = ReservationQueue(ctx.db).byId(m_id);
    if (!reservation) {
        return tr("That reservation is not in the store.");
    }
    if (reservation->status != QLatin1String("waiting") && reservation->status != QLatin1String("offered")) {
        return tr("That reservation is already %1.").arg(reservation->status);
    }
    if (m_reason.size() > 500) {
        return tr("The reason is too long (at most 500 characters).");
    }
    m_reservation = *reservation;
    return std::nullopt;
}

Command::Applied CancelReservationCommand::apply(CommandContext &ctx) {
    const QStringList notes = ReservationQueue(ctx.db).cancel(ctx, m_reservation);
    return {QStringLiteral("reservations"), m_id, tr("Cancelled the reservation."), notes};
}

QJsonObject CancelReservationCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("released_device_id"), m_reservation.offeredDeviceId},
            {QStringLiteral("reason"), m_reason}};
}

QJsonObject CancelReservationCommand::auditPayload() const {
    QJsonObject o = payload();
    o.remove(QStringLiteral("reason"));
    return o;
}
