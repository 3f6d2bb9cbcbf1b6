#pragma once

#include "Learner.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

class Actor;

// One badge on a learner's record.
struct LearnerBadge {
    QString achievementId;
    QString code;
    QString name;
    QString category;
    int points = 0;
    QDate achievedOn;
    QString supportedBy; // the TechMate's name, if any
    QString recordedBy;  // the desk user's name
    QString source;      // desk, import, sync
    bool revoked = false;
    QString recordedById; // for "may this person revoke it?"
};

struct AwardReached {
    QString name;
    int threshold = 0;
    QDate reachedOn; // invalid while not reached
};

// Where a learner stands: points (from the catalogue's current points), per category, awards with the date
// each was reached, and the next award with the points still needed.
struct LearnerProgress {
    Learner learner;
    QList<LearnerBadge> badges; // newest first, revoked ones included (marked)
    int points = 0;
    QMap<QString, int> pointsByCategory;
    QList<AwardReached> awards; // every level, lowest first; reachedOn set for those reached
    QString award;              // the highest award reached; empty before the first
    QString nextAward;          // empty when every award is reached
    int nextThreshold = 0;
    int pointsNeeded = 0;

    int badgeCount() const;
};

// Organisation figures: badges and awards by month, branch and team (residents, TechMates, staff), and the
// running total against the council's target (settings: badge_target).
struct SkillsTotals {
    struct Line {
        QString key;   // 2026-03, a branch id or a learner kind
        QString label; // what the desk shows
        int badges = 0;
        int learners = 0;
        int points = 0;
        QMap<QString, int> awards; // award name → number reached in this line
    };
    QList<Line> byMonth; // oldest first, months with badges only
    QList<Line> byBranch;
    QList<Line> byTeam;
    QList<QPair<QString, int>> runningTotal; // month → badges to date
    int totalBadges = 0;
    int totalLearners = 0;
    int target = 0;
    QStringList awardNames; // lowest threshold first
};

class SkillsProgress {
public:
    explicit SkillsProgress(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // Nothing when the learner is not the actor's to see.
    std::optional<LearnerProgress> progress(const QString &kind, const QString &id, const Actor &actor) const;
    // From already loaded badges (tests, previews).
    static void compute(LearnerProgress &p, const QList<QPair<QString, int>> &levels);

    // For people who may see every resident (report.view or resident.view_all); empty otherwise.
    // `from`/`to` limit the months and lines; the running total always starts at the beginning.
    SkillsTotals totals(const Actor &actor, const QDate &from = {}, const QDate &to = {}) const;

    // A printable page (HTML for QTextDocument) of one learner's progress.
    static QString summaryHtml(const LearnerProgress &p, const QDate &printedOn, const QString &councilName);

private:
    QSqlDatabase m_db;
};
