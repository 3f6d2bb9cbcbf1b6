#pragma once

#include "Reservation.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

struct CommandContext;
struct Device;

// The waiting list per device type and branch, first come first served (requested_at, then id).
// The invariant the commands keep: nobody waits while a device of their type stands available and
// un-offered at their branch. So every command that makes a device available calls offer(), and every
// command that takes an offered device away from its resident calls release().
class ReservationQueue {
public:
    explicit ReservationQueue(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<Reservation> byId(const QString &id) const;
    std::optional<Reservation> offeredFor(const QString &deviceId) const;
    // The resident's open (waiting or offered) reservation for this type at this branch.
    std::optional<Reservation> openFor(const QString &residentId, const QString &typeId,
                                       const QString &branchId) const;
    int waitingCount(const QString &typeId, const QString &branchId) const;
    // 1-based place in the queue of a waiting reservation, 0 if it is not waiting.
    int placeOf(const Reservation &reservation) const;

    // The device has just become available: offer it to the first waiting resident, if any. Returns a line
    // for the librarian ("keep it aside") or an empty string.
    QString offer(CommandContext &ctx, const Device &device) const;
    // The device is no longer kept for its resident (it left the shelf, or they took another): they wait
    // again in their old place and are offered another free device if there is one.
    QStringList release(CommandContext &ctx, const QString &deviceId) const;
    // Marks the reservation fulfilled; if it was holding a different device, that device is released.
    QStringList fulfil(CommandContext &ctx, const Reservation &reservation,
                       const QString &borrowedDeviceId) const;
    // Cancels; an offered device goes to the next in line.
    QStringList cancel(CommandContext &ctx, const Reservation &reservation) const;
    // Offers the first free, un-offered device of the reservation's type at its branch, if there is one.
    QString offerFreeDeviceTo(CommandContext &ctx, const Reservation &reservation,
                              const QString &exceptDeviceId = {}) const;

private:
    std::optional<Reservation> load(const QString &where, const QStringList &values) const;
    void setState(CommandContext &ctx, const Reservation &reservation, const QString &status,
                  const QString &deviceId) const;
    QSqlDatabase m_db;
};
