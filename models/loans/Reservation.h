#pragma once

#include <QDateTime>
#include <QString>

// A resident waiting for a device of one type at one branch. When a device of that type becomes
// available there, the first in line is offered it (status offered, offeredDeviceId set) and it is kept
// for them until they borrow it or the reservation is cancelled.
struct Reservation {
    QString id;
    QString residentId;
    QString deviceTypeId;
    QString branchId;
    QDateTime requestedAt;
    QString status; // waiting, offered, fulfilled, cancelled
    QString offeredDeviceId;
    QDateTime offeredAt;
    int version = 0;
};
