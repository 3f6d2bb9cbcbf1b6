#include "BookingQueries.h"

#include "BookingKeys.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "store/Sql.h"

#include <algorithm>

namespace {
QString localDayStartIso(const QDate &day) {
    return BookingKeys::isoInstant(day.startOfDay().toUTC());
}

// A volunteer's sessions only, unless the person manages bookings.
bool ownOnly(const Actor &actor) {
    return !actor.can(Permission::BookingManage) && !actor.can(Permission::VolunteerManage);
}
} // namespace

BookingQueries::BookingQueries(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

bool BookingQueries::seesAllVolunteers(const Actor &actor) {
    return !ownOnly(actor);
}

VolunteerRow BookingQueries::volunteerRow(const VolunteerRecord &v, const QString &branch, int upcoming,
                                          bool showCertificate, const BookingSettings &settings) const {
    VolunteerRow row;
    row.id = v.id;
    row.name = v.name();
    row.status = v.status;
    row.channels = v.channels;
    row.languages = v.languages;
    row.skills = v.skills;
    row.homeBranch = branch;
    row.dbsCertificate = showCertificate ? v.dbsCertificate : QString();
    row.dbsValidUntil = v.dbsRecheckDue;
    row.dbsUpdateService = v.dbsUpdateService;
    row.maxMinutesPerWeek = v.maxMinutesPerWeek;
    row.upcomingSessions = upcoming;
    const QDate today = m_clock.today();
    if (v.dbsCertificate.isEmpty() || !v.dbsRecheckDue.isValid()) {
        row.dbsState = QStringLiteral("missing");
    } else if (!v.dbsValidOn(today)) {
        row.dbsState = QStringLiteral("expired");
    } else {
        const qint64 left = today.daysTo(v.dbsRecheckDue);
        row.dbsState = QStringLiteral("valid");
        for (int days : settings.dbsAlertDays) { // largest first: the last reached is the most urgent
            if (left <= days) {
                row.dbsState = QStringLiteral("due");
                row.alertDays = days;
            }
        }
    }
    return row;
}

QList<VolunteerRow> BookingQueries::volunteers(const Actor &actor, bool includeLeft) const {
    QList<VolunteerRow> rows;
    if (!actor.can(Permission::BookingManage) && !actor.can(Permission::VolunteerManage) &&
        !actor.can(Permission::BookingOwn)) {
        return rows;
    }
    const bool own = ownOnly(actor);
    if (own && actor.volunteerId().isEmpty()) {
        return rows;
    }
    const BookingRules rules(m_db, m_clock.now());
    QString sql =
        QStringLiteral("SELECT v.id, COALESCE(b.name, ''), (SELECT count(*) FROM bookings bk WHERE "
                       "bk.volunteer_id = v.id AND "
                       "bk.deleted = 0 AND bk.status IN ('requested', 'confirmed') AND bk.starts_at >= :now) "
                       "FROM volunteers v LEFT JOIN branches b ON b.id = v.home_branch_id WHERE v.deleted = "
                       "0 AND v.anonymised = 0");
    if (!includeLeft) {
        sql += QStringLiteral(" AND v.status <> 'left'");
    }
    if (own) {
        sql += QStringLiteral(" AND v.id = :self");
    }
    sql += QStringLiteral(" ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE");
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":now"), BookingKeys::isoInstant(m_clock.now()));
    if (own) {
        q.bind(QStringLiteral(":self"), actor.volunteerId());
    }
    q.exec();
    const bool showCertificate = actor.can(Permission::VolunteerManage);
    while (q.next()) {
        if (const std::optional<VolunteerRecord> v = rules.volunteer(q.value(0).toString())) {
            rows.append(volunteerRow(*v, q.value(1).toString(), q.value(2).toInt(), showCertificate,
                                     rules.settings()));
        }
    }
    return rows;
}

std::optional<VolunteerRecord> BookingQueries::volunteer(const Actor &actor, const QString &id) const {
    if (ownOnly(actor) && id != actor.volunteerId()) {
        return std::nullopt;
    }
    return BookingRules(m_db, m_clock.now()).volunteer(id);
}

