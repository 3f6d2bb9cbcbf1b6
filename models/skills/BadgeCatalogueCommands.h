#pragma once

#include "BadgeCatalogue.h"
#include "commands/Command.h"

// Adds a badge to the catalogue, or changes one (found by its code): name, category, points, offered or not.
// Changing points changes every learner's progress, which is what the council means by editing them.
class SaveBadgeCommand final : public Command {
public:
    explicit SaveBadgeCommand(Badge badge);

    QString name() const override { return QStringLiteral("badge_catalogue.save"); }
    Permission permission() const override { return Permission::BadgeCatalogueManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    // Inserts or updates one badge (shared with the catalogue import); true when a row changed.
    static bool upsert(CommandContext &ctx, const Badge &badge, QString *id);

private:
    Badge m_badge;
    QString m_id;
    bool m_existed = false;
};

// Sets an award level's threshold, adding the level if it is new (Silver and Gold are the admin's to set).
class SaveAwardLevelCommand final : public Command {
public:
    explicit SaveAwardLevelCommand(AwardLevel level);

    QString name() const override { return QStringLiteral("award_level.save"); }
    Permission permission() const override { return Permission::BadgeCatalogueManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static bool upsert(CommandContext &ctx, const AwardLevel &level, QString *id);

private:
    AwardLevel m_level;
    QString m_id;
};

// Removes an award level (a tombstone). The last level cannot go: progress needs something to aim for.
class RemoveAwardLevelCommand final : public Command {
public:
    explicit RemoveAwardLevelCommand(QString name);

    QString name() const override { return QStringLiteral("award_level.remove"); }
    Permission permission() const override { return Permission::BadgeCatalogueManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QString m_name;
    QString m_id;
};

// Loads a catalogue file (or the default one): new codes are added, known codes updated, award levels set.
// All or nothing: a file with any problem changes nothing. Badges missing from the file are left as they are.
class ImportBadgeCatalogueCommand final : public Command {
public:
    ImportBadgeCatalogueCommand(QList<Badge> badges, QList<AwardLevel> levels);

    QString name() const override { return QStringLiteral("badge_catalogue.import"); }
    Permission permission() const override { return Permission::BadgeCatalogueManage; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

private:
    QList<Badge> m_badges;
    QList<AwardLevel> m_levels;
    int m_added = 0;
    int m_changed = 0;
    int m_levelsChanged = 0;
};
