#include "SkillsProgress.h"

#include "BadgeCatalogue.h"
#include "auth/Actor.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SkillsProgress", text);
}

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString kindLabel(const QString &kind) {
    return kind == QLatin1String("resident") ? QCoreApplication::translate("SkillsProgress", "Residents")
           : kind == QLatin1String("volunteer")
               ? QCoreApplication::translate("SkillsProgress", "TechMates (volunteers)")
               : QCoreApplication::translate("SkillsProgress", "Staff");
}
} // namespace

int LearnerProgress::badgeCount() const {
    return int(std::count_if(badges.begin(), badges.end(), [](const LearnerBadge &b) { return !b.revoked; }));
}

void SkillsProgress::compute(LearnerProgress &p, const QList<QPair<QString, int>> &levels) {
    QList<LearnerBadge> held;
    for (const LearnerBadge &b : p.badges) {
        if (!b.revoked) {
            held.append(b);
        }
    }
    std::stable_sort(held.begin(), held.end(), [](const LearnerBadge &a, const LearnerBadge &b) {
        return a.achievedOn < b.achievedOn;
    });
    p.points = 0;
    p.pointsByCategory.clear();
    p.awards.clear();
    for (const auto &[name, threshold] : levels) {
        p.awards.append({name, threshold, {}});
    }
    for (const LearnerBadge &b : held) {
        p.points += b.points;
        p.pointsByCategory[b.category] += b.points;
        for (AwardReached &a : p.awards) {
            if (!a.reachedOn.isValid() && p.points >= a.threshold) {
                a.reachedOn = b.achievedOn;
            }
        }
    }
    p.award.clear();
    p.nextAward.clear();
    p.nextThreshold = 0;
    p.pointsNeeded = 0;
    for (const AwardReached &a : p.awards) {
        if (a.reachedOn.isValid()) {
            p.award = a.name;
        } else if (p.nextAward.isEmpty()) {
            p.nextAward = a.name;
            p.nextThreshold = a.threshold;
            p.pointsNeeded = a.threshold - p.points;
        }
    }
}

std::optional<LearnerProgress> SkillsProgress::progress(const QString &kind, const QString &id,
                                                        const Actor &actor) const {
    const std::optional<Learner> learner = LearnerDirectory(m_db).byKindAndId(kind, id, actor);
    if (!learner) {
        return std::nullopt;
    }
    LearnerProgress p;
    p.learner = *learner;
    Sql q(
        m_db,
        QStringLiteral(
            "SELECT a.id, c.code, c.name, c.category, c.points, a.achieved_on, "
            "COALESCE((SELECT v.given_name || ' ' || v.family_name FROM volunteers v WHERE v.id = "
            "a.supported_by), ''), COALESCE((SELECT u.display_name FROM users u WHERE u.id = a.recorded_by), "
            "''), a.source, a.revoked_at IS NOT NULL, COALESCE(a.recorded_by, '') "
            "FROM badge_achievements a JOIN badge_catalogue c ON c.id = a.badge_id "
            "WHERE a.learner_id = :id AND a.learner_kind = :kind AND a.deleted = 0 "
            "ORDER BY a.achieved_on DESC, a.updated_at DESC"));
    q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":kind"), kind).exec();
    while (q.next()) {
        p.badges.append(
            {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
             q.value(4).toInt(), QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toString(),
             q.value(7).toString(), q.value(8).toString(), q.value(9).toBool(), q.value(10).toString()});
    }
    QList<QPair<QString, int>> levels;
    for (const AwardLevel &a : BadgeCatalogue(m_db).awardLevels()) {
        levels.append({a.name, a.threshold});
    }
    compute(p, levels);
    return p;
}

