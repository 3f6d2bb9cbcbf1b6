#include "Device.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<DeviceStatus, const char *>, 7> kKeys{{
    {DeviceStatus::Available, "available"},
    {DeviceStatus::OnLoan, "on_loan"},
    {DeviceStatus::AwaitingWipe, "awaiting_wipe"},
    {DeviceStatus::InRepair, "in_repair"},
    {DeviceStatus::InTransit, "in_transit"},
    {DeviceStatus::Lost, "lost"},
    {DeviceStatus::Retired, "retired"},
}};
} // namespace

QString deviceStatusKey(DeviceStatus status) {
    for (const auto &[s, key] : kKeys) {
        if (s == status) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<DeviceStatus> deviceStatusFromKey(const QString &key) {
    for (const auto &[s, k] : kKeys) {
        if (key == QLatin1String(k)) {
            return s;
        }
    }
    return std::nullopt;
}

QString deviceStatusLabel(DeviceStatus status) {
    switch (status) {
    case DeviceStatus::Available:
        return QCoreApplication::translate("Device", "available");
    case DeviceStatus::OnLoan:
        return QCoreApplication::translate("Device", "on loan");
    case DeviceStatus::AwaitingWipe:
        return QCoreApplication::translate("Device", "awaiting wipe");
    case DeviceStatus::InRepair:
        return QCoreApplication::translate("Device", "in repair");
    case DeviceStatus::InTransit:
        return QCoreApplication::translate("Device", "in transit");
    case DeviceStatus::Lost:
        return QCoreApplication::translate("Device", "lost");
    case DeviceStatus::Retired:
        return QCoreApplication::translate("Device", "retired");
    }
    return {};
}

QList<DeviceStatus> allDeviceStatuses() {
    QList<DeviceStatus> all;
    for (const auto &entry : kKeys) {
        all.append(entry.first);
    }
    return all;
}

QJsonObject Device::toJson() const {
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("status"), deviceStatusKey(status)},
        {QStringLiteral("type"), type.code},
        {QStringLiteral("type_name"), type.name},
        {QStringLiteral("category"), type.category},
        {QStringLiteral("branch"), branch.code},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("make"), make},
        {QStringLiteral("model"), model},
        {QStringLiteral("sim_iccid"), simIccid},
        {QStringLiteral("acquired_on"), acquiredOn.isValid() ? acquiredOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("kit"), QJsonArray::fromStringList(type.kitContents)},
        {QStringLiteral("replacement_cost_pence"), type.replacementCostPence},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("version"), version}};
}

QString formatPence(int pence) {
    return QStringLiteral("£%1.%2").arg(pence / 100).arg(pence % 100, 2, 10, QLatin1Char('0'));
}
