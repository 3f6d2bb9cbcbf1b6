#include "DeviceCommands.h"

#include "DeviceRepository.h"
#include "ScanInput.h"
#include "commands/CommandContext.h"
#include "loans/ReservationQueue.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DeviceCommands", text);
}

bool singleLine(const QString &s) {
    return std::none_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

QString names(const QStringList &list) {
    return list.isEmpty() ? QCoreApplication::translate("DeviceCommands", "none yet")
                          : list.join(QStringLiteral(", "));
}

QVariant dateOrNull(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}
} // namespace

// ---- device types ----

const QStringList &AddDeviceTypeCommand::categories() {
    static const QStringList all{QStringLiteral("tablet"),     QStringLiteral("laptop"),
                                 QStringLiteral("chromebook"), QStringLiteral("mifi"),
                                 QStringLiteral("phone"),      QStringLiteral("other")};
    return all;
}

AddDeviceTypeCommand::AddDeviceTypeCommand(Details details)
    : m_details(std::move(details)) {}

std::optional<QString> AddDeviceTypeCommand::check(CommandContext &ctx) {
    m_details.code = ScanInput::normalise(m_details.code);
    m_details.name = m_details.name.simplified();
    m_details.category = m_details.category.trimmed().toLower();
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9_-]{2,16}$"));
    if (!codeRe.match(m_details.code).hasMatch()) {
        return tr("A device type code is 2 to 16 letters, digits, - or _ (for example IPAD10).");
    }
    if (m_details.name.isEmpty() || m_details.name.size() > 120 || !singleLine(m_details.name)) {
        return tr("Give the device type a name of at most 120 characters.");
    }
    if (!categories().contains(m_details.category)) {
        return tr("The category must be one of: %1.").arg(categories().join(QStringLiteral(", ")));
    }
    if (m_details.replacementCostPence < 0 || m_details.replacementCostPence > 10000000) {
        return tr("The replacement cost must be between £0 and £100,000.");
    }
    QStringList kit;
    for (const QString &item : m_details.kitContents) {
        const QString clean = item.simplified();
        if (clean.isEmpty()) {
            continue;
        }
        if (clean.contains(QLatin1Char(',')) || clean.size() > 60) {
            return tr("“%1” is not a kit item name (no commas, at most 60 characters).").arg(clean);
        }
        kit.append(clean);
    }
    m_details.kitContents = kit;
    if (DeviceRepository(ctx.db).typeByCode(m_details.code)) {
        return tr("There is already a device type with the code %1.").arg(m_details.code);
    }
    return std::nullopt;
}

Command::Applied AddDeviceTypeCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral(
            "INSERT INTO device_types(id, code, name, category, kit_contents, replacement_cost_pence, "
            "updated_at, hlc) VALUES (:id, :code, :name, :category, :kit, :cost, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":code"), m_details.code)
        .bind(QStringLiteral(":name"), m_details.name)
        .bind(QStringLiteral(":category"), m_details.category)
        .bind(QStringLiteral(":kit"), m_details.kitContents.join(QLatin1Char(',')))
        .bind(QStringLiteral(":cost"), m_details.replacementCostPence)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("device_types"),
            m_id,
            tr("Added device type %1 (%2).").arg(m_details.code, m_details.name),
            {}};
}

QJsonObject AddDeviceTypeCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("code"), m_details.code},
            {QStringLiteral("name"), m_details.name},
            {QStringLiteral("category"), m_details.category},
            {QStringLiteral("kit_contents"), QJsonArray::fromStringList(m_details.kitContents)},
            {QStringLiteral("replacement_cost_pence"), m_details.replacementCostPence}};
}

// ---- add ----

AddDeviceCommand::AddDeviceCommand(DeviceDetails details)
    : m_details(std::move(details)) {}

