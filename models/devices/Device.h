#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Where a device is in its life. The statuses are the store's (devices.status); only commands move a
// device between them, and the wipe gate means awaiting_wipe → available happens only by RecordWipe.
enum class DeviceStatus { Available, OnLoan, AwaitingWipe, InRepair, InTransit, Lost, Retired };

QString deviceStatusKey(DeviceStatus status); // "awaiting_wipe"
std::optional<DeviceStatus> deviceStatusFromKey(const QString &key);
QString deviceStatusLabel(DeviceStatus status); // "awaiting wipe", for people
QList<DeviceStatus> allDeviceStatuses();

// A kind of device the programme lends: its kit and what it costs to replace appear on the agreement.
struct DeviceType {
    QString id;
    QString code; // "IPAD10"
    QString name;
    QString category; // tablet, laptop, chromebook, mifi, phone, other
    QStringList kitContents;
    int replacementCostPence = 0;
};

struct Branch {
    QString id;
    QString code;
    QString name;
    QString phone;
    QString email;
};

// One device of the register, with what its type and branch say about it.
struct Device {
    QString id;
    QString tag;
    DeviceType type;
    Branch branch;
    QString serial;
    QString make;
    QString model;
    DeviceStatus status = DeviceStatus::Available;
    QString simId;    // a MiFi's SIM travels with it
    QString simIccid; // for the receipt
    QDate acquiredOn;
    QString notes;
    int version = 0;

    bool isMifi() const { return type.category == QLatin1String("mifi"); }
    QJsonObject toJson() const;
};

// "£349.00"
QString formatPence(int pence);
