#pragma once

#include "Device.h"

#include <QList>
#include <QSqlDatabase>
#include <functional>
#include <optional>

struct CommandContext;
class Sql;

// What a scanned or typed tag turned out to be. A library card scanned where a tag is expected is the
// commonest slip at a busy desk, so it gets its own answer instead of "unknown tag".
struct DeviceScan {
    enum class Outcome { Found, Empty, ResidentCard, Unknown };
    Outcome outcome = Outcome::Unknown;
    QString tag; // normalised
    std::optional<Device> device;
    QString message; // why not, in plain words; empty when found
    bool found() const { return outcome == Outcome::Found; }
};

// Reads the device register (devices with their type, branch and SIM), and the small status-change step
// every device command shares. Reads run inside the command's transaction when called from check().
class DeviceRepository {
public:
    explicit DeviceRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    DeviceScan scan(const QString &typed) const;
    std::optional<Device> byTag(const QString &normalisedTag) const;
    std::optional<Device> byId(const QString &id) const;
    QList<Device> list(std::optional<DeviceStatus> status = std::nullopt, const QString &branchId = {},
                       const QString &typeId = {}) const;

    bool tagInUse(const QString &normalisedTag, const QString &exceptId = {}) const;
    bool isResidentCard(const QString &normalised) const;

    std::optional<DeviceType> typeByCode(const QString &code) const;
    std::optional<DeviceType> typeById(const QString &id) const;
    QList<DeviceType> types() const;
    std::optional<Branch> branchByCode(const QString &code) const;
    std::optional<Branch> branchById(const QString &id) const;
    QList<Branch> branches() const;

    // Moves a device to another status, bumping its version (and device.version with it). The device must be
    // as it was read in this transaction (same version); anything else is a StoreError, since check() has
    // just read it.
    // A note (no personal details: it syncs and shows on the register) is appended to the device's notes.
    static void setStatus(CommandContext &ctx, Device &device, DeviceStatus to,
                          const QString &noteToAppend = {});

    static QString notFoundMessage(const QString &tag);
    static QString residentCardMessage();

private:
    QList<Device> select(const QString &where, const std::function<void(Sql &)> &bind) const;
    QSqlDatabase m_db;
};
