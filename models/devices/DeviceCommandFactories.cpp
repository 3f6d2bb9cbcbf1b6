#include "DeviceCommandFactories.h"

#include "DeviceCommands.h"
#include "DeviceImport.h"
#include "DeviceMovementCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

#include <QJsonArray>

namespace {
DeviceStatus status(const PayloadReader &r, const QString &key) {
    const std::optional<DeviceStatus> s = deviceStatusFromKey(r.text(key));
    if (!s) {
        throw PayloadError(QStringLiteral("the field “%1” should be a device status").arg(key));
    }
    return *s;
}

// A device's register entry as AddDeviceCommand's payload (Device::toJson) carries it.
DeviceDetails deviceDetails(const PayloadReader &r) {
    DeviceDetails d;
    d.tag = r.text(QStringLiteral("tag"));
    d.typeCode = r.text(QStringLiteral("type"));
    d.branchCode = r.text(QStringLiteral("branch"));
    d.serial = r.optionalText(QStringLiteral("serial"));
    d.make = r.optionalText(QStringLiteral("make"));
    d.model = r.optionalText(QStringLiteral("model"));
    d.acquiredOn = r.optionalDate(QStringLiteral("acquired_on"));
    d.notes = r.optionalText(QStringLiteral("notes"));
    d.simIccid = r.optionalText(QStringLiteral("sim_iccid"));
    d.status = status(r, QStringLiteral("status"));
    return d;
}

QString tag(const PayloadReader &r) {
    return r.text(QStringLiteral("device_tag"));
}

QString note(const PayloadReader &r) {
    return r.optionalText(QStringLiteral("note"));
}
} // namespace

void registerDeviceCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("device_type.add"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        AddDeviceTypeCommand::Details d;
        d.code = r.text(QStringLiteral("code"));
        d.name = r.text(QStringLiteral("name"));
        d.category = r.text(QStringLiteral("category"));
        d.kitContents = r.list(QStringLiteral("kit_contents"));
        d.replacementCostPence = r.integer(QStringLiteral("replacement_cost_pence"));
        return std::make_unique<AddDeviceTypeCommand>(d);
    });
    registry.add(QStringLiteral("device.add"), [](const QJsonObject &p) {
        return std::make_unique<AddDeviceCommand>(deviceDetails(PayloadReader(p)));
    });
    registry.add(QStringLiteral("device.edit"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        const PayloadReader details(r.object(QStringLiteral("details")));
        DeviceDetails d;
        d.tag = details.text(QStringLiteral("tag"));
        d.typeCode = details.text(QStringLiteral("type"));
        d.serial = details.optionalText(QStringLiteral("serial"));
        d.make = details.optionalText(QStringLiteral("make"));
        d.model = details.optionalText(QStringLiteral("model"));
        d.acquiredOn = details.optionalDate(QStringLiteral("acquired_on"));
        d.notes = details.optionalText(QStringLiteral("notes"));
        d.simIccid = details.optionalText(QStringLiteral("sim_iccid"));
        return std::make_unique<EditDeviceCommand>(r.text(QStringLiteral("id")),
                                                   r.integer(QStringLiteral("base_version")), d);
    });
    registry.add(QStringLiteral("device.import"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        const QJsonValue devices = p.value(QStringLiteral("devices"));
        if (!devices.isArray()) {
            throw PayloadError(QStringLiteral("the field “devices” should be a list of devices"));
        }
        QList<ImportDevicesCommand::PlannedRow> rows;
        for (const QJsonValue &device : devices.toArray()) {
            if (!device.isObject()) {
                throw PayloadError(QStringLiteral("the field “devices” should be a list of devices"));
            }
            const PayloadReader row(device.toObject());
            rows.append({row.integer(QStringLiteral("line")), deviceDetails(row)});
        }
        QList<int> skipped;
        for (const QJsonValue &line : p.value(QStringLiteral("skipped_lines")).toArray()) {
            skipped.append(line.toInt());
        }
        return std::make_unique<ImportDevicesCommand>(rows, skipped);
    });
    registry.add(QStringLiteral("device.repair_send"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<SendToRepairCommand>(tag(r), note(r));
    });
    registry.add(QStringLiteral("device.repair_return"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<ReturnFromRepairCommand>(tag(r), note(r));
    });
    registry.add(QStringLiteral("device.lost"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<MarkLostCommand>(tag(r), note(r));
    });
    registry.add(QStringLiteral("device.found"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<MarkFoundCommand>(
            tag(r), r.optionalText(QStringLiteral("found_at_branch_code")), note(r));
    });
    registry.add(QStringLiteral("device.retire"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<RetireDeviceCommand>(tag(r), note(r));
    });
    registry.add(QStringLiteral("device.transfer_send"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<SendTransferCommand>(tag(r), r.text(QStringLiteral("to_branch_code")),
                                                     note(r));
    });
    registry.add(QStringLiteral("device.transfer_receive"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        return std::make_unique<ReceiveTransferCommand>(tag(r), note(r));
    });
}
