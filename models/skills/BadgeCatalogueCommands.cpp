#include "BadgeCatalogueCommands.h"

#include "commands/CommandContext.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("BadgeCatalogueCommands", text);
}

QString capitalised(const QString &why) {
    return why.isEmpty() ? why : why.at(0).toUpper() + why.mid(1) + QLatin1Char('.');
}

QJsonObject badgeJson(const Badge &b) {
    return {{QStringLiteral("code"), b.code},
            {QStringLiteral("name"), b.name},
            {QStringLiteral("category"), b.category},
            {QStringLiteral("points"), b.points},
            {QStringLiteral("active"), b.active}};
}

std::optional<QString> checkThresholdOrder(const QSqlDatabase &db, const QList<AwardLevel> &changes) {
    QHash<QString, int> levels; // folded name → threshold, after the changes
    QHash<QString, QString> shown;
    for (const AwardLevel &a : BadgeCatalogue(db).awardLevels()) {
        levels.insert(a.name.toLower(), a.threshold);
        shown.insert(a.name.toLower(), a.name);
    }
    for (const AwardLevel &a : changes) {
        levels.insert(a.name.toLower(), a.threshold);
        shown.insert(a.name.toLower(), a.name);
    }
    QHash<int, QString> byThreshold;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        if (byThreshold.contains(it.value())) {
            return QCoreApplication::translate(
                       "BadgeCatalogueCommands",
                       "%1 and %2 would both be reached at %3 points; give each award its own threshold.")
                .arg(shown.value(byThreshold.value(it.value())), shown.value(it.key()))
                .arg(it.value());
        }
        byThreshold.insert(it.value(), it.key());
    }
    return std::nullopt;
}
} // namespace

// ---- one badge ----

SaveBadgeCommand::SaveBadgeCommand(Badge badge)
    : m_badge(std::move(badge)) {}

std::optional<QString> SaveBadgeCommand::check(CommandContext &ctx) {
    if (std::optional<QString> why = BadgeCatalogueFile::validate(m_badge)) {
        return capitalised(*why);
    }
    const std::optional<Badge> existing = BadgeCatalogue(ctx.db).byCode(m_badge.code);
    m_existed = existing.has_value();
    if (existing && m_badge.version > 0 && existing->version != m_badge.version) {
        return tr("Someone changed the badge %1 since you opened it. Open it again to see their change.")
            .arg(m_badge.code);
    }
    return std::nullopt;
}

bool SaveBadgeCommand::upsert(CommandContext &ctx, const Badge &b, QString *id) {
    const std::optional<Badge> existing = BadgeCatalogue(ctx.db).byCode(b.code);
    if (existing) {
        *id = existing->id;
        if (existing->name == b.name && existing->category == b.category && existing->points == b.points &&
            existing->active == b.active) {
            return false;
        }
        Sql(ctx.db,
            QStringLiteral("UPDATE badge_catalogue SET name = :name, category = :cat, points = :points, "
                           "active = :active, version = version + 1, updated_at = :now, hlc = :hlc "
                           "WHERE id = :id"))
            .bind(QStringLiteral(":name"), b.name)
            .bind(QStringLiteral(":cat"), b.category)
            .bind(QStringLiteral(":points"), b.points)
            .bind(QStringLiteral(":active"), b.active ? 1 : 0)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), existing->id)
            .exec();
        return true;
    }
    // A removed row with this code comes back to life rather than clashing with the code's uniqueness.
    const QVariant removed = Sql(ctx.db, QStringLiteral("SELECT id FROM badge_catalogue WHERE code = :c"))
                                 .bind(QStringLiteral(":c"), b.code)
                                 .scalar();
    *id = removed.isValid() ? removed.toString() : BadgeCatalogue::badgeIdFor(b.code);
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO badge_catalogue(id, code, name, category, points, active, updated_at, hlc) "
                    "VALUES (:id, :code, :name, :cat, :points, :active, :now, :hlc) "
                    "ON CONFLICT(id) DO UPDATE SET code = excluded.code, name = excluded.name, "
                    "category = excluded.category, points = excluded.points, active = excluded.active, "
                    "deleted = 0, version = version + 1, updated_at = excluded.updated_at, "
                    "hlc = excluded.hlc"))
        .bind(QStringLiteral(":id"), *id)
        .bind(QStringLiteral(":code"), b.code)
        .bind(QStringLiteral(":name"), b.name)
        .bind(QStringLiteral(":cat"), b.category)
        .bind(QStringLiteral(":points"), b.points)
        .bind(QStringLiteral(":active"), b.active ? 1 : 0)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return true;
}

