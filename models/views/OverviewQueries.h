#pragma once

#include "OverviewRows.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

class Actor;
class Clock;

// The SELECTs behind the desk's overview screens, so the UI never writes SQL. Every method checks what
// the actor may see and returns nothing (or only their own records) otherwise; hiding a screen is never
// the only guard. Throws StoreError when the store cannot be read.
class OverviewQueries {
public:
    OverviewQueries(QSqlDatabase db, const Clock &clock);

    // Loans: people who circulate devices.
    QList<ActiveLoanRow> activeLoans(const Actor &actor, bool overdueOnly, int limit = 1000) const;
    LoanCounts loanCounts(const Actor &actor) const;

    // Sessions from the start of today on; a volunteer sees only their own.
    QList<BookingRow> upcomingBookings(const Actor &actor, int limit = 500) const;

    // Badges: the latest achievements the actor may see, and the council's catalogue.
    QList<BadgeAchievementRow> recentBadgeAchievements(const Actor &actor, int limit = 200) const;
    QList<BadgeCatalogueRow> badgeCatalogue(const Actor &actor) const;
    QList<AwardLevelRow> awardLevels(const Actor &actor) const;

    // Volunteers' progress on their training pathways; a volunteer sees only their own.
    QList<TrainingProgressRow> trainingProgress(const Actor &actor, int limit = 5000) const;

    // The coordinator's headline figures; nothing without the report permission.
    std::optional<HeadlineFigures> headlineFigures(const Actor &actor) const;

    // Administration.
    QList<UserRow> users(const Actor &actor) const;
    QList<VolunteerOption> volunteerOptions(const Actor &actor) const;
    // Branches are not personal data: anyone signed in may list them (forms offer them as choices).
    QList<BranchRow> branches(const Actor &actor) const;

    // The device statuses in the order screens list them.
    static QStringList deviceStatuses();

private:
    int settingInt(const QString &key, int fallback) const;
    QString todayIso() const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};
