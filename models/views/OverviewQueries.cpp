#include "OverviewQueries.h"

#include "auth/Actor.h"
#include "core/Clock.h"
#include "residents/ResidentRepository.h"
#include "store/Sql.h"

#include <QHash>

namespace {
QDate dateOf(const QVariant &v) {
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDate localDateOfInstant(const QVariant &v) {
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().date() : dateOf(v);
}

QString isoInstant(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString startOfLocalDayIso(const QDate &day) {
    return isoInstant(QDateTime(day, QTime(0, 0), Qt::LocalTime));
}
} // namespace

OverviewQueries::OverviewQueries(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QStringList OverviewQueries::deviceStatuses() {
    return {QStringLiteral("available"), QStringLiteral("on_loan"),    QStringLiteral("awaiting_wipe"),
            QStringLiteral("in_repair"), QStringLiteral("in_transit"), QStringLiteral("lost"),
            QStringLiteral("retired")};
}

QString OverviewQueries::todayIso() const {
    return m_clock.today().toString(Qt::ISODate);
}

int OverviewQueries::settingInt(const QString &key, int fallback) const {
    bool ok = false;
    const int value = Sql(m_db, QStringLiteral("SELECT value FROM settings WHERE key = :k"))
                          .bind(QStringLiteral(":k"), key)
                          .scalar()
                          .toString()
                          .toInt(&ok);
    return ok ? value : fallback;
}

QList<ActiveLoanRow> OverviewQueries::activeLoans(const Actor &actor, bool overdueOnly, int limit) const {
    QList<ActiveLoanRow> rows;
    if (!actor.can(Permission::LoanCirculate)) {
        return rows;
    }
    QString sql = QStringLiteral(
        "SELECT l.id, d.tag, COALESCE(t.name, ''), r.id, r.card, r.given_name || ' ' || r.family_name, "
        "COALESCE(b.name, ''), l.checked_out_at, l.due_on, l.renewals "
        "FROM loans l JOIN devices d ON d.id = l.device_id LEFT JOIN device_types t ON t.id = d.type_id "
        "JOIN residents r ON r.id = l.resident_id LEFT JOIN branches b ON b.id = l.branch_id "
        "WHERE l.status = 'active' AND l.deleted = 0");
    if (overdueOnly) {
        sql += QStringLiteral(" AND l.due_on < :today");
    }
    sql += ResidentRepository::visibilityClause(actor, QStringLiteral("l.resident_id"));
    sql += QStringLiteral(" ORDER BY l.due_on, d.tag LIMIT :limit");
    Sql q(m_db, sql);
    const QString today = todayIso();
    if (overdueOnly) {
        q.bind(QStringLiteral(":today"), today);
    }
    ResidentRepository::bindVisibility(q, actor);
    q.bind(QStringLiteral(":limit"), limit).exec();
    while (q.next()) {
        ActiveLoanRow row;
        row.loanId = q.value(0).toString();
        row.deviceTag = q.value(1).toString();
        row.deviceType = q.value(2).toString();
        row.residentId = q.value(3).toString();
        row.residentCard = q.value(4).toString();
        row.residentName = q.value(5).toString();
        row.branchName = q.value(6).toString();
        row.checkedOutOn = localDateOfInstant(q.value(7));
        row.dueOn = dateOf(q.value(8));
        row.renewals = q.value(9).toInt();
        row.overdue = q.value(8).toString() < today;
        rows.append(row);
    }
    return rows;
}

LoanCounts OverviewQueries::loanCounts(const Actor &actor) const {
    LoanCounts counts;
    if (!actor.can(Permission::LoanCirculate) && !actor.can(Permission::ReportView)) {
        return counts;
    }
    Sql q(m_db, QStringLiteral("SELECT count(*), coalesce(sum(due_on < :today), 0) FROM loans "
                               "WHERE status = 'active' AND deleted = 0"));
    q.bind(QStringLiteral(":today"), todayIso()).exec();
    if (q.next()) {
        counts.active = q.value(0).toInt();
        counts.overdue = q.value(1).toInt();
    }
    return counts;
}

QList<BookingRow> OverviewQueries::upcomingBookings(const Actor &actor, int limit) const {
    QList<BookingRow> rows;
    const bool all = actor.can(Permission::BookingManage);
    if (!all && (!actor.can(Permission::BookingOwn) || actor.volunteerId().isEmpty())) {
        return rows;
    }
    QString sql = QStringLiteral(
        "SELECT bk.id, bk.starts_at, bk.minutes, v.given_name || ' ' || v.family_name, r.card, "
        "r.given_name || ' ' || r.family_name, bk.channel, bk.status, COALESCE(b.name, '') "
        "FROM bookings bk JOIN volunteers v ON v.id = bk.volunteer_id JOIN residents r ON r.id = "
        "bk.resident_id "
        "LEFT JOIN branches b ON b.id = bk.branch_id WHERE bk.deleted = 0 AND bk.starts_at >= :from");
    if (!all) {
        sql += QStringLiteral(" AND bk.volunteer_id = :volunteer");
    }
    sql += QStringLiteral(" ORDER BY bk.starts_at, v.family_name LIMIT :limit");
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":from"), startOfLocalDayIso(m_clock.today()));
    if (!all) {
        q.bind(QStringLiteral(":volunteer"), actor.volunteerId());
    }
    q.bind(QStringLiteral(":limit"), limit).exec();
    while (q.next()) {
        BookingRow row;
        row.bookingId = q.value(0).toString();
        row.startsAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).toUTC();
        row.minutes = q.value(2).toInt();
        row.volunteerName = q.value(3).toString();
        row.residentCard = q.value(4).toString();
        row.residentName = q.value(5).toString();
        row.channel = q.value(6).toString();
        row.status = q.value(7).toString();
        row.branchName = q.value(8).toString();
        rows.append(row);
    }
    return rows;
}