Command::Applied SaveBadgeCommand::apply(CommandContext &ctx) {
    const bool changed = upsert(ctx, m_badge, &m_id);
    return {QStringLiteral("badge_catalogue"),
            m_id,
            m_existed ? (changed ? tr("Changed the badge %1.").arg(m_badge.code)
                                 : tr("The badge %1 was already like this.").arg(m_badge.code))
                      : tr("Added the badge %1 (%2 points).").arg(m_badge.code).arg(m_badge.points),
            {}};
}

QJsonObject SaveBadgeCommand::payload() const {
    QJsonObject o = badgeJson(m_badge);
    o.insert(QStringLiteral("id"), m_id);
    o.insert(QStringLiteral("base_version"), m_badge.version);
    return o;
}

// ---- award levels ----

SaveAwardLevelCommand::SaveAwardLevelCommand(AwardLevel level)
    : m_level(std::move(level)) {}

std::optional<QString> SaveAwardLevelCommand::check(CommandContext &ctx) {
    if (std::optional<QString> why = BadgeCatalogueFile::validate(m_level)) {
        return capitalised(*why);
    }
    if (const std::optional<AwardLevel> existing = BadgeCatalogue(ctx.db).awardLevel(m_level.name)) {
        m_level.name = existing->name; // keep the stored spelling
    }
    return checkThresholdOrder(ctx.db, {m_level});
}

bool SaveAwardLevelCommand::upsert(CommandContext &ctx, const AwardLevel &level, QString *id) {
    if (const std::optional<AwardLevel> existing = BadgeCatalogue(ctx.db).awardLevel(level.name)) {
        *id = existing->id;
        if (existing->threshold == level.threshold) {
            return false;
        }
        Sql(ctx.db, QStringLiteral(
                        "UPDATE award_levels SET threshold = :t, version = version + 1, updated_at = :now, "
                        "hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":t"), level.threshold)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), existing->id)
            .exec();
        return true;
    }
    const QVariant removed =
        Sql(ctx.db, QStringLiteral("SELECT id FROM award_levels WHERE name = :n COLLATE NOCASE"))
            .bind(QStringLiteral(":n"), level.name)
            .scalar();
    *id = removed.isValid() ? removed.toString() : BadgeCatalogue::awardIdFor(level.name);
    Sql(ctx.db, QStringLiteral("INSERT INTO award_levels(id, name, threshold, updated_at, hlc) "
                               "VALUES (:id, :name, :t, :now, :hlc) ON CONFLICT(id) DO UPDATE SET "
                               "threshold = excluded.threshold, deleted = 0, version = version + 1, "
                               "updated_at = excluded.updated_at, hlc = excluded.hlc"))
        .bind(QStringLiteral(":id"), *id)
        .bind(QStringLiteral(":name"), level.name)
        .bind(QStringLiteral(":t"), level.threshold)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return true;
}

Command::Applied SaveAwardLevelCommand::apply(CommandContext &ctx) {
    upsert(ctx, m_level, &m_id);
    return {QStringLiteral("award_levels"),
            m_id,
            tr("%1 is reached at %2 points.").arg(m_level.name).arg(m_level.threshold),
            {}};
}

QJsonObject SaveAwardLevelCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("name"), m_level.name},
            {QStringLiteral("threshold"), m_level.threshold}};
}

RemoveAwardLevelCommand::RemoveAwardLevelCommand(QString name)
    : m_name(std::move(name)) {}