QList<VolunteerRow> BookingQueries::dbsAlerts(const Actor &actor) const {
    QList<VolunteerRow> out;
    const BookingSettings settings = BookingSettings::load(m_db);
    for (const VolunteerRow &row : volunteers(actor)) {
        const bool needsOne = settings.dbsBlocksAllSessions || row.channels.contains(QStringLiteral("home"));
        if (row.status == QLatin1String("applicant")) {
            continue;
        }
        if (row.dbsState == QLatin1String("due") || row.dbsState == QLatin1String("expired") ||
            (row.dbsState == QLatin1String("missing") && needsOne)) {
            out.append(row);
        }
    }
    std::sort(out.begin(), out.end(), [](const VolunteerRow &a, const VolunteerRow &b) {
        const QDate da = a.dbsValidUntil.isValid() ? a.dbsValidUntil : QDate(1, 1, 1);
        const QDate db = b.dbsValidUntil.isValid() ? b.dbsValidUntil : QDate(1, 1, 1);
        return da != db ? da < db : a.name < b.name;
    });
    return out;
}

QList<BookingListRow> BookingQueries::bookings(const Actor &actor, const BookingFilter &filter) const {
    QList<BookingListRow> rows;
    const bool own = ownOnly(actor);
    if (own && (!actor.can(Permission::BookingOwn) || actor.volunteerId().isEmpty())) {
        return rows;
    }
    QString sql = QStringLiteral(
        "SELECT bk.id, bk.starts_at, bk.minutes, bk.volunteer_id, v.given_name || ' ' || v.family_name, "
        "bk.resident_id, "
        "r.card, r.given_name || ' ' || r.family_name, r.phone, trim(r.address || ' ' || r.postcode), "
        "bk.channel, "
        "bk.status, COALESCE(bk.branch_id, ''), COALESCE(b.name, ''), bk.need_area, bk.need_text, "
        "bk.cancel_reason, "
        "bk.skills_covered, COALESCE(bk.confidence_before, 0), COALESCE(bk.confidence_after, 0) "
        "FROM bookings bk JOIN volunteers v ON v.id = bk.volunteer_id JOIN residents r ON r.id = "
        "bk.resident_id "
        "LEFT JOIN branches b ON b.id = bk.branch_id WHERE bk.deleted = 0");
    const QString volunteerId = own ? actor.volunteerId() : filter.volunteerId;
    if (!volunteerId.isEmpty()) {
        sql += QStringLiteral(" AND bk.volunteer_id = :v");
    }
    if (!filter.branchId.isEmpty()) {
        sql += QStringLiteral(" AND bk.branch_id = :b");
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND bk.starts_at >= :from");
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND bk.starts_at < :to");
    }
    if (filter.openOnly) {
        sql += QStringLiteral(" AND bk.status IN ('requested', 'confirmed')");
    }
    sql += QStringLiteral(" ORDER BY bk.starts_at, v.family_name COLLATE NOCASE, bk.id LIMIT :limit");
    Sql q(m_db, sql);
    if (!volunteerId.isEmpty()) {
        q.bind(QStringLiteral(":v"), volunteerId);
    }
    if (!filter.branchId.isEmpty()) {
        q.bind(QStringLiteral(":b"), filter.branchId);
    }
    if (filter.from.isValid()) {
        q.bind(QStringLiteral(":from"), localDayStartIso(filter.from));
    }
    if (filter.to.isValid()) {
        q.bind(QStringLiteral(":to"), localDayStartIso(filter.to.addDays(1)));
    }
    q.bind(QStringLiteral(":limit"), filter.limit).exec();
    while (q.next()) {
        BookingListRow row;
        row.id = q.value(0).toString();
        row.start = BookingKeys::parseInstant(q.value(1).toString());
        row.minutes = q.value(2).toInt();
        row.volunteerId = q.value(3).toString();
        row.volunteerName = q.value(4).toString();
        row.residentId = q.value(5).toString();
        row.residentName = q.value(7).toString();
        row.channel = q.value(10).toString();
        if (own) {
            // The least a volunteer needs: a name, and the number to ring or the address to visit.
            if (row.channel == QLatin1String("phone") || row.channel == QLatin1String("video")) {
                row.residentContact = q.value(8).toString();
            } else if (row.channel == QLatin1String("home")) {
                row.residentContact = q.value(9).toString();
            }
        } else {
            row.residentCard = q.value(6).toString();
            row.residentContact =
                row.channel == QLatin1String("home") ? q.value(9).toString() : q.value(8).toString();
        }
        row.status = q.value(11).toString();
        row.branchId = q.value(12).toString();
        row.branchName = q.value(13).toString();
        row.needArea = q.value(14).toString();
        row.needText = q.value(15).toString();
        row.cancelReason = q.value(16).toString();
        row.skillsCovered = BookingKeys::splitList(q.value(17).toString());
        row.confidenceBefore = q.value(18).toInt();
        row.confidenceAfter = q.value(19).toInt();
        rows.append(row);
    }
    return rows;
}

