#include "DeviceImport.h"

#include "DeviceRepository.h"
#include "ScanInput.h"
#include "commands/CommandContext.h"
#include "core/CsvReader.h"
#include "loans/ReservationQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("DeviceImport", text);
}

QString foldValue(const QString &value) {
    return value.simplified().toLower();
}

QHash<QString, QString> foldKeys(const QHash<QString, QString> &map) {
    QHash<QString, QString> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        out.insert(foldValue(it.key()), it.value());
    }
    return out;
}

// Dates as spreadsheets write them: ISO (optionally with a time, as Snipe-IT does) or UK day/month/year.
QDate parseDate(const QString &text) {
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (d.isValid() && (t.size() == 10 || t.at(10) == QLatin1Char(' ') || t.at(10) == QLatin1Char('T'))) {
        return d;
    }
    for (const char *format : {"d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy"}) {
        d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid()) {
            return d;
        }
    }
    return {};
}

struct TypeResolver {
    QList<DeviceType> types;
    QHash<QString, QString> map; // folded value → code

    std::optional<DeviceType> byCodeOrName(const QString &value) const {
        const QString folded = foldValue(value);
        if (folded.isEmpty()) {
            return std::nullopt;
        }
        if (map.contains(folded)) {
            const QString code = ScanInput::normalise(map.value(folded));
            for (const DeviceType &t : types) {
                if (t.code == code) {
                    return t;
                }
            }
            return std::nullopt;
        }
        for (const DeviceType &t : types) {
            if (t.code == ScanInput::normalise(value) || foldValue(t.name) == folded) {
                return t;
            }
        }
        return std::nullopt;
    }

    // A model name that exactly one device type's name contains ("iPad (10th generation)" in
    // "Apple iPad (10th generation)").
    std::optional<DeviceType> byModel(const QString &make, const QString &model) const {
        if (std::optional<DeviceType> t = byCodeOrName(model)) {
            return t;
        }
        if (std::optional<DeviceType> t = byCodeOrName(make + QLatin1Char(' ') + model)) {
            return t;
        }
        const QString folded = foldValue(model);
        if (folded.size() < 4) {
            return std::nullopt;
        }
        std::optional<DeviceType> found;
        for (const DeviceType &t : types) {
            if (foldValue(t.name).contains(folded)) {
                if (found) {
                    return std::nullopt; // ambiguous: ask for a mapping
                }
                found = t;
            }
        }
        return found;
    }
};
} // namespace

QString DeviceImport::foldHeader(const QString &header) {
    QString h = header;
    h.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('.'), QLatin1Char(' '));
    return h.simplified().toLower();
}

std::optional<DeviceField> DeviceImport::builtInField(const QString &header) {
    static const QHash<QString, DeviceField> names{
        {QStringLiteral("asset tag"), DeviceField::Tag},
        {QStringLiteral("tag"), DeviceField::Tag},
        {QStringLiteral("barcode"), DeviceField::Tag},
        {QStringLiteral("category"), DeviceField::Type},
        {QStringLiteral("type"), DeviceField::Type},
        {QStringLiteral("device type"), DeviceField::Type},
        {QStringLiteral("type code"), DeviceField::Type},
        {QStringLiteral("location"), DeviceField::Branch},
        {QStringLiteral("default location"), DeviceField::Branch},
        {QStringLiteral("branch"), DeviceField::Branch},
        {QStringLiteral("site"), DeviceField::Branch},
        {QStringLiteral("serial"), DeviceField::Serial},
        {QStringLiteral("serial number"), DeviceField::Serial},
        {QStringLiteral("serial no"), DeviceField::Serial},
        {QStringLiteral("manufacturer"), DeviceField::Make},
        {QStringLiteral("make"), DeviceField::Make},
        {QStringLiteral("brand"), DeviceField::Make},
        {QStringLiteral("model"), DeviceField::Model},
        {QStringLiteral("model name"), DeviceField::Model},
        {QStringLiteral("asset model"), DeviceField::Model},
        {QStringLiteral("status"), DeviceField::Status},
        {QStringLiteral("status label"), DeviceField::Status},
        {QStringLiteral("purchase date"), DeviceField::AcquiredOn},
        {QStringLiteral("purchased"), DeviceField::AcquiredOn},
        {QStringLiteral("acquired on"), DeviceField::AcquiredOn},
        {QStringLiteral("date acquired"), DeviceField::AcquiredOn},
        {QStringLiteral("notes"), DeviceField::Notes},
        {QStringLiteral("note"), DeviceField::Notes},
        {QStringLiteral("comments"), DeviceField::Notes},
        {QStringLiteral("iccid"), DeviceField::SimIccid},
        {QStringLiteral("sim iccid"), DeviceField::SimIccid},
        {QStringLiteral("sim"), DeviceField::SimIccid},
    };
    const auto it = names.constFind(foldHeader(header));
    return it == names.cend() ? std::nullopt : std::optional<DeviceField>(*it);
}

