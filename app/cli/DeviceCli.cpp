// `techmates device list|show|add|edit|import|retire|lost|found|repair|repaired|transfer|receive|type-add`
// and `techmates sim add`: the device register (docs/loans.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "devices/DeviceCommands.h"
#include "devices/DeviceImport.h"
#include "devices/DeviceMovementCommands.h"
#include "devices/DeviceRepository.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanQueries.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A named namespace around the file's helpers so that lupdate files their tr() texts under "Cli",
// the context the helper below translates with.
namespace Cli {
namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("Cli", text);
}

int usageError(CliContext &ctx, const QString &message) {
    ctx.err() << message << Qt::endl;
    return ExitUsage;
}

QString statusKeys() {
    QStringList keys;
    for (DeviceStatus s : allDeviceStatuses()) {
        keys.append(deviceStatusKey(s));
    }
    return keys.join(QLatin1Char('|'));
}

int list(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("status"), QStringLiteral("branch")},
                 &error) ||
        !a.positionals().isEmpty()) {
        return usageError(
            ctx,
            error.isEmpty()
                ? tr("Usage: techmates device list [--status %1] [--branch CODE] [--json]").arg(statusKeys())
                : error);
    }
    std::optional<DeviceStatus> status;
    if (a.has(QStringLiteral("status"))) {
        status = deviceStatusFromKey(a.value(QStringLiteral("status")).trimmed().toLower());
        if (!status) {
            return usageError(ctx, tr("--status must be one of %1.").arg(statusKeys()));
        }
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    QString branchId;
    if (a.has(QStringLiteral("branch"))) {
        const std::optional<Branch> branch =
            DeviceRepository(ctx.store().database()).branchByCode(a.value(QStringLiteral("branch")));
        if (!branch) {
            ctx.err() << tr("No branch with code %1.").arg(a.value(QStringLiteral("branch"))) << Qt::endl;
            return ExitRefused;
        }
        branchId = branch->id;
    }
    const LoanQueries queries(ctx.store().database(), ctx.actor());
    if (!queries.allowed()) {
        ctx.err() << tr("%1 may not see the device register.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const QList<Device> devices = queries.devices(status, branchId);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const Device &d : devices) {
            rows.append(d.toJson());
        }
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const Device &d : devices) {
        ctx.out() << d.tag.leftJustified(14) << ' ' << deviceStatusKey(d.status).leftJustified(14) << ' '
                  << d.type.code.leftJustified(8) << ' ' << d.branch.code.leftJustified(6) << ' ' << d.serial
                  << Qt::endl;
    }
    return ExitDone;
}