std::optional<QString> AddDeviceCommand::validate(const QSqlDatabase &db, const QDate &today,
                                                  DeviceDetails &d, Device *device, const Device *editing) {
    const DeviceRepository repo(db);
    d.tag = ScanInput::normalise(d.tag);
    d.serial = d.serial.simplified();
    d.make = d.make.simplified();
    d.model = d.model.simplified();
    d.notes = d.notes.trimmed();
    d.simIccid = ScanInput::normalise(d.simIccid);
    if (d.tag.isEmpty()) {
        return tr("Give the device's asset tag.");
    }
    if (!ScanInput::isValidTag(d.tag)) {
        return tr("“%1” is not an asset tag: use 2 to 32 letters, digits, -, _, . or /.").arg(d.tag);
    }
    if (repo.tagInUse(d.tag, editing ? editing->id : QString())) {
        return tr("The tag %1 is already in the register.").arg(d.tag);
    }
    if (repo.isResidentCard(d.tag)) {
        return tr("%1 is a library card number, not a device tag. Scan the label on the device.").arg(d.tag);
    }
    const std::optional<DeviceType> type = repo.typeByCode(d.typeCode);
    if (!type) {
        QStringList codes;
        for (const DeviceType &t : repo.types()) {
            codes.append(t.code);
        }
        return d.typeCode.trimmed().isEmpty() ? tr("Give the device type (one of: %1).").arg(names(codes))
                                              : tr("Unknown device type “%1” (known types: %2).")
                                                    .arg(d.typeCode.trimmed(), names(codes));
    }
    const std::optional<Branch> branch = repo.branchByCode(d.branchCode);
    if (!branch) {
        QStringList codes;
        for (const Branch &b : repo.branches()) {
            codes.append(b.code);
        }
        return d.branchCode.trimmed().isEmpty()
                   ? tr("Give the branch the device belongs to (one of: %1).").arg(names(codes))
                   : tr("Unknown branch “%1” (branches: %2).").arg(d.branchCode.trimmed(), names(codes));
    }
    if (d.serial.size() > 64 || d.make.size() > 80 || d.model.size() > 80 || !singleLine(d.serial) ||
        !singleLine(d.make) || !singleLine(d.model)) {
        return tr(
            "Serial (at most 64 characters), make and model (at most 80 each) must be single lines of text.");
    }
    if (d.notes.size() > 2000) {
        return tr("The notes are too long (at most 2,000 characters).");
    }
    if (d.acquiredOn.isValid() && d.acquiredOn > today) {
        return tr("The date acquired (%1) is in the future.").arg(d.acquiredOn.toString(Qt::ISODate));
    }
    if (!editing && d.status != DeviceStatus::Available && d.status != DeviceStatus::AwaitingWipe) {
        return tr("A new device is either available or awaiting wipe.");
    }
    QString simId;
    if (!d.simIccid.isEmpty()) {
        Sql q(db, QStringLiteral(
                      "SELECT id, status FROM sims WHERE iccid = :i AND kind = 'sim' AND deleted = 0"));
        q.bind(QStringLiteral(":i"), d.simIccid).exec();
        if (!q.next()) {
            return tr("No SIM with ICCID %1 is recorded. Add the SIM first.").arg(d.simIccid);
        }
        simId = q.value(0).toString();
        const bool alreadyHere = editing && editing->simId == simId;
        if (!alreadyHere && q.value(1).toString() != QLatin1String("in_stock")) {
            return tr("SIM %1 is not in stock (it is %2).")
                .arg(d.simIccid, q.value(1).toString().replace(QLatin1Char('_'), QLatin1Char(' ')));
        }
    }
    device->tag = d.tag;
    device->type = *type;
    device->branch = *branch;
    device->serial = d.serial;
    device->make = d.make;
    device->model = d.model;
    device->acquiredOn = d.acquiredOn;
    device->notes = d.notes;
    device->simId = simId;
    device->simIccid = d.simIccid;
    if (!editing) {
        device->status = d.status;
    }
    return std::nullopt;
}