QString DeviceImport::fieldKey(DeviceField field) {
    switch (field) {
    case DeviceField::Ignore:
        return QStringLiteral("ignore");
    case DeviceField::Tag:
        return QStringLiteral("tag");
    case DeviceField::Type:
        return QStringLiteral("type");
    case DeviceField::Branch:
        return QStringLiteral("branch");
    case DeviceField::Serial:
        return QStringLiteral("serial");
    case DeviceField::Make:
        return QStringLiteral("make");
    case DeviceField::Model:
        return QStringLiteral("model");
    case DeviceField::Status:
        return QStringLiteral("status");
    case DeviceField::AcquiredOn:
        return QStringLiteral("acquired_on");
    case DeviceField::Notes:
        return QStringLiteral("notes");
    case DeviceField::SimIccid:
        return QStringLiteral("sim");
    }
    return {};
}

std::optional<DeviceField> DeviceImport::fieldFromKey(const QString &key) {
    for (DeviceField f : {DeviceField::Ignore, DeviceField::Tag, DeviceField::Type, DeviceField::Branch,
                          DeviceField::Serial, DeviceField::Make, DeviceField::Model, DeviceField::Status,
                          DeviceField::AcquiredOn, DeviceField::Notes, DeviceField::SimIccid}) {
        if (fieldKey(f) == key.trimmed().toLower()) {
            return f;
        }
    }
    return std::nullopt;
}

std::optional<DeviceStatus> DeviceImport::statusFromText(const QString &text, QString *why) {
    const QString s = foldValue(text).replace(QLatin1Char('_'), QLatin1Char(' '));
    static const QHash<QString, DeviceStatus> known{
        {QStringLiteral("available"), DeviceStatus::Available},
        {QStringLiteral("ready to deploy"), DeviceStatus::Available},
        {QStringLiteral("deployable"), DeviceStatus::Available},
        {QStringLiteral("ready"), DeviceStatus::Available},
        {QStringLiteral("in stock"), DeviceStatus::Available},
        {QStringLiteral("pending"), DeviceStatus::AwaitingWipe},
        {QStringLiteral("awaiting wipe"), DeviceStatus::AwaitingWipe},
        {QStringLiteral("to be wiped"), DeviceStatus::AwaitingWipe},
        {QStringLiteral("out for repair"), DeviceStatus::InRepair},
        {QStringLiteral("out for diagnostics"), DeviceStatus::InRepair},
        {QStringLiteral("broken"), DeviceStatus::InRepair},
        {QStringLiteral("in repair"), DeviceStatus::InRepair},
        {QStringLiteral("lost"), DeviceStatus::Lost},
        {QStringLiteral("stolen"), DeviceStatus::Lost},
        {QStringLiteral("lost/stolen"), DeviceStatus::Lost},
        {QStringLiteral("missing"), DeviceStatus::Lost},
        {QStringLiteral("archived"), DeviceStatus::Retired},
        {QStringLiteral("retired"), DeviceStatus::Retired},
        {QStringLiteral("disposed"), DeviceStatus::Retired},
        {QStringLiteral("undeployable"), DeviceStatus::Retired},
    };
    const auto it = known.constFind(s);
    if (it != known.cend()) {
        return *it;
    }
    if (s == QLatin1String("deployed") || s == QLatin1String("checked out") ||
        s == QLatin1String("on loan")) {
        *why = tr(
            "the device is on loan in the other system, and loans are not imported: check it in there first, "
            "or set its status to Pending");
    } else if (s == QLatin1String("in transit")) {
        *why = tr("a device in transit cannot be imported: import it where it arrives");
    } else {
        *why =
            tr("unknown status “%1” (use Ready to Deploy, Pending, Out for Repair, Lost/Stolen or Archived)")
                .arg(text.simplified());
    }
    return std::nullopt;
}