std::optional<BookingListRow> BookingQueries::booking(const Actor &actor, const QString &id) const {
    // Small enough to reuse the list: the booking's own day, filtered for the person.
    const QString start =
        Sql(m_db, QStringLiteral("SELECT starts_at FROM bookings WHERE id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), id)
            .scalar()
            .toString();
    if (start.isEmpty()) {
        return std::nullopt;
    }
    const QDate day = BookingKeys::parseInstant(start).toLocalTime().date();
    BookingFilter filter;
    filter.from = day;
    filter.to = day;
    for (const BookingListRow &row : bookings(actor, filter)) {
        if (row.id == id) {
            return row;
        }
    }
    return std::nullopt;
}

QList<Candidate> BookingQueries::propose(const Actor &actor, const SessionRequest &request,
                                         const QString &needArea, const QString &language) const {
    QList<Candidate> out;
    if (!request.start.isValid() || request.minutes <= 0) {
        return out;
    }
    const BookingRules rules(m_db, m_clock.now());
    const QDate day = request.start.toLocalTime().date();
    const int startMinute = BookingKeys::localMinuteOfDay(request.start);
    // Only volunteers with a window of that kind on that weekday covering the time are worth the full check.
    QString sql = QStringLiteral("SELECT DISTINCT v.id FROM volunteers v JOIN availability a ON "
                                 "a.volunteer_id = v.id AND a.deleted = 0 "
                                 "WHERE v.deleted = 0 AND v.status = 'active' AND a.channel = :c AND "
                                 "a.weekday = :w AND a.start_minute <= :s "
                                 "AND a.end_minute >= :e");
    if (ownOnly(actor)) {
        sql += QStringLiteral(" AND v.id = :self");
    }
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":c"), request.channel)
        .bind(QStringLiteral(":w"), day.dayOfWeek())
        .bind(QStringLiteral(":s"), startMinute)
        .bind(QStringLiteral(":e"), startMinute + request.minutes);
    if (ownOnly(actor)) {
        q.bind(QStringLiteral(":self"), actor.volunteerId());
    }
    q.exec();
    QStringList ids;
    while (q.next()) {
        ids.append(q.value(0).toString());
    }
    for (const QString &id : ids) {
        const std::optional<VolunteerRecord> v = rules.volunteer(id);
        if (!v) {
            continue;
        }
        SessionRequest session = request;
        session.volunteerId = id;
        const SessionFit fit = rules.fit(*v, session);
        if (fit.refusal) {
            continue;
        }
        if (!request.residentId.isEmpty() &&
            rules.residentClash(request.residentId, request.start, request.minutes)) {
            return {}; // the resident is busy then: nobody fits
        }
        Candidate c;
        c.volunteer = *v;
        c.slot = fit.slot;
        c.hasSkill = needArea.isEmpty() || v->skills.contains(needArea);
        c.speaksLanguage = language.isEmpty() || v->languages.contains(language);
        c.recentMinutes = rules.recentMinutes(id, rules.settings().fairShareDays);
        out.append(c);
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) {
        if (a.hasSkill != b.hasSkill) {
            return a.hasSkill;
        }
        if (a.speaksLanguage != b.speaksLanguage) {
            return a.speaksLanguage;
        }
        if (a.recentMinutes != b.recentMinutes) {
            return a.recentMinutes < b.recentMinutes;
        }
        return a.volunteer.name() < b.volunteer.name();
    });
    return out;
}

ReminderList BookingQueries::reminders(const Actor &actor, const QDate &day) const {
    ReminderList list;
    if (!actor.can(Permission::BookingManage)) {
        return list;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT bk.starts_at, bk.minutes, r.given_name || ' ' || r.family_name, r.card, r.phone, "
              "trim(r.address || ', ' || r.postcode, ', '), r.consent_phone, r.consent_post, bk.channel, "
              "v.given_name, COALESCE(b.name, '') FROM bookings bk JOIN residents r ON r.id = bk.resident_id "
              "JOIN volunteers v ON v.id = bk.volunteer_id LEFT JOIN branches b ON b.id = bk.branch_id "
              "WHERE bk.deleted = 0 AND bk.status IN ('requested', 'confirmed') AND bk.starts_at >= :from "
              "AND bk.starts_at < :to AND r.anonymised = 0 AND (r.email = '' OR r.consent_email = 0) "
              "ORDER BY bk.starts_at, r.family_name COLLATE NOCASE"));
    q.bind(QStringLiteral(":from"), localDayStartIso(day))
        .bind(QStringLiteral(":to"), localDayStartIso(day.addDays(1)))
        .exec();
    while (q.next()) {
        ReminderRow row;
        row.start = BookingKeys::parseInstant(q.value(0).toString());
        row.minutes = q.value(1).toInt();
        row.residentName = q.value(2).toString();
        row.residentCard = q.value(3).toString();
        const bool phone = q.value(6).toBool() && !q.value(4).toString().trimmed().isEmpty();
        const bool post = q.value(7).toBool() && !q.value(5).toString().trimmed().isEmpty();
        if (phone) {
            row.how = QStringLiteral("phone");
            row.contact = q.value(4).toString();
        } else if (post) {
            row.how = QStringLiteral("post");
            row.contact = q.value(5).toString();
        } else {
            ++list.withoutConsent;
            continue;
        }
        row.channel = q.value(8).toString();
        row.volunteerName = q.value(9).toString();
        row.branchName = q.value(10).toString();
        list.rows.append(row);
    }
    return list;
}

