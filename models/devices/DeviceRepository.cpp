#include "DeviceRepository.h"

#include "ScanInput.h"
#include "commands/CommandContext.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DeviceRepository", text);
}

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.tag, d.serial, d.make, d.model, d.status, d.sim_id, d.acquired_on, d.notes, d.version, "
    "t.id, t.code, t.name, t.category, t.kit_contents, t.replacement_cost_pence, "
    "b.id, b.code, b.name, b.phone, b.email, s.iccid "
    "FROM devices d JOIN device_types t ON t.id = d.type_id JOIN branches b ON b.id = d.branch_id "
    "LEFT JOIN sims s ON s.id = d.sim_id WHERE d.deleted = 0");

QStringList kitList(const QString &text) {
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty()) {
            items.append(item.trimmed());
        }
    }
    return items;
}

DeviceType typeFrom(Sql &q, int c) {
    return {q.value(c).toString(),     q.value(c + 1).toString(),          q.value(c + 2).toString(),
            q.value(c + 3).toString(), kitList(q.value(c + 4).toString()), q.value(c + 5).toInt()};
}

Branch branchFrom(Sql &q, int c) {
    return {q.value(c).toString(), q.value(c + 1).toString(), q.value(c + 2).toString(),
            q.value(c + 3).toString(), q.value(c + 4).toString()};
}

const QString kTypeColumns =
    QStringLiteral("id, code, name, category, kit_contents, replacement_cost_pence FROM device_types");
const QString kBranchColumns = QStringLiteral("id, code, name, phone, email FROM branches");
} // namespace

QString DeviceRepository::notFoundMessage(const QString &tag) {
    return tr("No device has the tag %1. Check the label, or add the device to the register.").arg(tag);
}

QString DeviceRepository::residentCardMessage() {
    return tr("That is a library card, not a device tag — scan the device.");
}

QList<Device> DeviceRepository::select(const QString &where, const std::function<void(Sql &)> &bind) const {
    Sql q(m_db, kSelect + where);
    bind(q);
    q.exec();
    QList<Device> devices;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toString();
        d.tag = q.value(1).toString();
        d.serial = q.value(2).toString();
        d.make = q.value(3).toString();
        d.model = q.value(4).toString();
        d.status = deviceStatusFromKey(q.value(5).toString()).value_or(DeviceStatus::Retired);
        d.simId = q.value(6).toString();
        d.acquiredOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        d.notes = q.value(8).toString();
        d.version = q.value(9).toInt();
        d.type = typeFrom(q, 10);
        d.branch = branchFrom(q, 16);
        d.simIccid = q.value(21).toString();
        devices.append(d);
    }
    return devices;
}

std::optional<Device> DeviceRepository::byTag(const QString &normalisedTag) const {
    const QList<Device> found = select(QStringLiteral(" AND d.tag = :v"),
                                       [&](Sql &q) { q.bind(QStringLiteral(":v"), normalisedTag); });
    return found.isEmpty() ? std::nullopt : std::optional<Device>(found.first());
}

std::optional<Device> DeviceRepository::byId(const QString &id) const {
    const QList<Device> found =
        select(QStringLiteral(" AND d.id = :v"), [&](Sql &q) { q.bind(QStringLiteral(":v"), id); });
    return found.isEmpty() ? std::nullopt : std::optional<Device>(found.first());
}

QList<Device> DeviceRepository::list(std::optional<DeviceStatus> status, const QString &branchId,
                                     const QString &typeId) const {
    QString where;
    if (status) {
        where += QStringLiteral(" AND d.status = :status");
    }
    if (!branchId.isEmpty()) {
        where += QStringLiteral(" AND d.branch_id = :branch");
    }
    if (!typeId.isEmpty()) {
        where += QStringLiteral(" AND d.type_id = :type");
    }
    where += QStringLiteral(" ORDER BY d.tag");
    return select(where, [&](Sql &q) {
        if (status) {
            q.bind(QStringLiteral(":status"), deviceStatusKey(*status));
        }
        if (!branchId.isEmpty()) {
            q.bind(QStringLiteral(":branch"), branchId);
        }
        if (!typeId.isEmpty()) {
            q.bind(QStringLiteral(":type"), typeId);
        }
    });
}

