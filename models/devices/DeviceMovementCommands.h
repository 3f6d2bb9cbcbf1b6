#pragma once

#include "Device.h"
#include "commands/Command.h"

// The device steps outside lending: repair, loss, retirement and transfers between branches. Each names the
// device by its tag (as scanned), refuses in plain words when the device is not in a status the step starts
// from, and keeps the waiting list honest: a device kept for a resident that leaves the shelf releases them
// (they keep their place), and a device that becomes available is offered to the first in line.
class DeviceStepCommand : public Command {
public:
    Permission permission() const override { return Permission::DeviceManage; }
    // The device and its state after the step, the note, and the step's own inputs (a branch code).
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // without the free-text note
    const Device &device() const { return m_device; }

    static constexpr int kMaxNoteLength = 500;

protected:
    DeviceStepCommand(QString tag, QString note);
    // Loads the device; a refusal when it is not found or not in one of `from`. `step` completes
    // "%1 is on loan, so it cannot be …".
    std::optional<QString> load(CommandContext &ctx, const QList<DeviceStatus> &from, const QString &step);
    QString noteOr(const QString &fallback) const;
    QStringList offerIfAvailable(CommandContext &ctx);

    QString m_tag;
    QString m_note;
    Device m_device;
    QJsonObject m_extra; // step-specific payload fields
};

// available / awaiting_wipe → in_repair (a device on loan is checked in as damaged instead).
class SendToRepairCommand final : public DeviceStepCommand {
public:
    SendToRepairCommand(QString tag, QString fault);
    QString name() const override { return QStringLiteral("device.repair_send"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
};

// in_repair → awaiting_wipe: a repaired device is wiped before its next borrower, like any returned device.
class ReturnFromRepairCommand final : public DeviceStepCommand {
public:
    ReturnFromRepairCommand(QString tag, QString note);
    QString name() const override { return QStringLiteral("device.repair_return"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
};

// Any status but retired/lost → lost. A device lost on loan closes its loan as lost.
class MarkLostCommand final : public DeviceStepCommand {
public:
    MarkLostCommand(QString tag, QString reason);
    QString name() const override { return QStringLiteral("device.lost"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;

private:
    QString m_loanId;
};

// lost → awaiting_wipe, at the branch where it turned up (empty: where it was registered).
class MarkFoundCommand final : public DeviceStepCommand {
public:
    MarkFoundCommand(QString tag, QString branchCode, QString note = {});
    QString name() const override { return QStringLiteral("device.found"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;

private:
    QString m_branchCode;
    Branch m_branch;
};

// available / awaiting_wipe / in_repair / lost → retired. A MiFi's SIM goes back into stock.
class RetireDeviceCommand final : public DeviceStepCommand {
public:
    RetireDeviceCommand(QString tag, QString reason);
    QString name() const override { return QStringLiteral("device.retire"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
};

// available / awaiting_wipe → in_transit to another branch. It arrives in the status it left in.
class SendTransferCommand final : public DeviceStepCommand {
public:
    SendTransferCommand(QString tag, QString toBranchCode, QString note = {});
    QString name() const override { return QStringLiteral("device.transfer_send"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;

private:
    QString m_toBranchCode;
    Branch m_to;
    QString m_transferId;
};

// in_transit → the status it was sent in, now belonging to the receiving branch.
class ReceiveTransferCommand final : public DeviceStepCommand {
public:
    explicit ReceiveTransferCommand(QString tag, QString note = {});
    QString name() const override { return QStringLiteral("device.transfer_receive"); }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;

private:
    QString m_transferId;
    QString m_toBranchId;
    DeviceStatus m_arrivalStatus = DeviceStatus::Available;
};