std::optional<QString> AddDeviceCommand::check(CommandContext &ctx) {
    m_device = Device();
    return validate(ctx.db, QDate::fromString(ctx.today, Qt::ISODate), m_details, &m_device);
}

void AddDeviceCommand::insert(CommandContext &ctx, Device &device) {
    device.id = ctx.newId();
    device.version = 1;
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO devices(id, tag, type_id, serial, make, model, branch_id, status, sim_id, "
                    "acquired_on, notes, updated_at, hlc) VALUES (:id, :tag, :type, :serial, :make, :model, "
                    ":branch, :status, :sim, :acquired, :notes, :now, :hlc)"))
        .bind(QStringLiteral(":id"), device.id)
        .bind(QStringLiteral(":tag"), device.tag)
        .bind(QStringLiteral(":type"), device.type.id)
        .bind(QStringLiteral(":serial"), device.serial)
        .bind(QStringLiteral(":make"), device.make)
        .bind(QStringLiteral(":model"), device.model)
        .bind(QStringLiteral(":branch"), device.branch.id)
        .bind(QStringLiteral(":status"), deviceStatusKey(device.status))
        .bind(QStringLiteral(":sim"), nullIfEmpty(device.simId))
        .bind(QStringLiteral(":acquired"), dateOrNull(device.acquiredOn))
        .bind(QStringLiteral(":notes"), device.notes)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    if (!device.simId.isEmpty()) {
        Sql(ctx.db,
            QStringLiteral("UPDATE sims SET status = 'in_device', version = version + 1, updated_at = :now, "
                           "hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), device.simId)
            .exec();
    }
}

Command::Applied AddDeviceCommand::apply(CommandContext &ctx) {
    insert(ctx, m_device);
    QStringList notes;
    const QString offered = ReservationQueue(ctx.db).offer(ctx, m_device);
    if (!offered.isEmpty()) {
        notes.append(offered);
    }
    return {
        QStringLiteral("devices"), m_device.id,
        tr("Added %1 (%2) at %3, %4.")
            .arg(m_device.tag, m_device.type.code, m_device.branch.code, deviceStatusLabel(m_device.status)),
        notes};
}

QJsonObject AddDeviceCommand::payload() const {
    QJsonObject o = m_device.toJson();
    o.insert(QStringLiteral("type_id"), m_device.type.id);
    o.insert(QStringLiteral("branch_id"), m_device.branch.id);
    o.insert(QStringLiteral("sim_id"), m_device.simId);
    return o;
}

QJsonObject AddDeviceCommand::auditPayload() const {
    QJsonObject o = payload();
    o.remove(QStringLiteral("notes"));
    return o;
}

// ---- edit ----

EditDeviceCommand::EditDeviceCommand(QString deviceId, int baseVersion, DeviceDetails details)
    : m_deviceId(std::move(deviceId))
    , m_baseVersion(baseVersion)
    , m_details(std::move(details)) {}

std::optional<QString> EditDeviceCommand::check(CommandContext &ctx) {
    const std::optional<Device> current = DeviceRepository(ctx.db).byId(m_deviceId);
    if (!current) {
        return tr("That device is no longer in the register.");
    }
    if (current->version != m_baseVersion) {
        return tr("Someone else changed %1 while you were editing. Open it again to see their changes, then "
                  "make "
                  "yours.")
            .arg(current->tag);
    }
    m_before = *current;
    m_after = *current;
    m_details.branchCode = current->branch.code; // the branch changes only by transfer
    if (std::optional<QString> problem = AddDeviceCommand::validate(
            ctx.db, QDate::fromString(ctx.today, Qt::ISODate), m_details, &m_after, &m_before)) {
        return problem;
    }
    if (m_after.simId != m_before.simId && m_before.status == DeviceStatus::OnLoan) {
        return tr("%1 is on loan; change its SIM when it is back.").arg(m_before.tag);
    }
    m_changed.clear();
    auto compare = [&](const char *column, const QVariant &before, const QVariant &after) {
        if (before.toString() != after.toString()) {
            m_changed.insert(QString::fromLatin1(column), after);
        }
    };
    compare("tag", m_before.tag, m_after.tag);
    compare("type_id", m_before.type.id, m_after.type.id);
    compare("serial", m_before.serial, m_after.serial);
    compare("make", m_before.make, m_after.make);
    compare("model", m_before.model, m_after.model);
    compare("acquired_on", dateOrNull(m_before.acquiredOn), dateOrNull(m_after.acquiredOn));
    compare("notes", m_before.notes, m_after.notes);
    compare("sim_id", nullIfEmpty(m_before.simId), nullIfEmpty(m_after.simId));
    if (m_changed.isEmpty()) {
        return tr("Nothing was changed.");
    }
    return std::nullopt;
}

Command::Applied EditDeviceCommand::apply(CommandContext &ctx) {
    QStringList sets;
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        sets.append(it.key() + QStringLiteral(" = :") + it.key());
    }
    Sql q(ctx.db,
          QStringLiteral("UPDATE devices SET %1, version = version + 1, updated_at = :now, hlc = :hlc "
                         "WHERE id = :id AND version = :version")
              .arg(sets.join(QStringLiteral(", "))));
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        q.bind(QLatin1Char(':') + it.key(), it.value()); // sim_id and acquired_on may be SQL NULL
    }
    q.bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_deviceId)
        .bind(QStringLiteral(":version"), m_baseVersion)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("The device changed while saving; nothing was saved."));
    }
    if (m_changed.contains(QStringLiteral("sim_id"))) {
        auto setSim = [&](const QString &simId, const char *status) {
            Sql(ctx.db,
                QStringLiteral("UPDATE sims SET status = :s, version = version + 1, updated_at = :now, "
                               "hlc = :hlc WHERE id = :id"))
                .bind(QStringLiteral(":s"), QString::fromLatin1(status))
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .bind(QStringLiteral(":id"), simId)
                .exec();
        };
        if (!m_before.simId.isEmpty()) {
            setSim(m_before.simId, "in_stock");
        }
        if (!m_after.simId.isEmpty()) {
            setSim(m_after.simId, "in_device");
        }
    }
    return {QStringLiteral("devices"),
            m_deviceId,
            tr("Changed %1 of %2.").arg(m_changed.keys().join(QStringLiteral(", ")), m_after.tag),
            {}};
}