std::optional<QString> RemoveAwardLevelCommand::check(CommandContext &ctx) {
    const BadgeCatalogue catalogue(ctx.db);
    const std::optional<AwardLevel> level = catalogue.awardLevel(m_name);
    if (!level) {
        return tr("There is no award called “%1”.").arg(m_name.simplified().left(40));
    }
    if (catalogue.awardLevels().size() == 1) {
        return tr("%1 is the only award; set another before removing it.").arg(level->name);
    }
    m_name = level->name;
    m_id = level->id;
    return std::nullopt;
}

Command::Applied RemoveAwardLevelCommand::apply(CommandContext &ctx) {
    // A tombstone: setting the award again later brings the same row back.
    Sql(ctx.db,
        QStringLiteral("UPDATE award_levels SET deleted = 1, version = version + 1, updated_at = :now, "
                       "hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_id)
        .exec();
    return {QStringLiteral("award_levels"), m_id, tr("Removed the %1 award.").arg(m_name), {}};
}

QJsonObject RemoveAwardLevelCommand::payload() const {
    return {{QStringLiteral("id"), m_id}, {QStringLiteral("name"), m_name}};
}

// ---- import ----

ImportBadgeCatalogueCommand::ImportBadgeCatalogueCommand(QList<Badge> badges, QList<AwardLevel> levels)
    : m_badges(std::move(badges))
    , m_levels(std::move(levels)) {}

std::optional<QString> ImportBadgeCatalogueCommand::check(CommandContext &ctx) {
    if (m_badges.isEmpty() && m_levels.isEmpty()) {
        return tr("The catalogue file lists no badges.");
    }
    QStringList problems;
    QSet<QString> codes;
    for (Badge &b : m_badges) {
        if (std::optional<QString> why = BadgeCatalogueFile::validate(b)) {
            problems.append(capitalised(*why));
        } else if (codes.contains(b.code)) {
            problems.append(tr("The code %1 appears more than once.").arg(b.code));
        }
        codes.insert(b.code);
    }
    for (AwardLevel &a : m_levels) {
        if (std::optional<QString> why = BadgeCatalogueFile::validate(a)) {
            problems.append(capitalised(*why));
        } else if (const std::optional<AwardLevel> existing = BadgeCatalogue(ctx.db).awardLevel(a.name)) {
            a.name = existing->name;
        }
    }
    if (problems.isEmpty()) {
        if (std::optional<QString> why = checkThresholdOrder(ctx.db, m_levels)) {
            problems.append(*why);
        }
    }
    if (!problems.isEmpty()) {
        return tr("Nothing was imported:\n%1").arg(problems.mid(0, 20).join(QLatin1Char('\n')));
    }
    return std::nullopt;
}

Command::Applied ImportBadgeCatalogueCommand::apply(CommandContext &ctx) {
    const BadgeCatalogue catalogue(ctx.db);
    for (const Badge &b : m_badges) {
        const bool existed = catalogue.byCode(b.code).has_value();
        QString id;
        if (SaveBadgeCommand::upsert(ctx, b, &id)) {
            ++(existed ? m_changed : m_added);
        }
    }
    for (const AwardLevel &a : m_levels) {
        QString id;
        m_levelsChanged += SaveAwardLevelCommand::upsert(ctx, a, &id) ? 1 : 0;
    }
    return {QStringLiteral("badge_catalogue"),
            QString(),
            tr("Catalogue loaded: %1 badge(s) added, %2 changed, %3 unchanged; %4 award level(s) set.")
                .arg(m_added)
                .arg(m_changed)
                .arg(m_badges.size() - m_added - m_changed)
                .arg(m_levelsChanged),
            {}};
}

QJsonObject ImportBadgeCatalogueCommand::payload() const {
    QJsonArray badges;
    for (const Badge &b : m_badges) {
        badges.append(badgeJson(b));
    }
    QJsonArray levels;
    for (const AwardLevel &a : m_levels) {
        levels.append(
            QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("threshold"), a.threshold}});
    }
    return {{QStringLiteral("badges"), badges}, {QStringLiteral("award_levels"), levels}};
}
