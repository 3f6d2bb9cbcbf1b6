// `techmates badge …`: iDEA badges (docs/skills.md).
#include "CliArgs.h"
#include "CliContext.h"
#include "CliRegistry.h"
#include "skills/BadgeCatalogue.h"
#include "skills/BadgeCatalogueCommands.h"
#include "skills/BadgeCommands.h"
#include "skills/BadgeImport.h"
#include "skills/Learner.h"
#include "skills/SkillsProgress.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

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

bool readFile(CliContext &ctx, const QString &path, qint64 limit, QByteArray *bytes) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err() << tr("Cannot read %1: %2").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    if (f.size() > limit) {
        ctx.err() << tr("%1 is too large (at most %2 MB).").arg(path).arg(limit / (1024 * 1024)) << Qt::endl;
        return false;
    }
    *bytes = f.readAll();
    return true;
}

bool writeOut(CliContext &ctx, const QString &path, const QByteArray &bytes) {
    if (path.isEmpty() || path == QLatin1String("-")) {
        ctx.out() << QString::fromUtf8(bytes);
        ctx.out().flush();
        return true;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        ctx.err() << tr("Cannot write %1: %2").arg(path, f.errorString()) << Qt::endl;
        return false;
    }
    return true;
}

int record(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    QDate date;
    if (!a.parse(args, {},
                 {QStringLiteral("learner"), QStringLiteral("badge"), QStringLiteral("date"),
                  QStringLiteral("supported-by")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("learner")).trimmed().isEmpty() ||
        a.value(QStringLiteral("badge")).trimmed().isEmpty() ||
        !a.date(QStringLiteral("date"), &date, &error)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge record --learner CARD_OR_ID --badge CODE "
                                        "[--date DATE] [--supported-by VOLUNTEER_ID]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    try {
        const std::optional<Learner> learner =
            LearnerDirectory(ctx.store().database())
                .resolve(a.value(QStringLiteral("learner")), ctx.actor(), &error);
        if (!learner) {
            ctx.err() << error << Qt::endl;
            return ExitRefused;
        }
        BadgeEntry e;
        e.learnerKind = learner->kind;
        e.learnerId = learner->id;
        e.badgeCode = a.value(QStringLiteral("badge"));
        e.achievedOn = date.isValid() ? date : ctx.clock().today();
        e.supportedBy = a.value(QStringLiteral("supported-by"));
        RecordBadgeCommand command(e);
        return ctx.run(command);
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}

int progress(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("learner")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("learner")).trimmed().isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge progress --learner CARD_OR_ID [--json]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    try {
        const QSqlDatabase db = ctx.store().database();
        const std::optional<Learner> learner =
            LearnerDirectory(db).resolve(a.value(QStringLiteral("learner")), ctx.actor(), &error);
        if (!learner) {
            ctx.err() << error << Qt::endl;
            return ExitRefused;
        }
        const LearnerProgress p = *SkillsProgress(db).progress(learner->kind, learner->id, ctx.actor());
        if (a.has(QStringLiteral("json"))) {
            QJsonObject categories;
            for (auto it = p.pointsByCategory.cbegin(); it != p.pointsByCategory.cend(); ++it) {
                categories.insert(it.key(), it.value());
            }
            QJsonArray awards;
            for (const AwardReached &r : p.awards) {
                awards.append(QJsonObject{
                    {QStringLiteral("name"), r.name},
                    {QStringLiteral("threshold"), r.threshold},
                    {QStringLiteral("reached_on"),
                     r.reachedOn.isValid() ? QJsonValue(r.reachedOn.toString(Qt::ISODate)) : QJsonValue()}});
            }
            QJsonArray badges;
            for (const LearnerBadge &b : p.badges) {
                if (!b.revoked) {
                    badges.append(
                        QJsonObject{{QStringLiteral("code"), b.code},
                                    {QStringLiteral("name"), b.name},
                                    {QStringLiteral("category"), b.category},
                                    {QStringLiteral("points"), b.points},
                                    {QStringLiteral("achieved_on"), b.achievedOn.toString(Qt::ISODate)}});
                }
            }
            const QJsonObject o{
                {QStringLiteral("learner"), QJsonObject{{QStringLiteral("kind"), learner->kind},
                                                        {QStringLiteral("id"), learner->id},
                                                        {QStringLiteral("name"), learner->name},
                                                        {QStringLiteral("card"), learner->card}}},
                {QStringLiteral("points"), p.points},
                {QStringLiteral("award"), p.award.isEmpty() ? QJsonValue() : QJsonValue(p.award)},
                {QStringLiteral("next_award"),
                 p.nextAward.isEmpty() ? QJsonValue() : QJsonValue(p.nextAward)},
                {QStringLiteral("points_needed"), p.pointsNeeded},
                {QStringLiteral("badges"), badges},
                {QStringLiteral("points_by_category"), categories},
                {QStringLiteral("awards"), awards}};
            ctx.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            return ExitDone;
        }
        ctx.out()
            << tr("%1: %2 points from %3 badge(s).").arg(learner->name).arg(p.points).arg(p.badgeCount())
            << Qt::endl;
        ctx.out() << (p.award.isEmpty() ? tr("No award reached yet.") : tr("Award: %1.").arg(p.award)) << ' '
                  << (p.nextAward.isEmpty()
                          ? tr("Every award reached.")
                          : tr("%1 more points for %2.").arg(p.pointsNeeded).arg(p.nextAward))
                  << Qt::endl;
        for (auto it = p.pointsByCategory.cbegin(); it != p.pointsByCategory.cend(); ++it) {
            ctx.out() << "  " << it.key() << ": " << it.value() << Qt::endl;
        }
        return ExitDone;
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}

int revokeBadge(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {}, {QStringLiteral("record"), QStringLiteral("reason")}, &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("record")).isEmpty()) {
        return usageError(ctx, error.isEmpty() ? tr("Usage: techmates badge revoke --record ID --reason TEXT")
                                               : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    RevokeBadgeCommand command(a.value(QStringLiteral("record")), a.value(QStringLiteral("reason")));
    return ctx.run(command);
}

int import(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("dry-run")}, {QStringLiteral("file"), QStringLiteral("map")},
                 &error) ||
        !a.positionals().isEmpty() || a.value(QStringLiteral("file")).isEmpty()) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge import --file CSV [--map "
                                        "\"HEADER=learner|badge|date|supported_by,…\"] [--dry-run]")
                                   : error);
    }
    BadgeImportOptions options;
    for (const QString &pair : a.value(QStringLiteral("map")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.lastIndexOf(QLatin1Char('='));
        const std::optional<BadgeImportField> field =
            eq > 0 ? BadgeImport::fieldFromKey(pair.mid(eq + 1)) : std::nullopt;
        if (!field) {
            return usageError(ctx, tr("--map takes HEADER=FIELD pairs; the fields are learner, badge, date, "
                                      "supported_by and ignore (not “%1”).")
                                       .arg(pair));
        }
        options.columns.insert(pair.left(eq), *field);
    }
    QByteArray bytes;
    if (!readFile(ctx, a.value(QStringLiteral("file")), BadgeImport::kMaxBytes, &bytes)) {
        return ExitStore;
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    try {
        const BadgeImport::Plan plan =
            BadgeImport::plan(bytes, ctx.store().database(), ctx.actor(), ctx.clock().today(), options);
        if (!plan.ok()) {
            ctx.err() << tr("Nothing was imported: %1 row(s) cannot be matched.").arg(plan.problems.size())
                      << Qt::endl
                      << plan.problemText(50) << Qt::endl;
            return ExitRefused;
        }
        if (!plan.ignoredColumns.isEmpty()) {
            ctx.err() << tr("Columns not used: %1.").arg(plan.ignoredColumns.join(QStringLiteral(", ")))
                      << Qt::endl;
        }
        if (a.has(QStringLiteral("dry-run"))) {
            ctx.out() << tr("%1 badge(s) can be imported; nothing was written (--dry-run).")
                             .arg(plan.entries.size())
                      << Qt::endl;
            return ExitDone;
        }
        RecordBadgesCommand command(RecordBadgesCommand::Kind::Import, plan.entries);
        return ctx.run(command);
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}

int catalogueExport(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    const QString format = a.parse(args, {}, {QStringLiteral("format"), QStringLiteral("out")}, &error)
                               ? a.value(QStringLiteral("format"), QStringLiteral("json"))
                               : QString();
    if (!error.isEmpty() || !a.positionals().isEmpty() ||
        (format != QLatin1String("json") && format != QLatin1String("csv"))) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge catalogue-export [--format json|csv] "
                                        "[--out FILE]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::BadgeRecord) && !ctx.actor().can(Permission::BadgeCatalogueManage)) {
        ctx.err() << tr("You may not see the badge catalogue.") << Qt::endl;
        return ExitRefused;
    }
    try {
        const BadgeCatalogue catalogue(ctx.store().database());
        const QByteArray bytes =
            format == QLatin1String("csv")
                ? BadgeCatalogueFile::toCsv(catalogue.badges())
                : BadgeCatalogueFile::toJson(catalogue.badges(), catalogue.awardLevels());
        return writeOut(ctx, a.value(QStringLiteral("out")), bytes) ? ExitDone : ExitStore;
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}

int catalogueImport(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    if (!a.parse(args, {QStringLiteral("default")}, {QStringLiteral("file")}, &error) ||
        !a.positionals().isEmpty() || a.has(QStringLiteral("default")) == a.has(QStringLiteral("file"))) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge catalogue-import (--file FILE.json|FILE.csv "
                                        "| --default)")
                                   : error);
    }
    BadgeCatalogueFile file;
    if (a.has(QStringLiteral("default"))) {
        file = BadgeCatalogueFile::defaultCatalogue();
    } else {
        QByteArray bytes;
        if (!readFile(ctx, a.value(QStringLiteral("file")), BadgeCatalogueFile::kMaxBytes, &bytes)) {
            return ExitStore;
        }
        file = BadgeCatalogueFile::parse(bytes, a.value(QStringLiteral("file")));
    }
    if (!file.ok()) {
        ctx.err() << tr("Nothing was imported:") << Qt::endl
                  << file.problems.mid(0, 50).join(QLatin1Char('\n')) << Qt::endl;
        return ExitRefused;
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    ImportBadgeCatalogueCommand command(file.badges, file.awardLevels);
    return ctx.run(command);
}

int awardSet(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    bool ok = false;
    if (a.parse(args, {QStringLiteral("remove")}, {QStringLiteral("name"), QStringLiteral("threshold")},
                &error)) {
        a.value(QStringLiteral("threshold")).toInt(&ok);
    }
    if (!error.isEmpty() || !a.positionals().isEmpty() || a.value(QStringLiteral("name")).isEmpty() ||
        (a.has(QStringLiteral("remove")) == ok)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge award --name NAME (--threshold POINTS | "
                                        "--remove)")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (a.has(QStringLiteral("remove"))) {
        RemoveAwardLevelCommand command(a.value(QStringLiteral("name")));
        return ctx.run(command);
    }
    SaveAwardLevelCommand command(
        {QString(), a.value(QStringLiteral("name")), a.value(QStringLiteral("threshold")).toInt(), 0});
    return ctx.run(command);
}

int totals(CliContext &ctx, const QStringList &args) {
    CliArgs a;
    QString error;
    QDate from;
    QDate to;
    if (!a.parse(args, {QStringLiteral("json")}, {QStringLiteral("from"), QStringLiteral("to")}, &error) ||
        !a.positionals().isEmpty() || !a.date(QStringLiteral("from"), &from, &error) ||
        !a.date(QStringLiteral("to"), &to, &error)) {
        return usageError(ctx, error.isEmpty()
                                   ? tr("Usage: techmates badge totals [--from DATE] [--to DATE] [--json]")
                                   : error);
    }
    if (!ctx.signIn()) {
        return ctx.exitCode();
    }
    if (!ctx.actor().can(Permission::ReportView) && !ctx.actor().can(Permission::ResidentViewAll)) {
        ctx.err() << tr("Organisation totals are for staff who may see every learner.") << Qt::endl;
        return ExitRefused;
    }
    try {
        const SkillsTotals t = SkillsProgress(ctx.store().database()).totals(ctx.actor(), from, to);
        auto lines = [&](const QList<SkillsTotals::Line> &list) {
            QJsonArray out;
            for (const SkillsTotals::Line &l : list) {
                QJsonObject awards;
                for (auto it = l.awards.cbegin(); it != l.awards.cend(); ++it) {
                    awards.insert(it.key(), it.value());
                }
                out.append(QJsonObject{{QStringLiteral("key"), l.key},
                                       {QStringLiteral("label"), l.label},
                                       {QStringLiteral("badges"), l.badges},
                                       {QStringLiteral("learners"), l.learners},
                                       {QStringLiteral("points"), l.points},
                                       {QStringLiteral("awards"), awards}});
            }
            return out;
        };
        if (a.has(QStringLiteral("json"))) {
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("total_badges"), t.totalBadges},
                                                   {QStringLiteral("total_learners"), t.totalLearners},
                                                   {QStringLiteral("target"), t.target},
                                                   {QStringLiteral("by_month"), lines(t.byMonth)},
                                                   {QStringLiteral("by_branch"), lines(t.byBranch)},
                                                   {QStringLiteral("by_team"), lines(t.byTeam)}})
                             .toJson(QJsonDocument::Indented);
            return ExitDone;
        }
        ctx.out() << tr("%1 badges of the target %2 (%3 learners).")
                         .arg(t.totalBadges)
                         .arg(t.target)
                         .arg(t.totalLearners)
                  << Qt::endl;
        for (const SkillsTotals::Line &l : t.byBranch) {
            ctx.out() << "  " << l.label << ": " << l.badges << Qt::endl;
        }
        return ExitDone;
    } catch (const StoreError &e) {
        ctx.err() << e.message() << Qt::endl;
        return ExitStore;
    }
}
} // namespace
} // namespace Cli
using namespace Cli;

