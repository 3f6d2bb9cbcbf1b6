#include "SkillsCommandFactories.h"

#include "BadgeCatalogueCommands.h"
#include "BadgeCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

#include <QJsonArray>

namespace {
QList<QJsonObject> objects(const PayloadReader &r, const QString &key) {
    const QJsonValue v = r.json().value(key);
    if (!v.isArray()) {
        throw PayloadError(QStringLiteral("the field “%1” should be a list").arg(key));
    }
    QList<QJsonObject> out;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject()) {
            throw PayloadError(QStringLiteral("the field “%1” should list objects").arg(key));
        }
        out.append(item.toObject());
    }
    return out;
}

Badge badgeFrom(const QJsonObject &o) {
    const PayloadReader r(o);
    Badge b;
    b.code = r.text(QStringLiteral("code"));
    b.name = r.text(QStringLiteral("name"));
    b.category = r.text(QStringLiteral("category"));
    b.points = r.integer(QStringLiteral("points"));
    b.active = r.flag(QStringLiteral("active"));
    return b;
}

AwardLevel levelFrom(const QJsonObject &o) {
    const PayloadReader r(o);
    return AwardLevel{QString(), r.text(QStringLiteral("name")), r.integer(QStringLiteral("threshold")), 0};
}
} // namespace

void registerSkillsCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("badge.record"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
        return std::make_unique<RecordBadgeCommand>(RecordBadgeCommand::entryFromJson(p));
    });
    auto several = [](RecordBadgesCommand::Kind kind) {
        return [kind](const QJsonObject &p) -> std::unique_ptr<Command> {
            const PayloadReader r(p);
            QList<BadgeEntry> entries;
            for (const QJsonObject &o : objects(r, QStringLiteral("entries"))) {
                entries.append(RecordBadgeCommand::entryFromJson(o));
            }
            return std::make_unique<RecordBadgesCommand>(kind, entries);
        };
    };
    registry.add(QStringLiteral("badge.record_group"), several(RecordBadgesCommand::Kind::GroupSession));
    registry.add(QStringLiteral("badge.import"), several(RecordBadgesCommand::Kind::Import));
    registry.add(QStringLiteral("badge.revoke"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
        const PayloadReader r(p);
        return std::make_unique<RevokeBadgeCommand>(r.text(QStringLiteral("achievement_id")),
                                                    r.text(QStringLiteral("reason")));
    });
    registry.add(QStringLiteral("badge_catalogue.save"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     Badge b = badgeFrom(p);
                     b.version = PayloadReader(p).optionalInteger(QStringLiteral("base_version"), 0);
                     return std::make_unique<SaveBadgeCommand>(b);
                 });
    registry.add(QStringLiteral("award_level.save"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
        return std::make_unique<SaveAwardLevelCommand>(levelFrom(p));
    });
    registry.add(QStringLiteral("award_level.remove"), [](const QJsonObject &p) -> std::unique_ptr<Command> {
        return std::make_unique<RemoveAwardLevelCommand>(PayloadReader(p).text(QStringLiteral("name")));
    });
    registry.add(QStringLiteral("badge_catalogue.import"),
                 [](const QJsonObject &p) -> std::unique_ptr<Command> {
                     const PayloadReader r(p);
                     QList<Badge> badges;
                     for (const QJsonObject &o : objects(r, QStringLiteral("badges"))) {
                         badges.append(badgeFrom(o));
                     }
                     QList<AwardLevel> levels;
                     for (const QJsonObject &o : objects(r, QStringLiteral("award_levels"))) {
                         levels.append(levelFrom(o));
                     }
                     return std::make_unique<ImportBadgeCatalogueCommand>(badges, levels);
                 });
}