int show(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {}, &error) || a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates device show TAG [--json]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!LoanQueries(ctx.store().database(), ctx.actor()).allowed()) {
        ctx.err() << tr("%1 may not see the device register.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const DeviceScan scan = DeviceRepository(ctx.store().database()).scan(a.positionals().first());
    if (!scan.found()) {
        ctx.err() << scan.message << Qt::endl;
        return ExitRefused;
    }
    const QJsonObject o = scan.device->toJson();
    if (a.has(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString value = it.value().isArray()
                                  ? it.value().toVariant().toStringList().join(QStringLiteral(", "))
                                  : it.value().toVariant().toString();
        ctx.out() << it.key() << ": " << value << Qt::endl;
    }
    return ExitDone;
}

const QSet<QString> kDetailOptions{
    QStringLiteral("tag"),  QStringLiteral("type"),  QStringLiteral("branch"),   QStringLiteral("serial"),
    QStringLiteral("make"), QStringLiteral("model"), QStringLiteral("acquired"), QStringLiteral("notes"),
    QStringLiteral("sim"),  QStringLiteral("status")};

bool applyDetailOptions(const CliArgs &a, DeviceDetails &d, QString *error) {
    auto set = [&](const char *option, QString &field) {
        if (a.has(QString::fromLatin1(option))) {
            field = a.value(QString::fromLatin1(option));
        }
    };
    set("tag", d.tag);
    set("type", d.typeCode);
    set("branch", d.branchCode);
    set("serial", d.serial);
    set("make", d.make);
    set("model", d.model);
    set("notes", d.notes);
    set("sim", d.simIccid);
    if (!a.date(QStringLiteral("acquired"), &d.acquiredOn, error)) {
        return false;
    }
    if (a.has(QStringLiteral("status"))) {
        const std::optional<DeviceStatus> s = deviceStatusFromKey(a.value(QStringLiteral("status")));
        if (!s || (*s != DeviceStatus::Available && *s != DeviceStatus::AwaitingWipe)) {
            *error = tr("--status for a new device is available or awaiting_wipe.");
            return false;
        }
        d.status = *s;
    }
    return true;
}

int add(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    DeviceDetails d;
    if (!a.parse(args, {}, kDetailOptions, &error) || !applyDetailOptions(a, d, &error)) {
        return usageError(ctx, error);
    }
    if (!a.positionals().isEmpty() || d.tag.isEmpty() || d.typeCode.isEmpty() || d.branchCode.isEmpty()) {
        return usageError(ctx,
                          tr("Usage: techmates device add --tag T --type CODE --branch CODE [--serial S] "
                             "[--make M] [--model M] [--acquired DATE] [--sim ICCID] [--notes TEXT] "
                             "[--status available|awaiting_wipe]"));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    AddDeviceCommand command(d);
    return ctx.run(command);
}

int edit(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, kDetailOptions - QSet<QString>{QStringLiteral("branch"), QStringLiteral("status")},
                 &error) ||
        a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates device edit TAG [--tag NEW] [--type CODE] "
                                        "[--serial S] [--make M] [--model M] [--acquired DATE] "
                                        "[--sim ICCID] [--notes TEXT]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const DeviceScan scan = DeviceRepository(ctx.store().database()).scan(a.positionals().first());
    if (!scan.found()) {
        ctx.err() << scan.message << Qt::endl;
        return ExitRefused;
    }
    const Device &current = *scan.device;
    DeviceDetails d{current.tag,   current.type.code,  current.branch.code, current.serial,   current.make,
                    current.model, current.acquiredOn, current.notes,       current.simIccid, current.status};
    if (!applyDetailOptions(a, d, &error)) {
        return usageError(ctx, error);
    }
    EditDeviceCommand command(current.id, current.version, d);
    return ctx.run(command);
}

// "A=x;B=y" → {A: x, B: y}. Pairs are separated by ";" because names such as Snipe-IT locations may hold
// commas.
bool parsePairs(const QString &text, QHash<QString, QString> *out, QString *error, const char *option) {
    for (const QString &pair : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || pair.mid(eq + 1).trimmed().isEmpty()) {
            *error = tr("--%1 takes NAME=VALUE pairs separated by “;”, e.g. \"Tablets=TAB;Laptops=HP250\".")
                         .arg(QString::fromLatin1(option));
            return false;
        }
        out->insert(pair.left(eq).trimmed(), pair.mid(eq + 1).trimmed());
    }
    return true;
}

int import(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("valid-only"), QStringLiteral("dry-run")},
                 {QStringLiteral("map"), QStringLiteral("type-map"), QStringLiteral("branch-map"),
                  QStringLiteral("type"), QStringLiteral("branch"), QStringLiteral("status")},
                 &error) ||
        a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates device import FILE [--valid-only] [--dry-run] "
                                        "[--map \"Header=field;…\"] [--type-map \"Value=CODE;…\"] "
                                        "[--branch-map \"Value=CODE;…\"] [--type CODE] [--branch CODE] "
                                        "[--status available|awaiting_wipe]")
                                   : error);
    }
    DeviceImportOptions options;
    options.validOnly = a.has(QStringLiteral("valid-only"));
    options.defaultTypeCode = a.value(QStringLiteral("type"));
    options.defaultBranchCode = a.value(QStringLiteral("branch"));
    QHash<QString, QString> columns;
    if (!parsePairs(a.value(QStringLiteral("map")), &columns, &error, "map") ||
        !parsePairs(a.value(QStringLiteral("type-map")), &options.typeValues, &error, "type-map") ||
        !parsePairs(a.value(QStringLiteral("branch-map")), &options.branchValues, &error, "branch-map")) {
        return usageError(ctx, error);
    }
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        const std::optional<DeviceField> field = DeviceImport::fieldFromKey(it.value());
        if (!field) {
            return usageError(
                ctx, tr("Unknown field “%1” in --map (fields: tag, type, branch, serial, make, model, "
                        "status, acquired_on, notes, sim, ignore).")
                         .arg(it.value()));
        }
        options.columns.insert(it.key(), *field);
    }
    if (a.has(QStringLiteral("status"))) {
        const std::optional<DeviceStatus> s = deviceStatusFromKey(a.value(QStringLiteral("status")));
        if (!s || (*s != DeviceStatus::Available && *s != DeviceStatus::AwaitingWipe)) {
            return usageError(ctx, tr("--status (for rows without one) is available or awaiting_wipe."));
        }
        options.defaultStatus = *s;
    }
    QFile file(a.positionals().first());
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("Cannot read “%1”: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return ExitStore;
    }
    if (file.size() > ImportDevicesCommand::kMaxBytes) {
        ctx.err() << tr("“%1” is too large to import (at most 20 MB).").arg(file.fileName()) << Qt::endl;
        return ExitRefused;
    }
    const QByteArray bytes = file.readAll();
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (a.has(QStringLiteral("dry-run"))) {
        const DeviceImport::Plan plan =
            DeviceImport::plan(bytes, ctx.store().database(), ctx.clock().today(), options);
        ctx.out() << tr("%1 row(s) can be imported; %2 have problems.")
                         .arg(plan.rows.size())
                         .arg(plan.problems.size())
                  << Qt::endl;
        if (plan.hasProblems()) {
            ctx.err() << plan.problemText(1000) << Qt::endl;
        }
        return plan.hasProblems() && !options.validOnly ? ExitRefused : ExitDone;
    }
    ImportDevicesCommand command(bytes, options);
    return ctx.run(command);
}