QString DeviceImport::Plan::problemText(int max) const {
    QStringList lines;
    for (const Problem &p : problems) {
        if (lines.size() == max) {
            lines.append(tr("… and %1 more.").arg(problems.size() - max));
            break;
        }
        lines.append(tr("line %1: %2").arg(p.line).arg(p.message));
    }
    return lines.join(QLatin1Char('\n'));
}

DeviceImport::Plan DeviceImport::plan(const QByteArray &csv, const QSqlDatabase &db, const QDate &today,
                                      const DeviceImportOptions &options) {
    Plan plan;
    QString text;
    QString error;
    if (!CsvReader::decode(csv, &text, &error)) {
        plan.problems.append({1, error});
        return plan;
    }
    CsvReader reader(text);
    if (reader.atEnd()) {
        plan.problems.append({1, tr("The file is empty.")});
        return plan;
    }
    const CsvReader::Record header = reader.next();
    if (!header.ok()) {
        plan.problems.append({header.line, header.error});
        return plan;
    }

    // Which column fills which field.
    QHash<QString, DeviceField> overrides;
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        overrides.insert(foldHeader(it.key()), it.value());
    }
    QHash<DeviceField, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i);
        const QString folded = foldHeader(name);
        const std::optional<DeviceField> field = overrides.contains(folded)
                                                     ? std::optional<DeviceField>(overrides.value(folded))
                                                     : builtInField(name);
        if (!field || *field == DeviceField::Ignore) {
            if (!folded.isEmpty()) {
                plan.ignoredColumns.append(name.simplified());
            }
            continue;
        }
        if (column.contains(*field)) {
            plan.problems.append(
                {header.line, tr("The columns “%1” and “%2” both hold the %3; map one of them to "
                                 "another field or to ignore.")
                                  .arg(header.fields.at(column.value(*field)).simplified(), name.simplified(),
                                       fieldKey(*field))});
            continue;
        }
        column.insert(*field, i);
    }
    if (!column.contains(DeviceField::Tag)) {
        plan.problems.append(
            {header.line, tr("No column holds the asset tag (expected one called “Asset Tag” or “Tag”).")});
    }
    if (!column.contains(DeviceField::Type) && !column.contains(DeviceField::Model) &&
        options.defaultTypeCode.isEmpty()) {
        plan.problems.append(
            {header.line, tr("No column says the device type (“Category”, “Type” or “Model”) and "
                             "no default type was given.")});
    }
    if (!column.contains(DeviceField::Branch) && options.defaultBranchCode.isEmpty()) {
        plan.problems.append(
            {header.line,
             tr("No column says the branch (“Location” or “Branch”) and no default branch was given.")});
    }
    if (plan.hasProblems()) {
        return plan;
    }

    const DeviceRepository repo(db);
    TypeResolver types{repo.types(), foldKeys(options.typeValues)};
    const QHash<QString, QString> branchValues = foldKeys(options.branchValues);
    const QList<Branch> branches = repo.branches();
    QHash<QString, int> tagLines;
    QHash<QString, int> simLines;

    while (!reader.atEnd()) {
        const CsvReader::Record record = reader.next();
        ++plan.records;
        if (!record.ok()) {
            plan.problems.append({record.line, record.error});
            continue;
        }
        if (record.fields.size() != header.fields.size()) {
            plan.problems.append(
                {record.line, tr("the row has %1 field(s) but the header has %2; check for a missing "
                                 "or extra comma.")
                                  .arg(record.fields.size())
                                  .arg(header.fields.size())});
            continue;
        }
        auto value = [&](DeviceField f) {
            return column.contains(f) ? record.fields.at(column.value(f)).trimmed() : QString();
        };

        DeviceDetails details;
        details.tag = value(DeviceField::Tag);
        details.serial = value(DeviceField::Serial);
        details.make = value(DeviceField::Make);
        details.model = value(DeviceField::Model);
        details.notes = value(DeviceField::Notes);
        details.simIccid = value(DeviceField::SimIccid);

        std::optional<DeviceType> type = types.byCodeOrName(value(DeviceField::Type));
        if (!type && !details.model.isEmpty()) {
            type = types.byModel(details.make, details.model);
        }
        if (!type && value(DeviceField::Type).isEmpty() && !options.defaultTypeCode.isEmpty()) {
            type = types.byCodeOrName(options.defaultTypeCode);
        }
        if (!type) {
            const QString said =
                value(DeviceField::Type).isEmpty() ? details.model : value(DeviceField::Type);
            plan.problems.append(
                {record.line, said.isEmpty()
                                  ? tr("the device type is missing.")
                                  : tr("unknown device type “%1”; map it to a type code.").arg(said)});
            continue;
        }
        details.typeCode = type->code;

        const QString branchText = value(DeviceField::Branch);
        QString branchCode = branchText.isEmpty() ? options.defaultBranchCode : QString();
        if (!branchText.isEmpty()) {
            if (branchValues.contains(foldValue(branchText))) {
                branchCode = branchValues.value(foldValue(branchText));
            } else {
                for (const Branch &b : branches) {
                    if (foldValue(b.code) == foldValue(branchText) ||
                        foldValue(b.name) == foldValue(branchText)) {
                        branchCode = b.code;
                    }
                }
            }
        }
        if (branchCode.isEmpty()) {
            plan.problems.append(
                {record.line, tr("unknown branch “%1”; map it to a branch code.").arg(branchText)});
            continue;
        }
        details.branchCode = branchCode;

        DeviceStatus status = options.defaultStatus;
        if (!value(DeviceField::Status).isEmpty()) {
            QString why;
            const std::optional<DeviceStatus> s = statusFromText(value(DeviceField::Status), &why);
            if (!s) {
                plan.problems.append({record.line, why});
                continue;
            }
            status = *s;
        }
        if (!value(DeviceField::AcquiredOn).isEmpty()) {
            details.acquiredOn = parseDate(value(DeviceField::AcquiredOn));
            if (!details.acquiredOn.isValid()) {
                plan.problems.append({record.line, tr("“%1” is not a date (use 2024-09-30 or 30/09/2024).")
                                                       .arg(value(DeviceField::AcquiredOn))});
                continue;
            }
        }

        const QString tag = ScanInput::normalise(details.tag);
        if (!tag.isEmpty() && tagLines.contains(tag)) {
            plan.problems.append(
                {record.line,
                 tr("the tag %1 is already on line %2 of this file.").arg(tag).arg(tagLines.value(tag))});
            continue;
        }
        const QString sim = ScanInput::normalise(details.simIccid);
        if (!sim.isEmpty() && simLines.contains(sim)) {
            plan.problems.append(
                {record.line,
                 tr("SIM %1 is already in the device on line %2.").arg(sim).arg(simLines.value(sim))});
            continue;
        }
        Row row;
        row.line = record.line;
        details.status = DeviceStatus::Available; // validated as new; the imported status is set below
        if (std::optional<QString> problem = AddDeviceCommand::validate(db, today, details, &row.device)) {
            QString message = *problem;
            if (!message.isEmpty()) {
                message[0] = message.at(0).toLower();
            }
            plan.problems.append({record.line, message});
            continue;
        }
        row.device.status = status;
        tagLines.insert(tag, record.line);
        if (!sim.isEmpty()) {
            simLines.insert(sim, record.line);
        }
        plan.rows.append(row);
    }
    if (plan.records == 0) {
        plan.problems.append({header.line, tr("The file has a header but no devices.")});
    }
    return plan;
}