QList<BadgeAchievementRow> OverviewQueries::recentBadgeAchievements(const Actor &actor, int limit) const {
    QList<BadgeAchievementRow> rows;
    if (!actor.can(Permission::BadgeRecord)) {
        return rows;
    }
    const bool all = actor.can(Permission::ResidentViewAll);
    QString sql = QStringLiteral(
        "SELECT a.id, a.achieved_on, a.learner_kind, "
        "CASE a.learner_kind "
        "  WHEN 'resident' THEN (SELECT r.given_name || ' ' || r.family_name FROM residents r WHERE r.id = "
        "a.learner_id) "
        "  WHEN 'volunteer' THEN (SELECT v.given_name || ' ' || v.family_name FROM volunteers v "
        "                         WHERE v.id = a.learner_id) "
        "  ELSE (SELECT u.display_name FROM users u WHERE u.id = a.learner_id) END, "
        "c.code, c.name, c.category, c.points "
        "FROM badge_achievements a JOIN badge_catalogue c ON c.id = a.badge_id "
        "WHERE a.deleted = 0 AND a.revoked_at IS NULL");
    if (!all) {
        // Without the right to see every resident: what this person recorded or supported, and their own
        // badges.
        sql += QStringLiteral(" AND (a.recorded_by = :user OR a.supported_by = :volunteer "
                              "OR (a.learner_kind = 'volunteer' AND a.learner_id = :volunteer) "
                              "OR (a.learner_kind = 'staff' AND a.learner_id = :user))");
    }
    sql += QStringLiteral(" ORDER BY a.achieved_on DESC, a.updated_at DESC LIMIT :limit");
    Sql q(m_db, sql);
    if (!all) {
        q.bind(QStringLiteral(":user"), actor.userId())
            .bind(QStringLiteral(":volunteer"), actor.volunteerId());
    }
    q.bind(QStringLiteral(":limit"), limit).exec();
    while (q.next()) {
        BadgeAchievementRow row;
        row.achievementId = q.value(0).toString();
        row.achievedOn = dateOf(q.value(1));
        row.learnerKind = q.value(2).toString();
        row.learnerName = q.value(3).toString();
        row.badgeCode = q.value(4).toString();
        row.badgeName = q.value(5).toString();
        row.category = q.value(6).toString();
        row.points = q.value(7).toInt();
        rows.append(row);
    }
    return rows;
}