// The steps that take a tag and an optional note or reason.
template <typename StepCommand>
int step(CliContext &ctx, const QStringList &args, const char *usage, const char *noteOption) {
    CliArgs a;
    QString error;
    const QString note = QString::fromLatin1(noteOption);
    if (!a.parse(args, {}, {note}, &error) || a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty() ? tr(usage) : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    StepCommand command(a.positionals().first(), a.value(note));
    return ctx.run(command);
}

int retire(CliContext &ctx, const QStringList &args) {
    return step<RetireDeviceCommand>(
        ctx, args, QT_TRANSLATE_NOOP("Cli", "Usage: techmates device retire TAG [--reason TEXT]"), "reason");
}

int lost(CliContext &ctx, const QStringList &args) {
    return step<MarkLostCommand>(
        ctx, args, QT_TRANSLATE_NOOP("Cli", "Usage: techmates device lost TAG [--reason TEXT]"), "reason");
}

int repair(CliContext &ctx, const QStringList &args) {
    return step<SendToRepairCommand>(
        ctx, args, QT_TRANSLATE_NOOP("Cli", "Usage: techmates device repair TAG [--fault TEXT]"), "fault");
}

int repaired(CliContext &ctx, const QStringList &args) {
    return step<ReturnFromRepairCommand>(
        ctx, args, QT_TRANSLATE_NOOP("Cli", "Usage: techmates device repaired TAG [--note TEXT]"), "note");
}

int receive(CliContext &ctx, const QStringList &args) {
    return step<ReceiveTransferCommand>(
        ctx, args, QT_TRANSLATE_NOOP("Cli", "Usage: techmates device receive TAG [--note TEXT]"), "note");
}

int found(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("branch"), QStringLiteral("note")}, &error) ||
        a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates device found TAG [--branch CODE] [--note TEXT]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    MarkFoundCommand command(a.positionals().first(), a.value(QStringLiteral("branch")),
                             a.value(QStringLiteral("note")));
    return ctx.run(command);
}

int transfer(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("to"), QStringLiteral("note")}, &error) ||
        a.positionals().size() != 1 || a.value(QStringLiteral("to")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates device transfer TAG --to BRANCH [--note TEXT]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    SendTransferCommand command(a.positionals().first(), a.value(QStringLiteral("to")),
                                a.value(QStringLiteral("note")));
    return ctx.run(command);
}

