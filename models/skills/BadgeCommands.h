#pragma once

#include "commands/Command.h"

#include <QDate>
#include <QList>

// One badge for one learner, as typed at the desk, given on the command line or read from a file.
struct BadgeEntry {
    QString learnerKind; // resident, volunteer, staff
    QString learnerId;
    QString badgeCode;
    QDate achievedOn;
    QString supportedBy; // the TechMate (volunteer id) who supported it; may be empty
    QString branchId;    // empty: the recorder's branch, else the learner's home branch
    int line = 0;        // the file line it came from (imports), for messages
};

// Records an iDEA badge for a learner. Refused when the badge is unknown or no longer offered, the date is
// in the future, the learner already holds the badge (a revoked one aside) or is not the recorder's to see.
class RecordBadgeCommand final : public Command {
public:
    explicit RecordBadgeCommand(BadgeEntry entry);

    QString name() const override { return QStringLiteral("badge.record"); }
    Permission permission() const override { return Permission::BadgeRecord; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    // The rules for one entry, shared with group sessions and imports. Tidies the entry (code, branch) and
    // returns why it cannot be recorded, in words. `today` is the recorder's local date.
    static std::optional<QString> checkEntry(CommandContext &ctx, BadgeEntry &entry, QString *badgeId);
    static void insert(CommandContext &ctx, const QString &id, const BadgeEntry &entry,
                       const QString &badgeId, const QString &source);
    static QJsonObject entryJson(const BadgeEntry &entry);
    static BadgeEntry entryFromJson(const QJsonObject &o); // throws PayloadError

    static const QDate &earliestDate(); // iDEA badges before this are a typing slip

private:
    BadgeEntry m_entry;
    QString m_badgeId;
    QString m_id;
};

// Several badges in one go: a group session (everyone present earns the same badge or badges) or a CSV
// import. All or nothing: one bad entry refuses the lot, listing every problem, so nothing is half-recorded.
class RecordBadgesCommand final : public Command {
public:
    enum class Kind { GroupSession, Import };
    RecordBadgesCommand(Kind kind, QList<BadgeEntry> entries);

    QString name() const override {
        return m_kind == Kind::Import ? QStringLiteral("badge.import") : QStringLiteral("badge.record_group");
    }
    Permission permission() const override { return Permission::BadgeRecord; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;

    static constexpr int kMaxEntries = 20000;

private:
    Kind m_kind;
    QList<BadgeEntry> m_entries;
    QStringList m_badgeIds;
    QStringList m_ids;
    QString m_batchId;
};

// Takes a badge record back (recorded against the wrong learner, say). Its own audited command: the record
// stays, marked revoked with who, when and why, and no longer counts. The person who recorded it, or a
// coordinator or administrator (report.view), may revoke.
class RevokeBadgeCommand final : public Command {
public:
    RevokeBadgeCommand(QString achievementId, QString reason);

    QString name() const override { return QStringLiteral("badge.revoke"); }
    Permission permission() const override { return Permission::BadgeRecord; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // no free-text reason

private:
    QString m_achievementId;
    QString m_reason;
    QString m_badgeCode;
};