QList<WaitlistRow> BookingQueries::waitlist(const Actor &actor) const {
    QList<WaitlistRow> rows;
    if (!actor.can(Permission::BookingManage)) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT w.id, w.resident_id, r.card, r.given_name || ' ' || r.family_name, w.channel, "
              "COALESCE(b.name, ''), COALESCE(w.branch_id, ''), w.need_area, w.need_text, w.requested_at, "
              "w.status, COALESCE(w.offered_volunteer_id, ''), COALESCE(v.given_name || ' ' || "
              "v.family_name, ''), "
              "COALESCE(w.offered_starts_at, ''), COALESCE(w.offered_minutes, 0) FROM booking_waitlist w "
              "JOIN residents r ON r.id = w.resident_id LEFT JOIN branches b ON b.id = w.branch_id "
              "LEFT JOIN volunteers v ON v.id = w.offered_volunteer_id "
              "WHERE w.deleted = 0 AND w.status IN ('waiting', 'offered') ORDER BY w.requested_at, w.id"));
    q.exec();
    QHash<QString, int> places;
    while (q.next()) {
        WaitlistRow row;
        row.id = q.value(0).toString();
        row.residentId = q.value(1).toString();
        row.residentCard = q.value(2).toString();
        row.residentName = q.value(3).toString();
        row.channel = q.value(4).toString();
        row.branchName = q.value(5).toString();
        row.branchId = q.value(6).toString();
        row.needArea = q.value(7).toString();
        row.needText = q.value(8).toString();
        row.requestedAt = BookingKeys::parseInstant(q.value(9).toString());
        row.status = q.value(10).toString();
        row.offeredVolunteerId = q.value(11).toString();
        row.offeredVolunteerName = q.value(12).toString();
        row.offeredStart = BookingKeys::parseInstant(q.value(13).toString());
        row.offeredMinutes = q.value(14).toInt();
        row.place = ++places[row.channel];
        rows.append(row);
    }
    return rows;
}

QList<HoursRow> BookingQueries::hours(const Actor &actor, const QString &status,
                                      const QString &volunteerId) const {
    QList<HoursRow> rows;
    const bool own = !actor.can(Permission::VolunteerManage);
    if (own && actor.volunteerId().isEmpty()) {
        return rows;
    }
    QString sql = QStringLiteral(
        "SELECT h.id, h.volunteer_id, v.given_name || ' ' || v.family_name, h.worked_on, h.minutes, "
        "h.source, h.status, h.note FROM volunteer_hours h JOIN volunteers v ON v.id = "
        "h.volunteer_id WHERE h.deleted = 0");
    if (!status.isEmpty()) {
        sql += QStringLiteral(" AND h.status = :s");
    }
    const QString who = own ? actor.volunteerId() : volunteerId;
    if (!who.isEmpty()) {
        sql += QStringLiteral(" AND h.volunteer_id = :v");
    }
    sql += QStringLiteral(" ORDER BY h.worked_on DESC, v.family_name COLLATE NOCASE LIMIT 2000");
    Sql q(m_db, sql);
    if (!status.isEmpty()) {
        q.bind(QStringLiteral(":s"), status);
    }
    if (!who.isEmpty()) {
        q.bind(QStringLiteral(":v"), who);
    }
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     QDate::fromString(q.value(3).toString(), Qt::ISODate), q.value(4).toInt(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return rows;
}

int BookingQueries::approvedMinutes(const QString &volunteerId, const QDate &from, const QDate &to) const {
    return Sql(m_db, QStringLiteral(
                         "SELECT COALESCE(sum(minutes), 0) FROM volunteer_hours WHERE volunteer_id = :v AND "
                         "deleted = 0 AND status = 'approved' AND worked_on >= :from AND worked_on <= :to"))
        .bind(QStringLiteral(":v"), volunteerId)
        .bind(QStringLiteral(":from"), from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), to.toString(Qt::ISODate))
        .scalar()
        .toInt();
}

