#pragma once

#include "Reservation.h"
#include "commands/Command.h"

// Puts a resident on the waiting list for a device type at a branch. One open reservation per resident,
// type and branch. If a device of that type is free (and not kept for anyone) at that branch right now, it
// is offered at once, so nobody waits while a device stands on the shelf.
class ReserveCommand final : public Command {
public:
    ReserveCommand(QString residentCard, QString typeCode, QString branchCode);

    QString name() const override { return QStringLiteral("reservation.add"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    QString reservationId() const { return m_id; }

private:
    QString m_residentCard;
    QString m_typeCode;
    QString m_branchCode;
    QString m_id;
    QString m_residentId;
    QString m_typeId;
    QString m_branchId;
    QString m_resolvedBranchCode;
    QString m_offeredDeviceId;
};

// Takes a resident off the waiting list. A device kept for them goes to the next in line.
class CancelReservationCommand final : public Command {
public:
    CancelReservationCommand(QString reservationId, QString reason = {});

    QString name() const override { return QStringLiteral("reservation.cancel"); }
    Permission permission() const override { return Permission::LoanCirculate; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // without the free-text reason

private:
    QString m_id;
    QString m_reason;
    Reservation m_reservation;
};