int typeAdd(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
                  QStringLiteral("kit"), QStringLiteral("cost")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("code")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates device type-add --code CODE --name NAME "
                                        "--category tablet|laptop|chromebook|mifi|phone|other "
                                        "[--kit \"charger,case\"] [--cost POUNDS]")
                                   : error);
    }
    bool ok = true;
    const double pounds = a.value(QStringLiteral("cost"), QStringLiteral("0")).toDouble(&ok);
    if (!ok || pounds < 0) {
        return usageError(ctx, tr("--cost is an amount in pounds, e.g. 349.00."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    AddDeviceTypeCommand command({a.value(QStringLiteral("code")), a.value(QStringLiteral("name")),
                                  a.value(QStringLiteral("category")),
                                  a.value(QStringLiteral("kit")).split(QLatin1Char(','), Qt::SkipEmptyParts),
                                  int(qRound(pounds * 100))});
    return ctx.run(command);
}

int simAdd(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("iccid"), QStringLiteral("voucher"), QStringLiteral("network"),
                  QStringLiteral("gb"), QStringLiteral("months"), QStringLiteral("branch")},
                 &error) ||
        !a.positionals().isEmpty() || a.has(QStringLiteral("iccid")) == a.has(QStringLiteral("voucher"))) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates sim add (--iccid ICCID | --voucher CODE) "
                                        "--network NAME --gb N --months N [--branch CODE]")
                                   : error);
    }
    bool gbOk = false;
    bool monthsOk = false;
    const int gb = a.value(QStringLiteral("gb")).toInt(&gbOk);
    const int months = a.value(QStringLiteral("months")).toInt(&monthsOk);
    if (!gbOk || !monthsOk) {
        return usageError(ctx, tr("--gb and --months are whole numbers."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const bool sim = a.has(QStringLiteral("iccid"));
    AddSimCommand command({sim ? QStringLiteral("sim") : QStringLiteral("voucher"),
                           a.value(sim ? QStringLiteral("iccid") : QStringLiteral("voucher")),
                           a.value(QStringLiteral("network")), gb, months,
                           a.value(QStringLiteral("branch"))});
    return ctx.run(command);
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerDeviceCommands(CliRegistry &registry) {
    const QString group = QStringLiteral("device");
    registry.add(
        {group, QStringLiteral("list"),
         QStringLiteral(
             "device list [--status available|on_loan|awaiting_wipe|in_repair|in_transit|lost|retired] "
             "[--branch CODE] [--json]"),
         list});
    registry.add({group, QStringLiteral("show"), QStringLiteral("device show TAG [--json]"), show});
    registry.add(
        {group, QStringLiteral("add"),
         QStringLiteral("device add --tag T --type CODE --branch CODE [--serial S] [--make M] [--model M] "
                        "[--acquired DATE] [--sim ICCID] [--status available|awaiting_wipe]"),
         add});
    registry.add({group, QStringLiteral("edit"),
                  QStringLiteral("device edit TAG [--tag NEW] [--serial S] … (as add)"), edit});
    registry.add(
        {group, QStringLiteral("import"),
         QStringLiteral("device import FILE [--valid-only] [--dry-run] [--map \"Header=field;…\"] "
                        "[--type-map \"Value=CODE;…\"] [--branch-map \"Value=CODE;…\"] [--type CODE] "
                        "[--branch CODE] [--status available|awaiting_wipe]"),
         import});
    registry.add(
        {group, QStringLiteral("retire"), QStringLiteral("device retire TAG [--reason TEXT]"), retire});
    registry.add({group, QStringLiteral("lost"), QStringLiteral("device lost TAG [--reason TEXT]"), lost});
    registry.add({group, QStringLiteral("found"),
                  QStringLiteral("device found TAG [--branch CODE] [--note TEXT]"), found});
    registry.add(
        {group, QStringLiteral("repair"), QStringLiteral("device repair TAG [--fault TEXT]"), repair});
    registry.add(
        {group, QStringLiteral("repaired"), QStringLiteral("device repaired TAG [--note TEXT]"), repaired});
    registry.add({group, QStringLiteral("transfer"),
                  QStringLiteral("device transfer TAG --to BRANCH [--note TEXT]"), transfer});
    registry.add(
        {group, QStringLiteral("receive"), QStringLiteral("device receive TAG [--note TEXT]"), receive});
    registry.add({group, QStringLiteral("type-add"),
                  QStringLiteral("device type-add --code CODE --name NAME --category CATEGORY [--kit ITEMS] "
                                 "[--cost POUNDS]"),
                  typeAdd});
    registry.add({QStringLiteral("sim"), QStringLiteral("add"),
                  QStringLiteral("sim add (--iccid ICCID | --voucher CODE) --network NAME --gb N --months N "
                                 "[--branch CODE]"),
                  simAdd});
}
