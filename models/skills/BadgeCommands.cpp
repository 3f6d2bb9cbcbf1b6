#include "BadgeCommands.h"

#include "BadgeCatalogue.h"
#include "Learner.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("BadgeCommands", text);
}

QString learnerWord(const QString &kind) {
    return kind == QLatin1String("resident") ? QCoreApplication::translate("BadgeCommands", "resident")
           : kind == QLatin1String("volunteer")
               ? QCoreApplication::translate("BadgeCommands", "volunteer")
               : QCoreApplication::translate("BadgeCommands", "member of staff");
}
} // namespace

const QDate &RecordBadgeCommand::earliestDate() {
    static const QDate d(2010, 1, 1);
    return d;
}

RecordBadgeCommand::RecordBadgeCommand(BadgeEntry entry)
    : m_entry(std::move(entry)) {}

std::optional<QString> RecordBadgeCommand::checkEntry(CommandContext &ctx, BadgeEntry &e, QString *badgeId) {
    e.badgeCode = BadgeCatalogue::normaliseCode(e.badgeCode);
    e.supportedBy = e.supportedBy.trimmed();
    if (!LearnerDirectory::isKind(e.learnerKind)) {
        return tr("A learner is a resident, a volunteer or a member of staff.");
    }
    const std::optional<Learner> learner =
        LearnerDirectory(ctx.db).byKindAndId(e.learnerKind, e.learnerId, ctx.actor);
    if (!learner) {
        return ctx.actor.can(Permission::ResidentViewAll) || e.learnerKind != QLatin1String("resident")
                   ? tr("That %1 is not on record (or not yours to record badges for).")
                         .arg(learnerWord(e.learnerKind))
                   : tr("You can record badges only for residents you have a booking with.");
    }
    if (e.badgeCode.isEmpty()) {
        return tr("Choose the badge.");
    }
    const std::optional<Badge> badge = BadgeCatalogue(ctx.db).byCode(e.badgeCode);
    if (!badge) {
        return tr("There is no badge with the code %1 in the catalogue.").arg(e.badgeCode.left(40));
    }
    if (!badge->active) {
        return tr("The badge %1 (%2) is no longer offered.").arg(badge->code, badge->name);
    }
    if (!e.achievedOn.isValid()) {
        return tr("Give the date the badge was achieved.");
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (e.achievedOn > today) {
        return tr("The date %1 is in the future: a badge is recorded once it has been achieved.")
            .arg(e.achievedOn.toString(Qt::ISODate));
    }
    if (e.achievedOn < earliestDate()) {
        return tr("The date %1 is too early for an iDEA badge; check the year.")
            .arg(e.achievedOn.toString(Qt::ISODate));
    }
    if (!e.supportedBy.isEmpty() &&
        !Sql(ctx.db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM volunteers WHERE id = :v AND deleted = 0)"))
             .bind(QStringLiteral(":v"), e.supportedBy)
             .scalar()
             .toBool()) {
        return tr("The TechMate who supported the badge is not on record.");
    }
    const bool held =
        Sql(ctx.db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM badge_achievements WHERE learner_id = :l AND "
                                   "badge_id = :b AND revoked_at IS NULL AND deleted = 0)"))
            .bind(QStringLiteral(":l"), e.learnerId)
            .bind(QStringLiteral(":b"), badge->id)
            .scalar()
            .toBool();
    if (held) {
        return tr("%1 already holds the badge %2 (%3).").arg(learner->name, badge->code, badge->name);
    }
    if (e.branchId.isEmpty()) {
        e.branchId = !ctx.actor.branchId().isEmpty() ? ctx.actor.branchId() : learner->branchId;
    } else if (!Sql(ctx.db,
                    QStringLiteral("SELECT EXISTS(SELECT 1 FROM branches WHERE id = :b AND deleted = 0)"))
                    .bind(QStringLiteral(":b"), e.branchId)
                    .scalar()
                    .toBool()) {
        return tr("The branch the badge is recorded at is not on record.");
    }
    *badgeId = badge->id;
    return std::nullopt;
}

