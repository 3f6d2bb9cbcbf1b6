#include "ReservationQueue.h"

#include "commands/CommandContext.h"
#include "devices/Device.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ReservationQueue", text);
}

QString cardOf(const QSqlDatabase &db, const QString &residentId) {
    return Sql(db, QStringLiteral("SELECT card FROM residents WHERE id = :id"))
        .bind(QStringLiteral(":id"), residentId)
        .scalar()
        .toString();
}
} // namespace

std::optional<Reservation> ReservationQueue::load(const QString &where, const QStringList &values) const {
    Sql q(m_db, QStringLiteral("SELECT id, resident_id, device_type_id, branch_id, requested_at, status, "
                               "coalesce(offered_device_id, ''), offered_at, version FROM reservations "
                               "WHERE deleted = 0 AND ") +
                    where);
    for (int i = 0; i < values.size(); ++i) {
        q.bind(QStringLiteral(":v%1").arg(i), values.at(i));
    }
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    Reservation r;
    r.id = q.value(0).toString();
    r.residentId = q.value(1).toString();
    r.deviceTypeId = q.value(2).toString();
    r.branchId = q.value(3).toString();
    r.requestedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.status = q.value(5).toString();
    r.offeredDeviceId = q.value(6).toString();
    r.offeredAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.version = q.value(8).toInt();
    return r;
}

std::optional<Reservation> ReservationQueue::byId(const QString &id) const {
    return load(QStringLiteral("id = :v0"), {id});
}

std::optional<Reservation> ReservationQueue::offeredFor(const QString &deviceId) const {
    return load(QStringLiteral("offered_device_id = :v0 AND status = 'offered' LIMIT 1"), {deviceId});
}

std::optional<Reservation> ReservationQueue::openFor(const QString &residentId, const QString &typeId,
                                                     const QString &branchId) const {
    return load(QStringLiteral("resident_id = :v0 AND device_type_id = :v1 AND branch_id = :v2 "
                               "AND status IN ('waiting', 'offered') ORDER BY requested_at LIMIT 1"),
                {residentId, typeId, branchId});
}

int ReservationQueue::waitingCount(const QString &typeId, const QString &branchId) const {
    return Sql(m_db, QStringLiteral(
                         "SELECT count(*) FROM reservations WHERE device_type_id = :t AND branch_id = :b "
                         "AND status = 'waiting' AND deleted = 0"))
        .bind(QStringLiteral(":t"), typeId)
        .bind(QStringLiteral(":b"), branchId)
        .scalar()
        .toInt();
}

int ReservationQueue::placeOf(const Reservation &reservation) const {
    if (reservation.status != QLatin1String("waiting")) {
        return 0;
    }
    return 1 + Sql(m_db, QStringLiteral(
                             "SELECT count(*) FROM reservations WHERE device_type_id = :t AND branch_id = :b "
                             "AND status = 'waiting' AND deleted = 0 AND (requested_at < :at "
                             "OR (requested_at = :at AND id < :id))"))
                   .bind(QStringLiteral(":t"), reservation.deviceTypeId)
                   .bind(QStringLiteral(":b"), reservation.branchId)
                   .bind(QStringLiteral(":at"), reservation.requestedAt.toString(Qt::ISODateWithMs))
                   .bind(QStringLiteral(":id"), reservation.id)
                   .scalar()
                   .toInt();
}

void ReservationQueue::setState(CommandContext &ctx, const Reservation &reservation, const QString &status,
                                const QString &deviceId) const {
    // offered_at: set when offered, kept when fulfilled (how long the device was kept), cleared otherwise.
    Sql q(ctx.db,
          QStringLiteral("UPDATE reservations SET status = :s, offered_device_id = :d, offered_at = CASE :s "
                         "WHEN 'offered' THEN :now WHEN 'fulfilled' THEN offered_at ELSE NULL END, "
                         "version = version + 1, updated_at = :now, hlc = :hlc "
                         "WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":s"), status)
        .bind(QStringLiteral(":d"), nullIfEmpty(deviceId))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), reservation.id)
        .bind(QStringLiteral(":version"), reservation.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("A reservation changed while saving; nothing was saved."));
    }
}