// ---- the command ----

ImportDevicesCommand::ImportDevicesCommand(QByteArray csv, DeviceImportOptions options)
    : m_csv(std::move(csv))
    , m_options(std::move(options)) {}

ImportDevicesCommand::ImportDevicesCommand(QList<PlannedRow> rows, QList<int> skippedLines)
    : m_plannedRows(std::move(rows))
    , m_skippedLines(std::move(skippedLines)) {}

std::optional<QString> ImportDevicesCommand::checkPlannedRows(CommandContext &ctx) {
    m_plan = DeviceImport::Plan();
    if (m_plannedRows->isEmpty()) {
        return tr("Nothing was imported: the import lists no devices.");
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    QSet<QString> tags;
    QSet<QString> sims;
    for (const PlannedRow &planned : std::as_const(*m_plannedRows)) {
        DeviceDetails details = planned.details;
        const DeviceStatus status = details.status;
        if (status == DeviceStatus::OnLoan || status == DeviceStatus::InTransit) {
            return tr("Nothing was imported: line %1: a device cannot be imported %2.")
                .arg(planned.line)
                .arg(deviceStatusLabel(status));
        }
        details.status = DeviceStatus::Available; // validated as new, like a planned row
        DeviceImport::Row row;
        row.line = planned.line;
        if (std::optional<QString> problem =
                AddDeviceCommand::validate(ctx.db, today, details, &row.device)) {
            return tr("Nothing was imported: line %1: %2").arg(planned.line).arg(*problem);
        }
        if (tags.contains(row.device.tag) ||
            (!row.device.simId.isEmpty() && sims.contains(row.device.simId))) {
            return tr("Nothing was imported: line %1 repeats the tag or SIM of another row.")
                .arg(planned.line);
        }
        tags.insert(row.device.tag);
        if (!row.device.simId.isEmpty()) {
            sims.insert(row.device.simId);
        }
        row.device.status = status;
        m_plan.rows.append(row);
        ++m_plan.records;
    }
    return std::nullopt;
}

std::optional<QString> ImportDevicesCommand::check(CommandContext &ctx) {
    if (m_plannedRows) {
        return checkPlannedRows(ctx);
    }
    if (m_csv.size() > kMaxBytes) {
        return tr("The file is too large to import (at most 20 MB).");
    }
    // Planned again inside the transaction: the register cannot change between the check and the writes.
    m_plan = DeviceImport::plan(m_csv, ctx.db, QDate::fromString(ctx.today, Qt::ISODate), m_options);
    if (m_plan.rows.isEmpty()) {
        return tr("Nothing was imported: no row can be added.\n%1").arg(m_plan.problemText());
    }
    if (m_plan.hasProblems() && !m_options.validOnly) {
        return tr("Nothing was imported: %1 row(s) have problems. Correct them, or import only the valid "
                  "rows.\n%2")
            .arg(m_plan.problems.size())
            .arg(m_plan.problemText());
    }
    return std::nullopt;
}

Command::Applied ImportDevicesCommand::apply(CommandContext &ctx) {
    m_importId = ctx.newId();
    const ReservationQueue queue(ctx.db);
    QStringList notes;
    for (DeviceImport::Row &row : m_plan.rows) {
        AddDeviceCommand::insert(ctx, row.device);
        const QString offered = queue.offer(ctx, row.device);
        if (!offered.isEmpty()) {
            notes.append(offered);
        }
    }
    if (m_plan.hasProblems()) {
        notes.prepend(tr("Skipped %1 row(s):\n%2").arg(m_plan.problems.size()).arg(m_plan.problemText()));
    }
    if (!m_plan.ignoredColumns.isEmpty()) {
        notes.append(tr("Columns not used: %1.").arg(m_plan.ignoredColumns.join(QStringLiteral(", "))));
    }
    return {QStringLiteral("devices"), m_importId, tr("Imported %1 device(s).").arg(m_plan.rows.size()),
            notes};
}

QJsonObject ImportDevicesCommand::payload() const {
    QJsonArray devices;
    for (const DeviceImport::Row &row : m_plan.rows) {
        QJsonObject o = row.device.toJson();
        o.insert(QStringLiteral("type_id"), row.device.type.id);
        o.insert(QStringLiteral("branch_id"), row.device.branch.id);
        o.insert(QStringLiteral("sim_id"), row.device.simId);
        o.insert(QStringLiteral("line"), row.line);
        devices.append(o);
    }
    QJsonArray skipped;
    for (const DeviceImport::Problem &p : m_plan.problems) {
        skipped.append(p.line);
    }
    for (int line : m_skippedLines) {
        skipped.append(line);
    }
    return {{QStringLiteral("import_id"), m_importId},
            {QStringLiteral("devices"), devices},
            {QStringLiteral("skipped_lines"), skipped}};
}

QJsonObject ImportDevicesCommand::auditPayload() const {
    QJsonObject o = payload();
    QJsonArray devices = o.value(QStringLiteral("devices")).toArray();
    for (qsizetype i = 0; i < devices.size(); ++i) {
        QJsonObject device = devices.at(i).toObject();
        device.remove(QStringLiteral("notes"));
        devices.replace(i, device);
    }
    o.insert(QStringLiteral("devices"), devices);
    return o;
}
