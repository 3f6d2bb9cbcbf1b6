// `techmates loan
// checkout|assess|checkin|renew|list|reserve|cancel-reservation|waiting|rule-set|rules|terms-publish` and
// `techmates data issue|expiring` (docs/loans.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "commands/CommandBus.h"
#include "devices/DeviceRepository.h"
#include "loans/CheckOutAssessment.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "loans/LoanQueries.h"
#include "loans/LoanRuleCommands.h"
#include "loans/LoanRules.h"
#include "loans/ReservationCommands.h"
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

// Prints like CliContext::run, for commands whose success needs more lines after the summary.
int report(CliContext &ctx, const CommandResult &result) {
    if (result.ok()) {
        ctx.out() << result.message() << Qt::endl;
        for (const QString &w : result.warnings()) {
            ctx.err() << tr("Note: %1").arg(w) << Qt::endl;
        }
    } else {
        ctx.err() << result.message() << Qt::endl;
    }
    return CliContext::exitFor(result);
}

void printIssues(CliContext &ctx, const LoanIssues &issues) {
    for (const LoanIssue &i : issues.all()) {
        const QString label = i.severity == LoanIssue::Severity::Block     ? tr("BLOCK")
                              : i.severity == LoanIssue::Severity::Warning ? tr("WARNING")
                                                                           : tr("NOTE");
        ctx.out() << label << ": " << i.message << Qt::endl;
    }
}

const char *kCheckoutUsage = QT_TRANSLATE_NOOP(
    "Cli",
    "Usage: techmates loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] "
    "[--kit ITEMS]\n"
    "  --signed-name NAME: the name the resident typed to accept the agreement (checked against their "
    "record).\n"
    "  Without it the agreement is recorded as signed on paper: print the terms, have them signed, keep the "
    "copy.");