QString ReservationQueue::offer(CommandContext &ctx, const Device &device) const {
    if (device.status != DeviceStatus::Available || offeredFor(device.id)) {
        return {};
    }
    const std::optional<Reservation> first =
        load(QStringLiteral("device_type_id = :v0 AND branch_id = :v1 AND status = 'waiting' "
                            "ORDER BY requested_at, id LIMIT 1"),
             {device.type.id, device.branch.id});
    if (!first) {
        return {};
    }
    setState(ctx, *first, QStringLiteral("offered"), device.id);
    return tr("Keep %1 aside: it is offered to the resident with card %2, first on the waiting list.")
        .arg(device.tag, cardOf(ctx.db, first->residentId));
}

QString ReservationQueue::offerFreeDeviceTo(CommandContext &ctx, const Reservation &reservation,
                                            const QString &exceptDeviceId) const {
    const QString deviceId =
        Sql(ctx.db,
            QStringLiteral("SELECT d.id FROM devices d WHERE d.type_id = :t AND d.branch_id = :b "
                           "AND d.status = 'available' AND d.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
                           "reservations r WHERE r.offered_device_id = d.id AND r.status = 'offered') "
                           "AND d.id <> :except ORDER BY d.tag LIMIT 1"))
            .bind(QStringLiteral(":t"), reservation.deviceTypeId)
            .bind(QStringLiteral(":except"), exceptDeviceId)
            .bind(QStringLiteral(":b"), reservation.branchId)
            .scalar()
            .toString();
    if (deviceId.isEmpty()) {
        return {};
    }
    const std::optional<Device> device = DeviceRepository(ctx.db).byId(deviceId);
    if (!device) {
        return {};
    }
    const std::optional<Reservation> current = byId(reservation.id);
    if (!current) {
        return {};
    }
    setState(ctx, *current, QStringLiteral("offered"), device->id);
    return tr("Keep %1 aside: it is offered to the resident with card %2, who reserved one.")
        .arg(device->tag, cardOf(ctx.db, current->residentId));
}

QStringList ReservationQueue::release(CommandContext &ctx, const QString &deviceId) const {
    const std::optional<Reservation> held = offeredFor(deviceId);
    if (!held) {
        return {};
    }
    setState(ctx, *held, QStringLiteral("waiting"), QString());
    QStringList notes{
        tr("The resident with card %1 was waiting for this device; they keep their place on the "
           "waiting list.")
            .arg(cardOf(ctx.db, held->residentId))};
    const QString next = offerFreeDeviceTo(ctx, *held, deviceId);
    if (!next.isEmpty()) {
        notes.append(next);
    }
    return notes;
}

QStringList ReservationQueue::fulfil(CommandContext &ctx, const Reservation &reservation,
                                     const QString &borrowedDeviceId) const {
    const QString heldDevice =
        reservation.status == QLatin1String("offered") ? reservation.offeredDeviceId : QString();
    setState(ctx, reservation, QStringLiteral("fulfilled"), borrowedDeviceId);
    QStringList notes;
    if (!heldDevice.isEmpty() && heldDevice != borrowedDeviceId) {
        if (const std::optional<Device> other = DeviceRepository(ctx.db).byId(heldDevice)) {
            const QString next = offer(ctx, *other);
            notes.append(next.isEmpty()
                             ? tr("%1 was kept for this resident and is free again.").arg(other->tag)
                             : next);
        }
    }
    return notes;
}

QStringList ReservationQueue::cancel(CommandContext &ctx, const Reservation &reservation) const {
    const QString heldDevice =
        reservation.status == QLatin1String("offered") ? reservation.offeredDeviceId : QString();
    setState(ctx, reservation, QStringLiteral("cancelled"), QString());
    QStringList notes;
    if (!heldDevice.isEmpty()) {
        if (const std::optional<Device> device = DeviceRepository(ctx.db).byId(heldDevice)) {
            const QString next = offer(ctx, *device);
            notes.append(next.isEmpty() ? tr("%1 is free for anyone again.").arg(device->tag) : next);
        }
    }
    return notes;
}