void registerSkillsCliCommands(CliRegistry &registry) {
    const QString badge = QStringLiteral("badge");
    registry.add(
        {badge, QStringLiteral("record"),
         QStringLiteral("badge record --learner CARD_OR_ID --badge CODE [--date DATE] [--supported-by ID]"),
         record});
    registry.add({badge, QStringLiteral("progress"),
                  QStringLiteral("badge progress --learner CARD_OR_ID [--json]"), progress});
    registry.add({badge, QStringLiteral("revoke"), QStringLiteral("badge revoke --record ID --reason TEXT"),
                  revokeBadge});
    registry.add({badge, QStringLiteral("import"),
                  QStringLiteral("badge import --file CSV [--map \"HEADER=FIELD,…\"] [--dry-run]"), import});
    registry.add({badge, QStringLiteral("totals"),
                  QStringLiteral("badge totals [--from DATE] [--to DATE] [--json]"), totals});
    registry.add({badge, QStringLiteral("catalogue-export"),
                  QStringLiteral("badge catalogue-export [--format json|csv] [--out FILE]"),
                  catalogueExport});
    registry.add({badge, QStringLiteral("catalogue-import"),
                  QStringLiteral("badge catalogue-import (--file FILE | --default)"), catalogueImport});
    registry.add({badge, QStringLiteral("award"),
                  QStringLiteral("badge award --name NAME (--threshold N | --remove)"), awardSet});
}