SkillsTotals SkillsProgress::totals(const Actor &actor, const QDate &from, const QDate &to) const {
    SkillsTotals t;
    if (!actor.can(Permission::ReportView) && !actor.can(Permission::ResidentViewAll)) {
        return t;
    }
    t.target =
        Sql(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'badge_target'")).scalar().toInt();
    QList<QPair<QString, int>> levels;
    for (const AwardLevel &a : BadgeCatalogue(m_db).awardLevels()) {
        t.awardNames.append(a.name);
        levels.append({a.name, a.threshold});
    }
    const QString fromText = from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString toText = to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");

    // One pass over the live records in learner and date order (the learner/date index of migration 0011
    // gives that order without sorting): the running sum per learner shows the record that carried them over
    // each award's threshold (its month, branch and team count the award), and the months, branches and teams
    // a learner appears in are counted once per learner when their records end. Only small per-learner sets
    // are held, never every learner id.
    QMap<QString, SkillsTotals::Line> months;
    QHash<QString, SkillsTotals::Line> branches;
    QHash<QString, SkillsTotals::Line> teams;
    QMap<QString, int> allMonths; // badges per month over all time, for the running total
    QSet<QString> learnerMonths, learnerBranches, learnerTeams;
    auto flushLearner = [&] {
        for (const QString &m : std::as_const(learnerMonths)) {
            ++months[m].learners;
        }
        for (const QString &b : std::as_const(learnerBranches)) {
            ++branches[b].learners;
        }
        for (const QString &k : std::as_const(learnerTeams)) {
            ++teams[k].learners;
        }
        learnerMonths.clear();
        learnerBranches.clear();
        learnerTeams.clear();
    };
    // A forward-only query of its own (not the statement cache): half a million rows must not be cached.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT a.learner_id, a.learner_kind, a.achieved_on, COALESCE(a.branch_id, ''), "
                           "c.points FROM badge_achievements a JOIN badge_catalogue c ON c.id = a.badge_id "
                           "WHERE a.deleted = 0 AND a.revoked_at IS NULL "
                           "ORDER BY a.learner_id, a.achieved_on, a.rowid"))) {
        throw StoreError(QStringLiteral("The store could not be read: %1").arg(q.lastError().text()));
    }
    QString currentLearner;
    int running = 0;
    while (q.next()) {
        const QString learner = q.value(0).toString();
        if (learner != currentLearner) {
            if (!currentLearner.isEmpty()) {
                flushLearner();
            }
            currentLearner = learner;
            running = 0;
            ++t.totalLearners;
        }
        const QString date = q.value(2).toString();
        const int points = q.value(4).toInt();
        const int before = running;
        running += points;
        const QString month = date.left(7);
        ++allMonths[month];
        ++t.totalBadges;
        if (date < fromText || date > toText) {
            continue;
        }
        const QString kind = q.value(1).toString();
        const QString branch = q.value(3).toString();
        SkillsTotals::Line &m = months[month];
        SkillsTotals::Line &b = branches[branch];
        SkillsTotals::Line &k = teams[kind];
        for (SkillsTotals::Line *line : {&m, &b, &k}) {
            line->badges += 1;
            line->points += points;
        }
        learnerMonths.insert(month);
        learnerBranches.insert(branch);
        learnerTeams.insert(kind);
        for (const auto &[name, threshold] : levels) {
            if (before < threshold && running >= threshold) {
                m.awards[name] += 1;
                b.awards[name] += 1;
                k.awards[name] += 1;
            }
        }
    }
    if (!currentLearner.isEmpty()) {
        flushLearner();
    }
    for (auto it = months.begin(); it != months.end(); ++it) {
        it->key = it.key();
        t.byMonth.append(*it);
    }
    for (auto it = branches.begin(); it != branches.end(); ++it) {
        it->key = it.key();
        t.byBranch.append(*it);
    }
    int sum = 0;
    for (auto it = allMonths.cbegin(); it != allMonths.cend(); ++it) {
        sum += it.value();
        t.runningTotal.append({it.key(), sum});
    }

    QHash<QString, QString> branchNames;
    {
        Sql names(m_db, QStringLiteral("SELECT id, name FROM branches"));
        names.exec();
        while (names.next()) {
            branchNames.insert(names.value(0).toString(), names.value(1).toString());
        }
    }
    for (SkillsTotals::Line &l : t.byMonth) {
        l.label = QDate::fromString(l.key + QStringLiteral("-01"), Qt::ISODate)
                      .toString(QStringLiteral("MMM yyyy"));
    }
    for (SkillsTotals::Line &l : t.byBranch) {
        l.label = l.key.isEmpty() ? tr("No branch") : branchNames.value(l.key, l.key);
    }
    std::sort(t.byBranch.begin(), t.byBranch.end(),
              [](const SkillsTotals::Line &a, const SkillsTotals::Line &b) { return a.badges > b.badges; });
    for (const QString &kind :
         {QStringLiteral("resident"), QStringLiteral("volunteer"), QStringLiteral("staff")}) {
        SkillsTotals::Line line = teams.value(kind);
        line.key = kind;
        line.label = kindLabel(kind);
        t.byTeam.append(line);
    }

    return t;
}