int checkout(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("resident"), QStringLiteral("device"), QStringLiteral("override"),
                  QStringLiteral("signed-name"), QStringLiteral("kit")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("resident")).trimmed().isEmpty() ||
        a.value(QStringLiteral("device")).trimmed().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr(kCheckoutUsage) : error);
    }
    if (a.has(QStringLiteral("override")) && a.value(QStringLiteral("override")).trimmed().isEmpty()) {
        return usageError(ctx, tr("--override needs a reason in words."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    CheckOutRequest request;
    request.residentCard = a.value(QStringLiteral("resident"));
    request.deviceTag = a.value(QStringLiteral("device"));
    request.overrideReason = a.value(QStringLiteral("override"));
    if (a.has(QStringLiteral("signed-name"))) {
        request.agreement = LoanAgreement::Method::Typed;
        request.signedName = a.value(QStringLiteral("signed-name"));
        request.declarationAccepted = true; // typing the name on the command line is the declaration
    } else {
        request.agreement = LoanAgreement::Method::Paper;
    }
    if (a.has(QStringLiteral("kit"))) {
        request.kitOut = a.value(QStringLiteral("kit")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    CheckOutCommand command(request);
    const CommandResult result = ctx.bus().execute(command, ctx.actor());
    const int status = report(ctx, result);
    if (result.ok()) {
        const CheckOutAssessment &as = command.assessment();
        ctx.out() << tr("Due: %1").arg(as.dueOn().toString(Qt::ISODate)) << Qt::endl;
        ctx.out() << tr("Kit: %1").arg(as.kit().isEmpty() ? tr("none") : as.kit().join(QStringLiteral(", ")))
                  << Qt::endl;
        ctx.out() << tr("Replacement cost: %1").arg(formatPence(as.replacementCostPence())) << Qt::endl;
        ctx.out() << (request.agreement == LoanAgreement::Method::Paper
                          ? tr("Agreement: terms version %1, signed on paper — keep the signed copy.")
                          : tr("Agreement: terms version %1, accepted by typed name."))
                         .arg(as.terms()->termsVersion)
                  << Qt::endl;
    }
    return status;
}

int assess(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("resident"), QStringLiteral("device")},
                 &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates loan assess --resident CARD --device TAG [--json]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::LoanCirculate)) {
        ctx.err() << tr("%1 may not lend devices.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const CheckOutAssessment as = CheckOutAssessment::assess(ctx.store().database(), ctx.clock().today(),
                                                             a.value(QStringLiteral("resident")),
                                                             a.value(QStringLiteral("device")), ctx.actor());
    if (a.has(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(as.toJson()).toJson(QJsonDocument::Indented);
    } else {
        printIssues(ctx, as.issues());
        if (as.dueOn().isValid()) {
            ctx.out() << tr("Due: %1").arg(as.dueOn().toString(Qt::ISODate)) << Qt::endl;
        }
    }
    // 0: can be lent as it is; 1: blocked, or needs an override.
    return as.isBlocked() || as.needsOverride() ? ExitRefused : ExitDone;
}

int checkin(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("data-removed")},
                 {QStringLiteral("device"), QStringLiteral("condition"), QStringLiteral("missing"),
                  QStringLiteral("note")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("device")).trimmed().isEmpty()) {
        return usageError(
            ctx, error.isEmpty() ? tr("Usage: techmates loan checkin --device TAG [--condition good|damaged] "
                                      "[--data-removed] [--missing ITEMS] [--note TEXT]")
                                 : error);
    }
    const QString condition =
        a.value(QStringLiteral("condition"), QStringLiteral("good")).trimmed().toLower();
    if (condition != QLatin1String("good") && condition != QLatin1String("damaged")) {
        return usageError(ctx, tr("--condition must be good or damaged."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    CheckInRequest request;
    request.deviceTag = a.value(QStringLiteral("device"));
    request.condition = condition == QLatin1String("damaged") ? CheckInRequest::Condition::Damaged
                                                              : CheckInRequest::Condition::Good;
    request.dataRemoved = a.has(QStringLiteral("data-removed"));
    request.missingKit = a.value(QStringLiteral("missing")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    request.note = a.value(QStringLiteral("note"));
    CheckInCommand command(request);
    return report(ctx, ctx.bus().execute(command, ctx.actor()));
}

int renew(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("device"), QStringLiteral("override")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("device")).trimmed().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates loan renew --device TAG [--override REASON]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    RenewCommand command({a.value(QStringLiteral("device")), a.value(QStringLiteral("override"))});
    return report(ctx, ctx.bus().execute(command, ctx.actor()));
}

bool branchIdFor(CliContext &ctx, const CliArgs &a, QString *branchId) {
    if (!a.has(QStringLiteral("branch"))) {
        return true;
    }
    const std::optional<Branch> branch =
        DeviceRepository(ctx.store().database()).branchByCode(a.value(QStringLiteral("branch")));
    if (!branch) {
        ctx.err() << tr("No branch with code %1.").arg(a.value(QStringLiteral("branch"))) << Qt::endl;
        return false;
    }
    *branchId = branch->id;
    return true;
}

int list(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json"), QStringLiteral("csv")},
                 {QStringLiteral("status"), QStringLiteral("branch")}, &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates loan list [--status active|overdue|due_today] "
                                        "[--branch CODE] [--json|--csv]")
                                   : error);
    }
    const QString status = a.value(QStringLiteral("status"), QStringLiteral("active")).trimmed().toLower();
    if (status != QLatin1String("active") && status != QLatin1String("overdue") &&
        status != QLatin1String("due_today")) {
        return usageError(ctx, tr("--status must be active, overdue or due_today."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    QString branchId;
    if (!branchIdFor(ctx, a, &branchId)) {
        return ExitRefused;
    }
    const LoanQueries queries(ctx.store().database(), ctx.actor());
    if (!queries.allowed()) {
        ctx.err() << tr("%1 may not see loans.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const QDate today = ctx.clock().today();
    const QList<LoanRow> rows = status == QLatin1String("overdue")     ? queries.overdue(today, branchId)
                                : status == QLatin1String("due_today") ? queries.dueOn(today, branchId)
                                                                       : queries.activeLoans(today, branchId);
    if (a.has(QStringLiteral("csv"))) {
        ctx.out() << LoanQueries::loansCsv(rows);
        return ExitDone;
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const LoanRow &r : rows) {
            out.append(r.toJson());
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const LoanRow &r : rows) {
        ctx.out() << r.deviceTag.leftJustified(14) << ' ' << r.residentCard.leftJustified(12) << ' '
                  << r.dueOn.toString(Qt::ISODate) << ' '
                  << (r.daysOverdue > 0 ? tr("%1 day(s) overdue").arg(r.daysOverdue) : QString()) << Qt::endl;
    }
    return ExitDone;
}

int reserve(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("resident"), QStringLiteral("type"), QStringLiteral("branch")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("resident")).isEmpty() ||
        a.value(QStringLiteral("type")).isEmpty()) {
        return usageError(
            ctx, error.isEmpty()
                     ? tr("Usage: techmates loan reserve --resident CARD --type CODE [--branch CODE]")
                     : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    ReserveCommand command(a.value(QStringLiteral("resident")), a.value(QStringLiteral("type")),
                           a.value(QStringLiteral("branch")));
    const int status = report(ctx, ctx.bus().execute(command, ctx.actor()));
    if (status == ExitDone) {
        ctx.out() << command.reservationId() << Qt::endl;
    }
    return status;
}

int cancelReservation(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("reason")}, &error) || a.positionals().size() != 1) {
        return usageError(
            ctx, error.isEmpty() ? tr("Usage: techmates loan cancel-reservation ID [--reason TEXT]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    CancelReservationCommand command(a.positionals().first(), a.value(QStringLiteral("reason")));
    return report(ctx, ctx.bus().execute(command, ctx.actor()));
}

int waiting(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("branch")}, &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates loan waiting [--branch CODE] [--json]")
                                               : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    QString branchId;
    if (!branchIdFor(ctx, a, &branchId)) {
        return ExitRefused;
    }
    const LoanQueries queries(ctx.store().database(), ctx.actor());
    if (!queries.allowed()) {
        ctx.err() << tr("%1 may not see the waiting list.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const QList<ReservationRow> rows = queries.waitingList(branchId);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const ReservationRow &r : rows) {
            out.append(r.toJson());
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const ReservationRow &r : rows) {
        ctx.out() << r.branchCode.leftJustified(6) << ' ' << r.typeCode.leftJustified(8) << ' '
                  << (r.status == QLatin1String("offered") ? tr("offered %1").arg(r.offeredDeviceTag)
                                                           : tr("#%1").arg(r.place))
                         .leftJustified(20)
                  << ' ' << r.residentCard << ' ' << r.id << Qt::endl;
    }
    return ExitDone;
}

int ruleSet(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {},
                 {QStringLiteral("category"), QStringLiteral("type"), QStringLiteral("branch"),
                  QStringLiteral("days"), QStringLiteral("renewals"), QStringLiteral("max-loans"),
                  QStringLiteral("hard-end")},
                 &error) ||
        !a.positionals().isEmpty() || !a.has(QStringLiteral("days"))) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates loan rule-set [--category C] [--type CODE] "
                                        "[--branch CODE] --days N [--renewals N] [--max-loans N] "
                                        "[--hard-end DATE]")
                                   : error);
    }
    SetLoanRuleCommand::Details d;
    d.borrowerCategory = a.value(QStringLiteral("category"), QStringLiteral("standard"));
    d.typeCode = a.value(QStringLiteral("type"));
    d.branchCode = a.value(QStringLiteral("branch"));
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    d.loanDays = a.value(QStringLiteral("days")).toInt(&ok1);
    d.maxRenewals = a.value(QStringLiteral("renewals"), QStringLiteral("0")).toInt(&ok2);
    d.maxActiveLoans = a.value(QStringLiteral("max-loans"), QStringLiteral("1")).toInt(&ok3);
    if (!ok1 || !ok2 || !ok3) {
        return usageError(ctx, tr("--days, --renewals and --max-loans are whole numbers."));
    }
    if (!a.date(QStringLiteral("hard-end"), &d.hardEndDate, &error)) {
        return usageError(ctx, error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    SetLoanRuleCommand command(d);
    return ctx.run(command);
}

int rules(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {}, &error) || !a.positionals().isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates loan rules [--json]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const DeviceRepository devices(ctx.store().database());
    QJsonArray out;
    for (const LoanRule &r : LoanRules(ctx.store().database()).all()) {
        QJsonObject o = r.toJson();
        const std::optional<DeviceType> type = devices.typeById(r.deviceTypeId);
        const std::optional<Branch> branch = devices.branchById(r.branchId);
        o.insert(QStringLiteral("type"), type ? type->code : QStringLiteral("*"));
        o.insert(QStringLiteral("branch"), branch ? branch->code : QStringLiteral("*"));
        out.append(o);
        if (!a.has(QStringLiteral("json"))) {
            ctx.out() << r.borrowerCategory.leftJustified(14) << ' '
                      << o.value(QStringLiteral("type")).toString().leftJustified(8) << ' '
                      << o.value(QStringLiteral("branch")).toString().leftJustified(6) << ' '
                      << tr("%1 days, %2 renewal(s), %3 at once")
                             .arg(r.loanDays)
                             .arg(r.maxRenewals)
                             .arg(r.maxActiveLoans)
                      << (r.hardEndDate.isValid() ? tr(", ends %1").arg(r.hardEndDate.toString(Qt::ISODate))
                                                  : QString())
                      << Qt::endl;
        }
    }
    if (a.has(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
    }
    return ExitDone;
}

int termsPublish(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("file"), QStringLiteral("from")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("file")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates loan terms-publish --file TEXTFILE [--from DATE]")
                                   : error);
    }
    QDate from;
    if (!a.date(QStringLiteral("from"), &from, &error)) {
        return usageError(ctx, error);
    }
    QFile file(a.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("Cannot read “%1”: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
        return ExitStore;
    }
    const QString body = QString::fromUtf8(file.read(100000));
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    PublishLoanTermsCommand command(body, from);
    return ctx.run(command);
}

int dataIssue(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("resident"), QStringLiteral("code"), QStringLiteral("activated")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("resident")).isEmpty() ||
        a.value(QStringLiteral("code")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates data issue --resident CARD --code ICCID_OR_VOUCHER "
                                        "[--activated DATE]")
                                   : error);
    }
    IssueDataOfferCommand::Details d{
        a.value(QStringLiteral("resident")), a.value(QStringLiteral("code")), {}};
    if (!a.date(QStringLiteral("activated"), &d.activatedOn, &error)) {
        return usageError(ctx, error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    IssueDataOfferCommand command(d);
    return ctx.run(command);
}

int dataExpiring(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("days")}, &error) ||
        !a.positionals().isEmpty()) {
        return usageError(ctx,
                          error.isEmpty() ? tr("Usage: techmates data expiring [--days N] [--json]") : error);
    }
    bool ok = false;
    const int days = a.value(QStringLiteral("days"), QStringLiteral("14")).toInt(&ok);
    if (!ok || days < 0 || days > 366) {
        return usageError(ctx, tr("--days must be a number from 0 to 366."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const LoanQueries queries(ctx.store().database(), ctx.actor());
    if (!queries.allowed()) {
        ctx.err() << tr("%1 may not see data offers.").arg(ctx.actor().displayName()) << Qt::endl;
        return ExitRefused;
    }
    const QList<DataOfferRow> rows = queries.dataOffersExpiring(ctx.clock().today(), days);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray out;
        for (const DataOfferRow &r : rows) {
            out.append(r.toJson());
        }
        ctx.out() << QJsonDocument(out).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const DataOfferRow &r : rows) {
        ctx.out() << r.expiresOn.toString(Qt::ISODate) << ' ' << r.residentCard.leftJustified(12) << ' '
                  << r.kind.leftJustified(8) << ' ' << r.code << ' ' << r.network << Qt::endl;
    }
    return ExitDone;
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerLoanCommands(CliRegistry &registry) {
    const QString group = QStringLiteral("loan");
    registry.add(
        {group, QStringLiteral("checkout"),
         QStringLiteral("loan checkout --resident CARD --device TAG [--override REASON] [--signed-name NAME] "
                        "[--kit ITEMS]  (no --signed-name: agreement signed on paper)"),
         checkout});
    registry.add(
        {group, QStringLiteral("assess"),
         QStringLiteral("loan assess --resident CARD --device TAG [--json]  (exit 0: can lend as it is)"),
         assess});
    registry.add({group, QStringLiteral("checkin"),
                  QStringLiteral("loan checkin --device TAG [--condition good|damaged] [--data-removed] "
                                 "[--missing ITEMS] [--note TEXT]"),
                  checkin});
    registry.add({group, QStringLiteral("renew"),
                  QStringLiteral("loan renew --device TAG [--override REASON]"), renew});
    registry.add(
        {group, QStringLiteral("list"),
         QStringLiteral("loan list [--status active|overdue|due_today] [--branch CODE] [--json|--csv]"),
         list});
    registry.add({group, QStringLiteral("reserve"),
                  QStringLiteral("loan reserve --resident CARD --type CODE [--branch CODE]"), reserve});
    registry.add({group, QStringLiteral("cancel-reservation"),
                  QStringLiteral("loan cancel-reservation ID [--reason TEXT]"), cancelReservation});
    registry.add(
        {group, QStringLiteral("waiting"), QStringLiteral("loan waiting [--branch CODE] [--json]"), waiting});
    registry.add({group, QStringLiteral("rules"), QStringLiteral("loan rules [--json]"), rules});
    registry.add(
        {group, QStringLiteral("rule-set"),
         QStringLiteral("loan rule-set [--category C] [--type CODE] [--branch CODE] --days N [--renewals N] "
                        "[--max-loans N] [--hard-end DATE]"),
         ruleSet});
    registry.add({group, QStringLiteral("terms-publish"),
                  QStringLiteral("loan terms-publish --file TEXTFILE [--from DATE]"), termsPublish});
    registry.add({QStringLiteral("data"), QStringLiteral("issue"),
                  QStringLiteral("data issue --resident CARD --code ICCID_OR_VOUCHER [--activated DATE]"),
                  dataIssue});
    registry.add({QStringLiteral("data"), QStringLiteral("expiring"),
                  QStringLiteral("data expiring [--days N] [--json]"), dataExpiring});
}