QList<BadgeCatalogueRow> OverviewQueries::badgeCatalogue(const Actor &actor) const {
    QList<BadgeCatalogueRow> rows;
    if (!actor.can(Permission::BadgeRecord) && !actor.can(Permission::BadgeCatalogueManage)) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral("SELECT code, name, category, points, active FROM badge_catalogue WHERE deleted = 0 "
                         "ORDER BY category COLLATE NOCASE, name COLLATE NOCASE"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                     q.value(4).toBool()});
    }
    return rows;
}

QList<AwardLevelRow> OverviewQueries::awardLevels(const Actor &actor) const {
    QList<AwardLevelRow> rows;
    if (!actor.can(Permission::BadgeRecord) && !actor.can(Permission::BadgeCatalogueManage)) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral("SELECT name, threshold FROM award_levels WHERE deleted = 0 ORDER BY threshold"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return rows;
}

QList<TrainingProgressRow> OverviewQueries::trainingProgress(const Actor &actor, int limit) const {
    QList<TrainingProgressRow> rows;
    const bool all = actor.can(Permission::TrainingAssess) || actor.can(Permission::TrainingVerify);
    if (!all && (!actor.can(Permission::TrainingOwn) || actor.volunteerId().isEmpty())) {
        return rows;
    }
    QString sql = QStringLiteral(
        "SELECT e.volunteer_id, v.given_name || ' ' || v.family_name, p.name, e.enrolled_on, e.graduated_on, "
        "(SELECT count(*) FROM pathway_units pu WHERE pu.pathway_id = e.pathway_id AND pu.deleted = 0), "
        "(SELECT count(*) FROM pathway_units pu JOIN unit_achievements ua ON ua.unit_id = pu.unit_id "
        "   AND ua.volunteer_id = e.volunteer_id AND ua.deleted = 0 "
        " WHERE pu.pathway_id = e.pathway_id AND pu.deleted = 0) "
        "FROM enrolments e JOIN volunteers v ON v.id = e.volunteer_id JOIN pathways p ON p.id = e.pathway_id "
        "WHERE e.deleted = 0 AND v.deleted = 0");
    if (!all) {
        sql += QStringLiteral(" AND e.volunteer_id = :volunteer");
    }
    sql += QStringLiteral(
        " ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE, p.name LIMIT :limit");
    Sql q(m_db, sql);
    if (!all) {
        q.bind(QStringLiteral(":volunteer"), actor.volunteerId());
    }
    q.bind(QStringLiteral(":limit"), limit).exec();
    while (q.next()) {
        TrainingProgressRow row;
        row.volunteerId = q.value(0).toString();
        row.volunteerName = q.value(1).toString();
        row.pathwayName = q.value(2).toString();
        row.enrolledOn = dateOf(q.value(3));
        row.graduatedOn = dateOf(q.value(4));
        row.unitsInPathway = q.value(5).toInt();
        row.unitsAchieved = q.value(6).toInt();
        rows.append(row);
    }
    return rows;
}

std::optional<HeadlineFigures> OverviewQueries::headlineFigures(const Actor &actor) const {
    if (!actor.can(Permission::ReportView)) {
        return std::nullopt;
    }
    HeadlineFigures f;
    const QDate today = m_clock.today();
    f.asOf = today;
    const LoanCounts loans = loanCounts(actor);
    f.activeLoans = loans.active;
    f.overdueLoans = loans.overdue;

    QHash<QString, int> byStatus;
    Sql devices(m_db,
                QStringLiteral("SELECT status, count(*) FROM devices WHERE deleted = 0 GROUP BY status"));
    devices.exec();
    while (devices.next()) {
        byStatus.insert(devices.value(0).toString(), devices.value(1).toInt());
    }
    for (const QString &status : deviceStatuses()) {
        f.devicesByStatus.append({status, byStatus.value(status)});
    }

    const QDate monthStart(today.year(), today.month(), 1);
    Sql sessions(m_db, QStringLiteral("SELECT count(*), coalesce(sum(status = 'attended'), 0) FROM bookings "
                                      "WHERE deleted = 0 AND status <> 'cancelled' "
                                      "AND starts_at >= :from AND starts_at < :to"));
    sessions.bind(QStringLiteral(":from"), startOfLocalDayIso(monthStart))
        .bind(QStringLiteral(":to"), startOfLocalDayIso(monthStart.addMonths(1)))
        .exec();
    if (sessions.next()) {
        f.sessionsThisMonth = sessions.value(0).toInt();
        f.sessionsAttendedThisMonth = sessions.value(1).toInt();
    }

    f.badgesThisYear =
        Sql(m_db, QStringLiteral("SELECT count(*) FROM badge_achievements WHERE deleted = 0 "
                                 "AND revoked_at IS NULL AND achieved_on >= :from AND achieved_on < :to"))
            .bind(QStringLiteral(":from"), QDate(today.year(), 1, 1).toString(Qt::ISODate))
            .bind(QStringLiteral(":to"), QDate(today.year() + 1, 1, 1).toString(Qt::ISODate))
            .scalar()
            .toInt();
    f.badgeTarget = settingInt(QStringLiteral("badge_target"), 0);

    // A graduate has achieved every unit of their pathway (or was recorded as graduated by a verifier).
    f.graduates =
        Sql(m_db, QStringLiteral(
                      "SELECT count(DISTINCT e.volunteer_id) FROM enrolments e WHERE e.deleted = 0 AND ("
                      " e.graduated_on IS NOT NULL OR ("
                      "  EXISTS (SELECT 1 FROM pathway_units pu WHERE pu.pathway_id = e.pathway_id AND "
                      "pu.deleted = 0)"
                      "  AND NOT EXISTS (SELECT 1 FROM pathway_units pu WHERE pu.pathway_id = e.pathway_id "
                      "   AND pu.deleted = 0 AND NOT EXISTS (SELECT 1 FROM unit_achievements ua "
                      "    WHERE ua.volunteer_id = e.volunteer_id AND ua.unit_id = pu.unit_id AND ua.deleted "
                      "= 0))))"))
            .scalar()
            .toInt();
    f.graduateTarget = settingInt(QStringLiteral("graduate_target"), 0);
    return f;
}

QList<UserRow> OverviewQueries::users(const Actor &actor) const {
    QList<UserRow> rows;
    if (!actor.can(Permission::AdminUsers)) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral("SELECT u.id, u.username, u.display_name, u.role, COALESCE(b.name, ''), u.active "
                         "FROM users u LEFT JOIN branches b ON b.id = u.branch_id WHERE u.deleted = 0 "
                         "ORDER BY u.display_name COLLATE NOCASE, u.username"));
    q.exec();
    while (q.next()) {
        UserRow row;
        row.userId = q.value(0).toString();
        row.username = q.value(1).toString();
        row.displayName = q.value(2).toString();
        row.role = roleFromKey(q.value(3).toString()).value_or(Role::Librarian);
        row.branchName = q.value(4).toString();
        row.active = q.value(5).toBool();
        rows.append(row);
    }
    return rows;
}

QList<VolunteerOption> OverviewQueries::volunteerOptions(const Actor &actor) const {
    QList<VolunteerOption> rows;
    if (!actor.can(Permission::AdminUsers)) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral("SELECT v.id, v.given_name || ' ' || v.family_name, "
                         "EXISTS (SELECT 1 FROM users u WHERE u.volunteer_id = v.id AND u.deleted = 0) "
                         "FROM volunteers v WHERE v.deleted = 0 AND v.anonymised = 0 AND v.status <> 'left' "
                         "ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
    }
    return rows;
}

QList<BranchRow> OverviewQueries::branches(const Actor &actor) const {
    QList<BranchRow> rows;
    if (!actor.isSignedIn()) {
        return rows;
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT id, code, name, kind, postcode, phone, active FROM branches WHERE deleted = 0 "
                    "ORDER BY name COLLATE NOCASE"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                     q.value(6).toBool()});
    }
    return rows;
}