void RecordBadgeCommand::insert(CommandContext &ctx, const QString &id, const BadgeEntry &e,
                                const QString &badgeId, const QString &source) {
    Sql(ctx.db,
        QStringLiteral("INSERT INTO badge_achievements(id, learner_kind, learner_id, badge_id, achieved_on, "
                       "branch_id, recorded_by, supported_by, source, updated_at, hlc) VALUES (:id, :kind, "
                       ":learner, :badge, :on, :branch, :by, :support, :source, :now, :hlc)"))
        .bind(QStringLiteral(":id"), id)
        .bind(QStringLiteral(":kind"), e.learnerKind)
        .bind(QStringLiteral(":learner"), e.learnerId)
        .bind(QStringLiteral(":badge"), badgeId)
        .bind(QStringLiteral(":on"), e.achievedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":branch"), nullIfEmpty(e.branchId))
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":support"), nullIfEmpty(e.supportedBy))
        .bind(QStringLiteral(":source"), source)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
}

QJsonObject RecordBadgeCommand::entryJson(const BadgeEntry &e) {
    QJsonObject o{{QStringLiteral("learner_kind"), e.learnerKind},
                  {QStringLiteral("learner_id"), e.learnerId},
                  {QStringLiteral("badge_code"), e.badgeCode},
                  {QStringLiteral("achieved_on"), e.achievedOn.toString(Qt::ISODate)},
                  {QStringLiteral("supported_by"), e.supportedBy},
                  {QStringLiteral("branch_id"), e.branchId}};
    if (e.line > 0) {
        o.insert(QStringLiteral("line"), e.line);
    }
    return o;
}

BadgeEntry RecordBadgeCommand::entryFromJson(const QJsonObject &o) {
    const PayloadReader r(o);
    BadgeEntry e;
    e.learnerKind = r.text(QStringLiteral("learner_kind"));
    e.learnerId = r.text(QStringLiteral("learner_id"));
    e.badgeCode = r.text(QStringLiteral("badge_code"));
    e.achievedOn = QDate::fromString(r.text(QStringLiteral("achieved_on")), Qt::ISODate);
    if (!e.achievedOn.isValid()) {
        throw PayloadError(QStringLiteral("the field “achieved_on” should be a date"));
    }
    e.supportedBy = r.optionalText(QStringLiteral("supported_by"));
    e.branchId = r.optionalText(QStringLiteral("branch_id"));
    e.line = r.optionalInteger(QStringLiteral("line"), 0);
    return e;
}

std::optional<QString> RecordBadgeCommand::check(CommandContext &ctx) {
    return checkEntry(ctx, m_entry, &m_badgeId);
}

Command::Applied RecordBadgeCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    insert(ctx, m_id, m_entry, m_badgeId, QStringLiteral("desk"));
    return {
        QStringLiteral("badge_achievements"),
        m_id,
        tr("Recorded the badge %1 on %2.").arg(m_entry.badgeCode, m_entry.achievedOn.toString(Qt::ISODate)),
        {}};
}

QJsonObject RecordBadgeCommand::payload() const {
    QJsonObject o = entryJson(m_entry);
    o.insert(QStringLiteral("id"), m_id);
    o.insert(QStringLiteral("badge_id"), m_badgeId);
    o.insert(QStringLiteral("source"), QStringLiteral("desk"));
    return o;
}

// ---- several ----

RecordBadgesCommand::RecordBadgesCommand(Kind kind, QList<BadgeEntry> entries)
    : m_kind(kind)
    , m_entries(std::move(entries)) {}

std::optional<QString> RecordBadgesCommand::check(CommandContext &ctx) {
    if (m_entries.isEmpty()) {
        return m_kind == Kind::Import ? tr("The file has no badge completions to import.")
                                      : tr("Add at least one learner and one badge.");
    }
    if (m_entries.size() > kMaxEntries) {
        return tr("At most %1 badges can be recorded in one go.").arg(kMaxEntries);
    }
    QStringList problems;
    QSet<QString> seen;
    m_badgeIds.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        BadgeEntry &e = m_entries[i];
        const QString where =
            m_kind == Kind::Import && e.line > 0 ? tr("line %1").arg(e.line) : tr("entry %1").arg(i + 1);
        QString badgeId;
        if (std::optional<QString> why = RecordBadgeCommand::checkEntry(ctx, e, &badgeId)) {
            problems.append(tr("%1: %2").arg(where, *why));
            m_badgeIds.append(QString());
            continue;
        }
        const QString key = e.learnerId + QLatin1Char('/') + badgeId;
        if (seen.contains(key)) {
            problems.append(tr("%1: the same learner and badge appear twice.").arg(where));
        }
        seen.insert(key);
        m_badgeIds.append(badgeId);
    }
    if (!problems.isEmpty()) {
        const int shown = 20;
        QString list = problems.mid(0, shown).join(QLatin1Char('\n'));
        if (problems.size() > shown) {
            list += QLatin1Char('\n') + tr("… and %1 more.").arg(problems.size() - shown);
        }
        return tr("Nothing was recorded: %1 problem(s).\n%2").arg(problems.size()).arg(list);
    }
    return std::nullopt;
}

