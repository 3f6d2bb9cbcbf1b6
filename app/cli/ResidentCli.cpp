// `techmates resident find|show|add|edit`
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentRepository.h"
#include "residents/ResidentSearch.h"
#include "store/Store.h"

#include <QCoreApplication>
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

const QSet<QString> kFieldOptions{
    QStringLiteral("given"),       QStringLiteral("family"),   QStringLiteral("card"),
    QStringLiteral("dob"),         QStringLiteral("phone"),    QStringLiteral("email"),
    QStringLiteral("address"),     QStringLiteral("postcode"), QStringLiteral("category"),
    QStringLiteral("eligibility"), QStringLiteral("referral"), QStringLiteral("notes")};

// Copies the options given on the command line onto the resident; false (with message) on a bad date.
bool applyFieldOptions(const CliArgs &a, Resident &r, QString *error) {
    auto set = [&](const char *option, QString &field) {
        if (a.has(QString::fromLatin1(option))) {
            field = a.value(QString::fromLatin1(option));
        }
    };
    set("given", r.givenName);
    set("family", r.familyName);
    set("card", r.card);
    set("phone", r.phone);
    set("email", r.email);
    set("address", r.address);
    set("postcode", r.postcode);
    set("category", r.borrowerCategory);
    set("eligibility", r.eligibilityCriterion);
    set("referral", r.referralOrg);
    set("notes", r.notes);
    if (!a.date(QStringLiteral("dob"), &r.dateOfBirth, error)) {
        return false;
    }
    return true;
}

int usageError(CliContext &ctx, const QString &message) {
    ctx.err() << message << Qt::endl;
    return ExitUsage;
}

int find(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("limit")}, &error)) {
        return usageError(ctx, error);
    }
    if (a.positionals().isEmpty()) {
        return usageError(ctx, tr("Say what to look for: techmates resident find TEXT"));
    }
    bool limitOk = true;
    const int limit = a.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 1000) {
        return usageError(ctx, tr("--limit must be a number from 1 to 1000."));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const QList<ResidentHit> hits = ResidentSearch(ctx.store().database())
                                        .find(a.positionals().join(QLatin1Char(' ')), ctx.actor(), limit);
    if (a.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const ResidentHit &h : hits) {
            rows.append(QJsonObject{{QStringLiteral("id"), h.id},
                                    {QStringLiteral("card"), h.card},
                                    {QStringLiteral("name"), h.displayName()},
                                    {QStringLiteral("given_name"), h.givenName},
                                    {QStringLiteral("family_name"), h.familyName},
                                    {QStringLiteral("postcode"), h.postcode},
                                    {QStringLiteral("phone"), h.phone}});
        }
        ctx.out() << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (const ResidentHit &h : hits) {
        ctx.out() << h.card.leftJustified(12) << ' ' << h.displayName().leftJustified(32) << ' '
                  << h.postcode.leftJustified(9) << ' ' << h.phone << Qt::endl;
    }
    if (hits.isEmpty()) {
        ctx.err() << tr("No resident matches “%1”.").arg(a.positionals().join(QLatin1Char(' '))) << Qt::endl;
    }
    return ExitDone;
}

int show(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {}, &error) || a.positionals().size() != 1) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates resident show CARD [--json]") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    const auto r = ResidentRepository(ctx.store().database()).byCard(a.positionals().first(), ctx.actor());
    if (!r) {
        ctx.err() << tr("No resident with card %1.").arg(a.positionals().first()) << Qt::endl;
        return ExitRefused;
    }
    QJsonObject o = r->toJson();
    o.insert(QStringLiteral("name"), r->displayName());
    o.insert(QStringLiteral("version"), r->version);
    if (a.has(QStringLiteral("json"))) {
        ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitDone;
    }
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        ctx.out() << it.key() << ": " << it.value().toVariant().toString() << Qt::endl;
    }
    return ExitDone;
}

int add(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    Resident r;
    if (!a.parse(args, {}, kFieldOptions, &error) || !applyFieldOptions(a, r, &error)) {
        return usageError(ctx, error);
    }
    if (!a.positionals().isEmpty()) {
        return usageError(ctx, tr("Usage: techmates resident add --given NAME --family NAME [--card N] "
                                  "[--postcode P] [--phone P] [--email E] [--dob DATE] …"));
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    AddResidentCommand command(r, ctx.clock());
    const int status = ctx.run(command);
    if (status == ExitDone) {
        ctx.out() << command.resident().card << Qt::endl;
    }
    return status;
}

int edit(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, kFieldOptions, &error) || a.positionals().size() != 1) {
        return usageError(ctx,
                          error.isEmpty() ? tr("Usage: techmates resident edit CARD [--phone P] …") : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    auto r = ResidentRepository(ctx.store().database()).byCard(a.positionals().first(), ctx.actor());
    if (!r) {
        ctx.err() << tr("No resident with card %1.").arg(a.positionals().first()) << Qt::endl;
        return ExitRefused;
    }
    if (!applyFieldOptions(a, *r, &error)) {
        return usageError(ctx, error);
    }
    EditResidentCommand command(*r, ctx.clock());
    return ctx.run(command);
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerResidentCommands(CliRegistry &registry) {
    registry.add({QStringLiteral("resident"), QStringLiteral("find"),
                  QStringLiteral("resident find TEXT [--json] [--limit N]"), find});
    registry.add({QStringLiteral("resident"), QStringLiteral("show"),
                  QStringLiteral("resident show CARD [--json]"), show});
    registry.add(
        {QStringLiteral("resident"), QStringLiteral("add"),
         QStringLiteral("resident add --given NAME --family NAME [--card N] [--postcode P] [--phone P] "
                        "[--email E] [--dob DATE] [--address A] [--category C] [--eligibility E] "
                        "[--referral ORG] [--notes TEXT]"),
         add});
    registry.add({QStringLiteral("resident"), QStringLiteral("edit"),
                  QStringLiteral("resident edit CARD [same options as add]"), edit});
}