QList<EventRow> BookingQueries::events(const Actor &actor, const QDate &from, const QDate &to) const {
    QList<EventRow> rows;
    if (!actor.can(Permission::BookingManage) && !actor.can(Permission::BookingOwn)) {
        return rows;
    }
    const bool own = ownOnly(actor);
    QString sql =
        QStringLiteral("SELECT e.id, e.title, COALESCE(e.branch_id, ''), COALESCE(b.name, ''), e.starts_at, "
                       "e.minutes, e.headcount, e.topics, e.recorded_at IS NOT NULL FROM events e LEFT JOIN "
                       "branches b ON b.id = e.branch_id WHERE e.deleted = 0 AND e.starts_at >= :from AND "
                       "e.starts_at < :to");
    if (own) {
        sql += QStringLiteral(" AND e.id IN (SELECT event_id FROM event_volunteers WHERE volunteer_id = "
                              ":self AND deleted = 0)");
    }
    sql += QStringLiteral(" ORDER BY e.starts_at, e.id");
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":from"), localDayStartIso(from))
        .bind(QStringLiteral(":to"), localDayStartIso(to.addDays(1)));
    if (own) {
        q.bind(QStringLiteral(":self"), actor.volunteerId());
    }
    q.exec();
    while (q.next()) {
        EventRow row;
        row.id = q.value(0).toString();
        row.title = q.value(1).toString();
        row.branchId = q.value(2).toString();
        row.branchName = q.value(3).toString();
        row.start = BookingKeys::parseInstant(q.value(4).toString());
        row.minutes = q.value(5).toInt();
        row.headcount = q.value(6).toInt();
        row.topics = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        row.recorded = q.value(8).toBool();
        rows.append(row);
    }
    for (EventRow &row : rows) {
        Sql h(m_db, QStringLiteral(
                        "SELECT v.id, v.given_name || ' ' || v.family_name FROM event_volunteers ev JOIN "
                        "volunteers v ON v.id = ev.volunteer_id WHERE ev.event_id = :e AND ev.deleted = 0 "
                        "ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE"));
        h.bind(QStringLiteral(":e"), row.id).exec();
        while (h.next()) {
            row.volunteerIds.append(h.value(0).toString());
            row.volunteerNames.append(h.value(1).toString());
        }
    }
    return rows;
}

QList<AvailabilitySlot> BookingQueries::availability(const Actor &actor, const QString &volunteerId) const {
    if (ownOnly(actor) && volunteerId != actor.volunteerId()) {
        return {};
    }
    return BookingRules(m_db, m_clock.now()).availability(volunteerId);
}

QList<ExceptionRow> BookingQueries::exceptions(const Actor &actor, const QString &volunteerId) const {
    QList<ExceptionRow> rows;
    if (ownOnly(actor) && volunteerId != actor.volunteerId()) {
        return rows;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT id, from_date, to_date, reason FROM availability_exceptions WHERE volunteer_id = :v "
              "AND deleted = 0 AND to_date >= :today ORDER BY from_date"));
    q.bind(QStringLiteral(":v"), volunteerId)
        .bind(QStringLiteral(":today"), m_clock.today().toString(Qt::ISODate))
        .exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     QDate::fromString(q.value(2).toString(), Qt::ISODate), q.value(3).toString()});
    }
    return rows;
}

QList<NamedId> BookingQueries::branches() const {
    QList<NamedId> rows;
    Sql q(m_db,
          QStringLiteral("SELECT id, name FROM branches WHERE deleted = 0 AND active = 1 ORDER BY name"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString()});
    }
    return rows;
}

QString BookingQueries::branchName(const QString &id) const {
    return Sql(m_db, QStringLiteral("SELECT name FROM branches WHERE id = :id"))
        .bind(QStringLiteral(":id"), id)
        .scalar()
        .toString();
}

QList<NamedId> BookingQueries::activeLoans(const Actor &actor, const QString &residentId) const {
    QList<NamedId> rows;
    if (!actor.can(Permission::BookingManage) && !actor.can(Permission::BookingOwn)) {
        return rows;
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT l.id, d.tag || ' (due ' || l.due_on || ')' FROM loans l JOIN devices d ON d.id = "
                    "l.device_id WHERE l.resident_id = :r AND l.status = 'active' AND l.deleted = 0 "
                    "ORDER BY l.checked_out_at DESC"));
    q.bind(QStringLiteral(":r"), residentId).exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString()});
    }
    return rows;
}
