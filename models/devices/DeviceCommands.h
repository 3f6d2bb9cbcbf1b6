#pragma once

#include "Device.h"
#include "commands/Command.h"

#include <QSqlDatabase>

// A kind of device: code, name, category, kit and replacement cost (shown on every agreement).
class AddDeviceTypeCommand final : public Command {
public:
    struct Details {
        QString code;
        QString name;
        QString category; // tablet, laptop, chromebook, mifi, phone, other
        QStringList kitContents;
        int replacementCostPence = 0;
    };
    explicit AddDeviceTypeCommand(Details details);

    QString name() const override { return QStringLiteral("device_type.add"); }
    Permission permission() const override { return Permission::LoanRulesManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static const QStringList &categories();

private:
    Details m_details;
    QString m_id;
};

// What a device's register entry says, as typed in a form, on the command line or in an imported row.
struct DeviceDetails {
    QString tag;
    QString typeCode;
    QString branchCode;
    QString serial;
    QString make;
    QString model;
    QDate acquiredOn;
    QString notes;
    QString simIccid; // a MiFi's SIM (must be in stock)
    // A new device is available, or awaiting_wipe when its history is unknown (see docs/loans.md).
    DeviceStatus status = DeviceStatus::Available;
};

// Adds one device to the register. The tag must be new and must not be a library card number (a card
// scanned into the tag box is the usual slip).
class AddDeviceCommand final : public Command {
public:
    explicit AddDeviceCommand(DeviceDetails details);

    QString name() const override { return QStringLiteral("device.add"); }
    Permission permission() const override { return Permission::DeviceManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // without the free-text notes

    const Device &device() const { return m_device; }

    // Writes a validated device (new id, version 1) and puts its SIM in it; shared with the CSV import.
    static void insert(CommandContext &ctx, Device &device);

    // Checks and tidies details against the store (shared with editing and the CSV import); fills `device`.
    // When editing, `editing` is the device as stored: its own tag and SIM are not "in use".
    static std::optional<QString> validate(const QSqlDatabase &db, const QDate &today, DeviceDetails &details,
                                           Device *device, const Device *editing = nullptr);

private:
    DeviceDetails m_details;
    Device m_device;
};

// Changes a device's descriptive fields (tag, type, serial, make, model, acquired on, notes, SIM). Status
// and branch change only through circulation, repair, transfer and retire commands. Refused when the
// device changed since it was loaded (version), like resident edits.
class EditDeviceCommand final : public Command {
public:
    EditDeviceCommand(QString deviceId, int baseVersion, DeviceDetails details);

    QString name() const override { return QStringLiteral("device.edit"); }
    Permission permission() const override { return Permission::DeviceManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;      // the changed columns, and the details as given
    QJsonObject auditPayload() const override; // the changed columns, notes named but not kept

private:
    QString m_deviceId;
    int m_baseVersion;
    DeviceDetails m_details;
    Device m_before;
    Device m_after;
    QVariantMap m_changed; // column → new value
};