QString SkillsProgress::summaryHtml(const LearnerProgress &p, const QDate &printedOn,
                                    const QString &councilName) {
    QString h;
    h += QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 11pt\">");
    if (!councilName.isEmpty()) {
        h += QStringLiteral("<p style=\"color:#555\">%1</p>").arg(esc(councilName));
    }
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("iDEA skills progress")));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(p.learner.name));
    h += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4</p>")
             .arg(esc(tr("Points:")))
             .arg(p.points)
             .arg(esc(tr("Badges:")))
             .arg(p.badgeCount());
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(p.award.isEmpty() ? tr("No award reached yet.")
                                        : tr("Award reached: %1.").arg(p.award)) +
                  QLatin1Char(' ') +
                  esc(p.nextAward.isEmpty() ? tr("Every award reached.")
                                            : tr("%1 more points for %2 (%3 points).")
                                                  .arg(p.pointsNeeded)
                                                  .arg(p.nextAward)
                                                  .arg(p.nextThreshold)));
    h += QStringLiteral("<h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
             .arg(esc(tr("Awards")));
    for (const AwardReached &a : p.awards) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td></tr>")
                 .arg(esc(a.name))
                 .arg(tr("%1 points").arg(a.threshold))
                 .arg(esc(a.reachedOn.isValid()
                              ? tr("reached %1").arg(a.reachedOn.toString(QStringLiteral("d MMM yyyy")))
                              : tr("%1 to go").arg(std::max(0, a.threshold - p.points))));
    }
    h += QStringLiteral("</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")
             .arg(esc(tr("Points by category")));
    for (auto it = p.pointsByCategory.cbegin(); it != p.pointsByCategory.cend(); ++it) {
        h += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td></tr>")
                 .arg(esc(it.key()))
                 .arg(it.value());
    }
    h += QStringLiteral(
             "</table><h3>%1</h3><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">")
             .arg(esc(tr("Badges")));
    h += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                        "<th align=\"right\">%4</th></tr>")
             .arg(esc(tr("Date")), esc(tr("Badge")), esc(tr("Category")), esc(tr("Points")));
    for (const LearnerBadge &b : p.badges) {
        if (b.revoked) {
            continue;
        }
        h += QStringLiteral("<tr><td>%1</td><td>%2 (%3)</td><td>%4</td><td align=\"right\">%5</td></tr>")
                 .arg(b.achievedOn.toString(QStringLiteral("d MMM yyyy")), esc(b.name), esc(b.code),
                      esc(b.category))
                 .arg(b.points);
    }
    h += QStringLiteral("</table><p style=\"color:#555\">%1</p></body></html>")
             .arg(esc(tr("Printed %1.").arg(printedOn.toString(QStringLiteral("d MMM yyyy")))));
    return h;
}