DeviceScan DeviceRepository::scan(const QString &typed) const {
    DeviceScan result;
    result.tag = ScanInput::normalise(typed);
    if (result.tag.isEmpty()) {
        result.outcome = DeviceScan::Outcome::Empty;
        result.message = tr("Scan or type the device's asset tag.");
        return result;
    }
    result.device = byTag(result.tag);
    if (result.device) {
        result.outcome = DeviceScan::Outcome::Found;
        return result;
    }
    if (isResidentCard(result.tag)) {
        result.outcome = DeviceScan::Outcome::ResidentCard;
        result.message = residentCardMessage();
        return result;
    }
    result.outcome = DeviceScan::Outcome::Unknown;
    result.message = notFoundMessage(result.tag);
    return result;
}

bool DeviceRepository::tagInUse(const QString &normalisedTag, const QString &exceptId) const {
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM devices WHERE tag = :t AND id <> :id"))
               .bind(QStringLiteral(":t"), normalisedTag)
               .bind(QStringLiteral(":id"), exceptId)
               .scalar()
               .toInt() > 0;
}

bool DeviceRepository::isResidentCard(const QString &normalised) const {
    return Sql(m_db, QStringLiteral("SELECT 1 FROM residents WHERE card = :c"))
        .bind(QStringLiteral(":c"), normalised)
        .scalar()
        .isValid();
}

std::optional<DeviceType> DeviceRepository::typeByCode(const QString &code) const {
    Sql q(m_db,
          QStringLiteral("SELECT ") + kTypeColumns + QStringLiteral(" WHERE code = :c AND deleted = 0"));
    q.bind(QStringLiteral(":c"), code.trimmed().toUpper()).exec();
    return q.next() ? std::optional<DeviceType>(typeFrom(q, 0)) : std::nullopt;
}

std::optional<DeviceType> DeviceRepository::typeById(const QString &id) const {
    Sql q(m_db, QStringLiteral("SELECT ") + kTypeColumns + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? std::optional<DeviceType>(typeFrom(q, 0)) : std::nullopt;
}

QList<DeviceType> DeviceRepository::types() const {
    Sql q(m_db,
          QStringLiteral("SELECT ") + kTypeColumns + QStringLiteral(" WHERE deleted = 0 ORDER BY code"));
    q.exec();
    QList<DeviceType> all;
    while (q.next()) {
        all.append(typeFrom(q, 0));
    }
    return all;
}

std::optional<Branch> DeviceRepository::branchByCode(const QString &code) const {
    Sql q(m_db, QStringLiteral("SELECT ") + kBranchColumns +
                    QStringLiteral(" WHERE code = :c COLLATE NOCASE AND deleted = 0"));
    q.bind(QStringLiteral(":c"), code.trimmed()).exec();
    return q.next() ? std::optional<Branch>(branchFrom(q, 0)) : std::nullopt;
}

std::optional<Branch> DeviceRepository::branchById(const QString &id) const {
    Sql q(m_db, QStringLiteral("SELECT ") + kBranchColumns + QStringLiteral(" WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    return q.next() ? std::optional<Branch>(branchFrom(q, 0)) : std::nullopt;
}

QList<Branch> DeviceRepository::branches() const {
    Sql q(m_db,
          QStringLiteral("SELECT ") + kBranchColumns + QStringLiteral(" WHERE deleted = 0 ORDER BY code"));
    q.exec();
    QList<Branch> all;
    while (q.next()) {
        all.append(branchFrom(q, 0));
    }
    return all;
}

void DeviceRepository::setStatus(CommandContext &ctx, Device &device, DeviceStatus to,
                                 const QString &noteToAppend) {
    QString notes = device.notes;
    if (!noteToAppend.isEmpty()) {
        notes = notes.isEmpty()
                    ? QString(ctx.today + QLatin1Char(' ') + noteToAppend)
                    : QString(notes + QLatin1Char('\n') + ctx.today + QLatin1Char(' ') + noteToAppend);
    }
    Sql q(ctx.db, QStringLiteral("UPDATE devices SET status = :to, notes = :notes, version = version + 1, "
                                 "updated_at = :now, hlc = :hlc WHERE id = :id AND version = :version"));
    q.bind(QStringLiteral(":to"), deviceStatusKey(to))
        .bind(QStringLiteral(":notes"), notes)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), device.id)
        .bind(QStringLiteral(":version"), device.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("Device %1 changed while saving; nothing was saved.").arg(device.tag));
    }
    ++device.version;
    device.status = to;
    device.notes = notes;
}