QJsonObject EditDeviceCommand::payload() const {
    // "details" is what the person gave (codes and ICCID, as the form has them), so the server can run
    // the same edit; "fields" is its effect on the row.
    const QJsonObject details{{QStringLiteral("tag"), m_details.tag},
                              {QStringLiteral("type"), m_details.typeCode},
                              {QStringLiteral("serial"), m_details.serial},
                              {QStringLiteral("make"), m_details.make},
                              {QStringLiteral("model"), m_details.model},
                              {QStringLiteral("acquired_on"), m_details.acquiredOn.isValid()
                                                                  ? m_details.acquiredOn.toString(Qt::ISODate)
                                                                  : QString()},
                              {QStringLiteral("notes"), m_details.notes},
                              {QStringLiteral("sim_iccid"), m_details.simIccid}};
    return {{QStringLiteral("id"), m_deviceId},
            {QStringLiteral("base_version"), m_baseVersion},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(m_changed)},
            {QStringLiteral("details"), details}};
}

QJsonObject EditDeviceCommand::auditPayload() const {
    QVariantMap fields = m_changed;
    if (fields.contains(QStringLiteral("notes"))) {
        fields.insert(QStringLiteral("notes"), QStringLiteral("(changed)"));
    }
    return {{QStringLiteral("id"), m_deviceId},
            {QStringLiteral("base_version"), m_baseVersion},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)}};
}
