#include "BookingRules.h"

#include "BookingKeys.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("BookingRules", text, disambiguation, n);
}

QString hhmm(int minute) {
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString when(const QDateTime &instant) {
    return QLocale::c().toString(instant.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

QString channelWords(const QString &channel) {
    if (channel == QLatin1String("phone")) {
        return QCoreApplication::translate("BookingRules", "phone sessions");
    }
    if (channel == QLatin1String("video")) {
        return QCoreApplication::translate("BookingRules", "video sessions");
    }
    if (channel == QLatin1String("library")) {
        return QCoreApplication::translate("BookingRules", "library sessions");
    }
    if (channel == QLatin1String("home")) {
        return QCoreApplication::translate("BookingRules", "home visits");
    }
    return QCoreApplication::translate("BookingRules", "events");
}

QDate dateOrNull(const QVariant &v) {
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

BookingSettings BookingSettings::load(const QSqlDatabase &db) {
    BookingSettings s;
    Sql q(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN ('dbs_recheck_years', "
                             "'dbs_blocks_all_sessions', 'dbs_alert_days', 'fair_share_days')"));
    q.exec();
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString().trimmed();
        bool ok = false;
        const int n = value.toInt(&ok);
        if (key == QLatin1String("dbs_recheck_years") && ok && n > 0) {
            s.dbsRecheckYears = n;
        } else if (key == QLatin1String("dbs_blocks_all_sessions")) {
            s.dbsBlocksAllSessions = ok && n != 0;
        } else if (key == QLatin1String("fair_share_days") && ok && n > 0) {
            s.fairShareDays = n;
        } else if (key == QLatin1String("dbs_alert_days")) {
            QList<int> days;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const int d = part.trimmed().toInt(&ok);
                if (ok && d > 0) {
                    days.append(d);
                }
            }
            std::sort(days.begin(), days.end(), std::greater<int>());
            if (!days.isEmpty()) {
                s.dbsAlertDays = days;
            }
        }
    }
    return s;
}

QString AvailabilitySlot::describe() const {
    return QStringLiteral("%1 %2–%3")
        .arg(QLocale::c().dayName(weekday, QLocale::ShortFormat), hhmm(startMinute), hhmm(endMinute));
}

BookingRules::BookingRules(QSqlDatabase db, QDateTime nowUtc)
    : m_db(std::move(db))
    , m_now(std::move(nowUtc))
    , m_settings(BookingSettings::load(m_db)) {}

std::optional<VolunteerRecord> BookingRules::volunteer(const QString &id) const {
    Sql q(m_db,
          QStringLiteral("SELECT id, given_name, family_name, email, phone, languages, skills, channels, "
                         "COALESCE(home_branch_id, ''), status, dbs_certificate, dbs_issued_on, "
                         "dbs_update_service, dbs_recheck_due, max_minutes_per_week, version "
                         "FROM volunteers WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    VolunteerRecord v;
    v.id = q.value(0).toString();
    v.givenName = q.value(1).toString();
    v.familyName = q.value(2).toString();
    v.email = q.value(3).toString();
    v.phone = q.value(4).toString();
    v.languages = BookingKeys::splitList(q.value(5).toString());
    v.skills = BookingKeys::splitList(q.value(6).toString());
    v.channels = BookingKeys::splitList(q.value(7).toString());
    v.homeBranchId = q.value(8).toString();
    v.status = q.value(9).toString();
    v.dbsCertificate = q.value(10).toString();
    v.dbsIssuedOn = dateOrNull(q.value(11));
    v.dbsUpdateService = q.value(12).toBool();
    v.dbsRecheckDue = dateOrNull(q.value(13));
    v.maxMinutesPerWeek = q.value(14).toInt();
    v.version = q.value(15).toInt();
    return v;
}

QList<AvailabilitySlot> BookingRules::availability(const QString &volunteerId) const {
    QList<AvailabilitySlot> windows;
    Sql q(m_db,
          QStringLiteral("SELECT id, volunteer_id, weekday, start_minute, end_minute, channel, "
                         "COALESCE(branch_id, ''), valid_from, valid_to, slot_minutes, buffer_before, "
                         "buffer_after, min_notice_hours FROM availability "
                         "WHERE volunteer_id = :v AND deleted = 0 ORDER BY weekday, start_minute, channel"));
    q.bind(QStringLiteral(":v"), volunteerId).exec();
    while (q.next()) {
        AvailabilitySlot s;
        s.id = q.value(0).toString();
        s.volunteerId = q.value(1).toString();
        s.weekday = q.value(2).toInt();
        s.startMinute = q.value(3).toInt();
        s.endMinute = q.value(4).toInt();
        s.channel = q.value(5).toString();
        s.branchId = q.value(6).toString();
        s.validFrom = dateOrNull(q.value(7));
        s.validTo = dateOrNull(q.value(8));
        s.slotMinutes = q.value(9).toInt();
        s.bufferBefore = q.value(10).toInt();
        s.bufferAfter = q.value(11).toInt();
        s.minNoticeHours = q.value(12).toInt();
        windows.append(s);
    }
    return windows;
}

std::optional<QString> BookingRules::dbsRefusal(const VolunteerRecord &volunteer, const QString &channel,
                                                const QDate &day) const {
    const bool needed = channel == QLatin1String("home") || m_settings.dbsBlocksAllSessions;
    if (!needed || volunteer.dbsValidOn(day)) {
        return std::nullopt;
    }
    const QString what = channel == QLatin1String("home") ? tr("A home visit") : tr("A one-to-one session");
    if (volunteer.dbsCertificate.isEmpty() || !volunteer.dbsRecheckDue.isValid()) {
        return tr("%1 needs a DBS check, and %2 has none on record. Record their DBS certificate first.")
            .arg(what, volunteer.name());
    }
    return tr("%1 needs a current DBS check: %2's DBS re-check was due on %3. Record the new check first.")
        .arg(what, volunteer.name(), volunteer.dbsRecheckDue.toString(Qt::ISODate));
}

bool BookingRules::channelNeedsTraining(const QString &channel) const {
    Sql q(m_db, QStringLiteral("SELECT count(*) FROM training_units WHERE deleted = 0 "
                               "AND (',' || replace(unlocks, ' ', '') || ',') LIKE :pattern"));
    q.bind(QStringLiteral(":pattern"), QString(QStringLiteral("%,") + channel + QStringLiteral(",%")));
    return q.scalar().toInt() > 0;
}

bool BookingRules::hasUnlockingUnit(const QString &volunteerId, const QString &channel) const {
    Sql q(m_db,
          QStringLiteral("SELECT count(*) FROM unit_achievements a JOIN training_units u ON u.id = a.unit_id "
                         "WHERE a.volunteer_id = :v AND a.deleted = 0 AND u.deleted = 0 "
                         "AND (',' || replace(u.unlocks, ' ', '') || ',') LIKE :pattern"));
    q.bind(QStringLiteral(":v"), volunteerId)
        .bind(QStringLiteral(":pattern"), QString(QStringLiteral("%,") + channel + QStringLiteral(",%")));
    return q.scalar().toInt() > 0;
}

std::optional<QString> BookingRules::trainingRefusal(const VolunteerRecord &volunteer,
                                                     const QString &channel) const {
    if (!channelNeedsTraining(channel) || hasUnlockingUnit(volunteer.id, channel)) {
        return std::nullopt;
    }
    Sql q(m_db,
          QStringLiteral("SELECT group_concat(code || ' ' || title, '; ') FROM training_units "
                         "WHERE deleted = 0 AND (',' || replace(unlocks, ' ', '') || ',') LIKE :pattern"));
    q.bind(QStringLiteral(":pattern"), QString(QStringLiteral("%,") + channel + QStringLiteral(",%")));
    return tr("%1 cannot take %2 yet: that needs the training unit %3, not yet achieved.")
        .arg(volunteer.name(), channelWords(channel), q.scalar().toString());
}

std::optional<QString> BookingRules::awayOn(const QString &volunteerId, const QDate &day) const {
    Sql q(m_db,
          QStringLiteral("SELECT from_date, to_date, reason FROM availability_exceptions "
                         "WHERE volunteer_id = :v AND deleted = 0 AND from_date <= :d AND to_date >= :d "
                         "ORDER BY from_date LIMIT 1"));
    q.bind(QStringLiteral(":v"), volunteerId).bind(QStringLiteral(":d"), day.toString(Qt::ISODate)).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    const QString reason = q.value(2).toString();
    return reason.isEmpty()
               ? tr("from %1 to %2").arg(q.value(0).toString(), q.value(1).toString())
               : tr("from %1 to %2 (%3)").arg(q.value(0).toString(), q.value(1).toString(), reason);
}

int BookingRules::minutesInWeek(const QString &volunteerId, const QDate &day,
                                const QString &excludeBookingId) const {
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDateTime from = monday.startOfDay().toUTC();
    const QDateTime to = monday.addDays(7).startOfDay().toUTC();
    Sql q(m_db, QStringLiteral("SELECT COALESCE(sum(minutes), 0) FROM bookings WHERE volunteer_id = :v "
                               "AND deleted = 0 AND status IN ('requested', 'confirmed', 'attended') "
                               "AND starts_at >= :from AND starts_at < :to AND id <> :exclude"));
    q.bind(QStringLiteral(":v"), volunteerId)
        .bind(QStringLiteral(":from"), BookingKeys::isoInstant(from))
        .bind(QStringLiteral(":to"), BookingKeys::isoInstant(to))
        .bind(QStringLiteral(":exclude"), excludeBookingId);
    return q.scalar().toInt();
}

int BookingRules::recentMinutes(const QString &volunteerId, int days) const {
    Sql q(m_db, QStringLiteral("SELECT COALESCE(sum(minutes), 0) FROM bookings WHERE volunteer_id = :v "
                               "AND deleted = 0 AND status IN ('requested', 'confirmed', 'attended') "
                               "AND starts_at >= :from AND starts_at < :to"));
    q.bind(QStringLiteral(":v"), volunteerId)
        .bind(QStringLiteral(":from"), BookingKeys::isoInstant(m_now.addDays(-days)))
        .bind(QStringLiteral(":to"), BookingKeys::isoInstant(m_now.addDays(days)));
    return q.scalar().toInt();
}

std::optional<QString> BookingRules::volunteerClash(const VolunteerRecord &volunteer,
                                                    const SessionRequest &request,
                                                    const AvailabilitySlot &slot) const {
    const QDateTime busyFrom = request.start.addSecs(-60 * slot.bufferBefore);
    const QDateTime busyTo = request.start.addSecs(60 * (request.minutes + slot.bufferAfter));
    // Sessions last at most a day, so only those starting within a day either side can overlap.
    Sql q(m_db,
          QStringLiteral("SELECT starts_at, minutes, buffer_before, buffer_after FROM bookings "
                         "WHERE volunteer_id = :v AND deleted = 0 AND status IN ('requested', 'confirmed') "
                         "AND starts_at > :lo AND starts_at < :hi AND id <> :exclude ORDER BY starts_at"));
    q.bind(QStringLiteral(":v"), volunteer.id)
        .bind(QStringLiteral(":lo"), BookingKeys::isoInstant(request.start.addDays(-1)))
        .bind(QStringLiteral(":hi"), BookingKeys::isoInstant(request.start.addDays(1)))
        .bind(QStringLiteral(":exclude"), request.excludeBookingId)
        .exec();
    while (q.next()) {
        const QDateTime start = BookingKeys::parseInstant(q.value(0).toString());
        const QDateTime from = start.addSecs(-60 * q.value(2).toInt());
        const QDateTime to = start.addSecs(60 * (q.value(1).toInt() + q.value(3).toInt()));
        if (from < busyTo && busyFrom < to) {
            const bool sessionsOverlap = start < request.start.addSecs(60 * request.minutes) &&
                                         request.start < start.addSecs(60 * q.value(1).toInt());
            return sessionsOverlap
                       ? tr("%1 already has a session at %2 (%3 minutes).")
                             .arg(volunteer.name(), when(start))
                             .arg(q.value(1).toInt())
                       : tr("%1 has a session at %2 (%3 minutes); with the time kept free before and after "
                            "sessions (travel), this one would overlap it.")
                             .arg(volunteer.name(), when(start))
                             .arg(q.value(1).toInt());
        }
    }
    Sql e(m_db,
          QStringLiteral("SELECT e.starts_at, e.minutes, e.title FROM event_volunteers ev "
                         "JOIN events e ON e.id = ev.event_id WHERE ev.volunteer_id = :v AND ev.deleted = 0 "
                         "AND e.deleted = 0 AND e.starts_at > :lo AND e.starts_at < :hi"));
    e.bind(QStringLiteral(":v"), volunteer.id)
        .bind(QStringLiteral(":lo"), BookingKeys::isoInstant(request.start.addDays(-1)))
        .bind(QStringLiteral(":hi"), BookingKeys::isoInstant(request.start.addDays(1)))
        .exec();
    while (e.next()) {
        const QDateTime start = BookingKeys::parseInstant(e.value(0).toString());
        const QDateTime end = start.addSecs(60 * e.value(1).toInt());
        if (start < busyTo && busyFrom < end) {
            return tr("%1 is helping at the event “%2” at %3.")
                .arg(volunteer.name(), e.value(2).toString(), when(start));
        }
    }
    return std::nullopt;
}

SessionFit BookingRules::fit(const VolunteerRecord &volunteer, const SessionRequest &request) const {
    SessionFit result;
    const QDate day = request.start.toLocalTime().date();
    if (volunteer.status != QLatin1String("active")) {
        result.refusal =
            tr("%1 is not taking sessions (their status is %2).").arg(volunteer.name(), volunteer.status);
        return result;
    }
    if (!volunteer.channels.contains(request.channel)) {
        result.refusal = tr("%1 does not offer %2.").arg(volunteer.name(), channelWords(request.channel));
        return result;
    }
    if ((result.refusal = dbsRefusal(volunteer, request.channel, day))) {
        return result;
    }
    if ((result.refusal = trainingRefusal(volunteer, request.channel))) {
        return result;
    }
    if (const std::optional<QString> away = awayOn(volunteer.id, day)) {
        result.refusal = tr("%1 is away %2.").arg(volunteer.name(), *away);
        return result;
    }
    const int startMinute = BookingKeys::localMinuteOfDay(request.start);
    const int endMinute = startMinute + request.minutes;
    QStringList times;
    const AvailabilitySlot *found = nullptr;
    const QList<AvailabilitySlot> windows = availability(volunteer.id);
    for (const AvailabilitySlot &slot : windows) {
        if (slot.channel != request.channel) {
            continue;
        }
        const bool branchFits =
            slot.branchId.isEmpty() || request.branchId.isEmpty() || slot.branchId == request.branchId;
        if (slot.coversDate(day) && branchFits && slot.startMinute <= startMinute &&
            endMinute <= slot.endMinute) {
            found = &slot;
            break;
        }
        times.append(slot.describe());
    }
    if (!found) {
        result.refusal = times.isEmpty() ? tr("%1 has no times set for %2. Add their availability first.")
                                               .arg(volunteer.name(), channelWords(request.channel))
                                         : tr("%1 is not available for %2 then. Their times: %3.")
                                               .arg(volunteer.name(), channelWords(request.channel),
                                                    times.join(QStringLiteral(", ")));
        return result;
    }
    result.slot = *found;
    if (request.start < m_now.addSecs(3600 * qint64(found->minNoticeHours))) {
        result.refusal = tr("%1 asks for %2 hours' notice for %3; the earliest they can be booked is %4.")
                             .arg(volunteer.name())
                             .arg(found->minNoticeHours)
                             .arg(channelWords(request.channel),
                                  when(m_now.addSecs(3600 * qint64(found->minNoticeHours))));
        return result;
    }
    if ((result.refusal = volunteerClash(volunteer, request, *found))) {
        return result;
    }
    const int booked = minutesInWeek(volunteer.id, day, request.excludeBookingId);
    if (booked + request.minutes > volunteer.maxMinutesPerWeek) {
        result.refusal = tr("%1 gives at most %2 minutes a week and already has %3 booked that week.")
                             .arg(volunteer.name())
                             .arg(volunteer.maxMinutesPerWeek)
                             .arg(booked);
    }
    return result;
}

std::optional<QString> BookingRules::residentClash(const QString &residentId, const QDateTime &start,
                                                   int minutes, const QString &excludeBookingId) const {
    const QDateTime end = start.addSecs(60 * minutes);
    Sql q(m_db,
          QStringLiteral("SELECT starts_at, minutes FROM bookings WHERE resident_id = :r AND deleted = 0 "
                         "AND status IN ('requested', 'confirmed') AND starts_at > :lo AND starts_at < :hi "
                         "AND id <> :exclude ORDER BY starts_at"));
    q.bind(QStringLiteral(":r"), residentId)
        .bind(QStringLiteral(":lo"), BookingKeys::isoInstant(start.addDays(-1)))
        .bind(QStringLiteral(":hi"), BookingKeys::isoInstant(end))
        .bind(QStringLiteral(":exclude"), excludeBookingId)
        .exec();
    while (q.next()) {
        const QDateTime s = BookingKeys::parseInstant(q.value(0).toString());
        if (s < end && start < s.addSecs(60 * q.value(1).toInt())) {
            return tr("The resident already has a session at %1 (%2 minutes).")
                .arg(when(s))
                .arg(q.value(1).toInt());
        }
    }
    return std::nullopt;
}