Command::Applied RecordBadgesCommand::apply(CommandContext &ctx) {
    m_batchId = ctx.newId();
    m_ids.clear();
    const QString source = m_kind == Kind::Import ? QStringLiteral("import") : QStringLiteral("desk");
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString id = ctx.newId();
        RecordBadgeCommand::insert(ctx, id, m_entries.at(i), m_badgeIds.at(i), source);
        m_ids.append(id);
    }
    QSet<QString> learners;
    for (const BadgeEntry &e : m_entries) {
        learners.insert(e.learnerId);
    }
    return {QStringLiteral("badge_achievements"),
            m_batchId,
            m_kind == Kind::Import
                ? tr("Imported %1 badge(s) for %2 learner(s).").arg(m_entries.size()).arg(learners.size())
                : tr("Recorded %1 badge(s) for %2 learner(s) at a group session.")
                      .arg(m_entries.size())
                      .arg(learners.size()),
            {}};
}

QJsonObject RecordBadgesCommand::payload() const {
    QJsonArray rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        QJsonObject o = RecordBadgeCommand::entryJson(m_entries.at(i));
        o.insert(QStringLiteral("id"), m_ids.value(i));
        o.insert(QStringLiteral("badge_id"), m_badgeIds.value(i));
        rows.append(o);
    }
    return {{QStringLiteral("batch_id"), m_batchId},
            {QStringLiteral("source"),
             m_kind == Kind::Import ? QStringLiteral("import") : QStringLiteral("desk")},
            {QStringLiteral("entries"), rows}};
}

// ---- revoke ----

RevokeBadgeCommand::RevokeBadgeCommand(QString achievementId, QString reason)
    : m_achievementId(std::move(achievementId))
    , m_reason(std::move(reason)) {}

std::optional<QString> RevokeBadgeCommand::check(CommandContext &ctx) {
    m_reason = m_reason.simplified();
    Sql q(ctx.db,
          QStringLiteral("SELECT a.revoked_at, COALESCE(a.recorded_by, ''), c.code FROM badge_achievements a "
                         "JOIN badge_catalogue c ON c.id = a.badge_id WHERE a.id = :id AND a.deleted = 0"));
    q.bind(QStringLiteral(":id"), m_achievementId).exec();
    if (!q.next()) {
        return tr("That badge record does not exist.");
    }
    m_badgeCode = q.value(2).toString();
    if (!q.value(0).isNull()) {
        return tr("That badge record was already revoked.");
    }
    if (q.value(1).toString() != ctx.actor.userId() && !ctx.actor.can(Permission::ReportView)) {
        return tr("Only the person who recorded a badge, a coordinator or an administrator may revoke it.");
    }
    if (m_reason.size() < 3 || m_reason.size() > 200) {
        return tr("Say why the badge is revoked (3 to 200 characters).");
    }
    return std::nullopt;
}

Command::Applied RevokeBadgeCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE badge_achievements SET revoked_at = :now, revoked_by = :by, revoke_reason = "
                       ":reason, version = version + 1, updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":reason"), m_reason)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_achievementId)
        .exec();
    return {QStringLiteral("badge_achievements"),
            m_achievementId,
            tr("Revoked the badge %1.").arg(m_badgeCode),
            {}};
}

QJsonObject RevokeBadgeCommand::payload() const {
    return {{QStringLiteral("achievement_id"), m_achievementId}, {QStringLiteral("reason"), m_reason}};
}

QJsonObject RevokeBadgeCommand::auditPayload() const {
    return {{QStringLiteral("achievement_id"), m_achievementId}, {QStringLiteral("badge_code"), m_badgeCode}};
}
