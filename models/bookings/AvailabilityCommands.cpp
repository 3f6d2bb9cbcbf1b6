#include "AvailabilityCommands.h"

#include "BookingKeys.h"
#include "BookingRules.h"
#include "BookingSupport.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("AvailabilityCommands", text, disambiguation, n);
}

QString dateText(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateField(const PayloadReader &r, const QString &key, bool required) {
    const QString text = required ? r.text(key) : r.optionalText(key);
    if (text.isEmpty() && !required) {
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        throw PayloadError(QStringLiteral("the field “%1” should be a date").arg(key));
    }
    return d;
}

QString hhmm(int minute) {
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QJsonObject AvailabilityRequest::toJson() const {
    return {{QStringLiteral("volunteer_id"), volunteerId},
            {QStringLiteral("weekday"), weekday},
            {QStringLiteral("start_minute"), startMinute},
            {QStringLiteral("end_minute"), endMinute},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("valid_from"), dateText(validFrom)},
            {QStringLiteral("valid_to"), dateText(validTo)},
            {QStringLiteral("slot_minutes"), slotMinutes},
            {QStringLiteral("buffer_before"), bufferBefore},
            {QStringLiteral("buffer_after"), bufferAfter},
            {QStringLiteral("min_notice_hours"), minNoticeHours},
            {QStringLiteral("own"), own}};
}

AvailabilityRequest AvailabilityRequest::fromPayload(const PayloadReader &r) {
    AvailabilityRequest a;
    a.volunteerId = r.text(QStringLiteral("volunteer_id"));
    a.weekday = r.integer(QStringLiteral("weekday"));
    a.startMinute = r.integer(QStringLiteral("start_minute"));
    a.endMinute = r.integer(QStringLiteral("end_minute"));
    a.channel = r.text(QStringLiteral("channel"));
    a.branchId = r.optionalText(QStringLiteral("branch_id"));
    a.validFrom = dateField(r, QStringLiteral("valid_from"), false);
    a.validTo = dateField(r, QStringLiteral("valid_to"), false);
    a.slotMinutes = r.integer(QStringLiteral("slot_minutes"));
    a.bufferBefore = r.integer(QStringLiteral("buffer_before"));
    a.bufferAfter = r.integer(QStringLiteral("buffer_after"));
    a.minNoticeHours = r.integer(QStringLiteral("min_notice_hours"));
    a.own = r.flag(QStringLiteral("own"));
    return a;
}

AddAvailabilityCommand::AddAvailabilityCommand(AvailabilityRequest request)
    : m_r(std::move(request)) {
    m_r.channel = m_r.channel.trimmed().toLower();
}

Permission AddAvailabilityCommand::permission() const {
    return BookingSupport::permissionFor(m_r.own);
}

std::optional<QString> AddAvailabilityCommand::check(CommandContext &ctx) {
    if (auto refusal = BookingSupport::ownRefusal(m_r.own, ctx.actor, m_r.volunteerId)) {
        return refusal;
    }
    const BookingRules rules(ctx.db, ctx.now);
    const std::optional<VolunteerRecord> v = rules.volunteer(m_r.volunteerId);
    if (!v) {
        return tr("That volunteer is not in the store.");
    }
    if (m_r.weekday < 1 || m_r.weekday > 7) {
        return tr("Choose a day of the week.");
    }
    if (m_r.startMinute < 0 || m_r.startMinute > 1439 || m_r.endMinute < 1 || m_r.endMinute > 1440) {
        return tr("Times must be within the day (00:00 to 24:00).");
    }
    if (m_r.endMinute <= m_r.startMinute) {
        return tr("The end time (%1) must come after the start time (%2).")
            .arg(hhmm(m_r.endMinute), hhmm(m_r.startMinute));
    }
    if (!BookingKeys::availabilityChannels().contains(m_r.channel)) {
        return tr("Choose how the volunteer helps in this time: %1.")
            .arg(BookingKeys::availabilityChannels().join(QStringLiteral(", ")));
    }
    if (!v->channels.contains(m_r.channel)) {
        return tr("%1 does not offer “%2” in their profile; add it to their profile first.")
            .arg(v->name(), m_r.channel);
    }
    if (m_r.slotMinutes < 15 || m_r.slotMinutes > 240) {
        return tr("A session length must be between 15 and 240 minutes.");
    }
    if (m_r.bufferBefore < 0 || m_r.bufferAfter < 0 || m_r.bufferBefore > 120 || m_r.bufferAfter > 120) {
        return tr("Time kept free before or after a session must be between 0 and 120 minutes.");
    }
    if (m_r.slotMinutes < m_r.bufferBefore + m_r.bufferAfter) {
        return tr("A %1-minute session is shorter than the %2 minutes kept free around it; make the session "
                  "longer or the buffers shorter.")
            .arg(m_r.slotMinutes)
            .arg(m_r.bufferBefore + m_r.bufferAfter);
    }
    const int needed = m_r.bufferBefore + m_r.slotMinutes + m_r.bufferAfter;
    if (m_r.endMinute - m_r.startMinute < needed) {
        return tr("%1–%2 is too short for one %3-minute session with its buffers (%4 minutes in all).")
            .arg(hhmm(m_r.startMinute), hhmm(m_r.endMinute))
            .arg(m_r.slotMinutes)
            .arg(needed);
    }
    if (m_r.minNoticeHours < 0 || m_r.minNoticeHours > 24 * 28) {
        return tr("Minimum notice must be between 0 hours and 4 weeks.");
    }
    if (m_r.validFrom.isValid() && m_r.validTo.isValid() && m_r.validTo < m_r.validFrom) {
        return tr("The last date (%1) comes before the first (%2).")
            .arg(dateText(m_r.validTo), dateText(m_r.validFrom));
    }
    if (m_r.branchId.isEmpty() &&
        (m_r.channel == QLatin1String("library") || m_r.channel == QLatin1String("events"))) {
        m_r.branchId = v->homeBranchId;
        if (m_r.branchId.isEmpty()) {
            return tr("Say at which branch the volunteer helps.");
        }
    }
    if (!m_r.branchId.isEmpty() && BookingSupport::branchId(ctx.db, m_r.branchId) != m_r.branchId) {
        return tr("That branch is not in the store.");
    }
    // One volunteer is in one place at a time: windows on the same weekday may not overlap while both apply.
    for (const AvailabilitySlot &s : rules.availability(m_r.volunteerId)) {
        const bool datesOverlap =
            (!s.validTo.isValid() || !m_r.validFrom.isValid() || s.validTo >= m_r.validFrom) &&
            (!m_r.validTo.isValid() || !s.validFrom.isValid() || m_r.validTo >= s.validFrom);
        if (s.weekday == m_r.weekday && datesOverlap && s.startMinute < m_r.endMinute &&
            m_r.startMinute < s.endMinute) {
            return tr("This overlaps %1's existing %2 time %3. Change or remove that one first.")
                .arg(v->name(), s.channel, s.describe());
        }
    }
    return std::nullopt;
}

Command::Applied AddAvailabilityCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO availability(id, volunteer_id, weekday, start_minute, end_minute, channel, "
                    "branch_id, valid_from, valid_to, slot_minutes, buffer_before, buffer_after, "
                    "min_notice_hours, updated_at, hlc) VALUES (:id, :v, :w, :s, :e, :c, :b, :from, :to, "
                    ":slot, :bb, :ba, :n, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_r.volunteerId)
        .bind(QStringLiteral(":w"), m_r.weekday)
        .bind(QStringLiteral(":s"), m_r.startMinute)
        .bind(QStringLiteral(":e"), m_r.endMinute)
        .bind(QStringLiteral(":c"), m_r.channel)
        .bind(QStringLiteral(":b"), nullIfEmpty(m_r.branchId))
        .bind(QStringLiteral(":from"), nullIfEmpty(dateText(m_r.validFrom)))
        .bind(QStringLiteral(":to"), nullIfEmpty(dateText(m_r.validTo)))
        .bind(QStringLiteral(":slot"), m_r.slotMinutes)
        .bind(QStringLiteral(":bb"), m_r.bufferBefore)
        .bind(QStringLiteral(":ba"), m_r.bufferAfter)
        .bind(QStringLiteral(":n"), m_r.minNoticeHours)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    AvailabilitySlot s;
    s.weekday = m_r.weekday;
    s.startMinute = m_r.startMinute;
    s.endMinute = m_r.endMinute;
    return {QStringLiteral("availability"), m_id, tr("Added %1 %2 time.").arg(s.describe(), m_r.channel), {}};
}

QJsonObject AddAvailabilityCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("id"), m_id);
    return p;
}

RemoveAvailabilityCommand::RemoveAvailabilityCommand(QString availabilityId, bool own)
    : m_id(std::move(availabilityId))
    , m_own(own) {}

Permission RemoveAvailabilityCommand::permission() const {
    return BookingSupport::permissionFor(m_own);
}

std::optional<QString> RemoveAvailabilityCommand::check(CommandContext &ctx) {
    m_volunteerId =
        Sql(ctx.db, QStringLiteral("SELECT volunteer_id FROM availability WHERE id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), m_id)
            .scalar()
            .toString();
    if (m_volunteerId.isEmpty()) {
        return tr("That time is not in the store (already removed?).");
    }
    return BookingSupport::ownRefusal(m_own, ctx.actor, m_volunteerId);
}

Command::Applied RemoveAvailabilityCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE availability SET deleted = 1, version = version + 1, updated_at = :now, "
                       "hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("availability"),
            m_id,
            tr("Removed the time; sessions already booked in it stay."),
            {}};
}

QJsonObject RemoveAvailabilityCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("own"), m_own},
            {QStringLiteral("volunteer_id"), m_volunteerId}};
}

QJsonObject AvailabilityExceptionRequest::toJson() const {
    return {{QStringLiteral("volunteer_id"), volunteerId},
            {QStringLiteral("from"), dateText(from)},
            {QStringLiteral("to"), dateText(to)},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("own"), own}};
}

AvailabilityExceptionRequest AvailabilityExceptionRequest::fromPayload(const PayloadReader &r) {
    AvailabilityExceptionRequest e;
    e.volunteerId = r.text(QStringLiteral("volunteer_id"));
    e.from = dateField(r, QStringLiteral("from"), true);
    e.to = dateField(r, QStringLiteral("to"), true);
    e.reason = r.optionalText(QStringLiteral("reason"));
    e.own = r.flag(QStringLiteral("own"));
    return e;
}

AddAvailabilityExceptionCommand::AddAvailabilityExceptionCommand(AvailabilityExceptionRequest request)
    : m_r(std::move(request)) {
    m_r.reason = m_r.reason.simplified();
}

Permission AddAvailabilityExceptionCommand::permission() const {
    return BookingSupport::permissionFor(m_r.own);
}

std::optional<QString> AddAvailabilityExceptionCommand::check(CommandContext &ctx) {
    if (auto refusal = BookingSupport::ownRefusal(m_r.own, ctx.actor, m_r.volunteerId)) {
        return refusal;
    }
    if (!BookingRules(ctx.db, ctx.now).volunteer(m_r.volunteerId)) {
        return tr("That volunteer is not in the store.");
    }
    if (!m_r.from.isValid() || !m_r.to.isValid()) {
        return tr("Give the first and last day away.");
    }
    if (m_r.to < m_r.from) {
        return tr("The last day away (%1) comes before the first (%2).")
            .arg(dateText(m_r.to), dateText(m_r.from));
    }
    if (m_r.from.daysTo(m_r.to) > 366) {
        return tr("A time away can be at most a year; for longer, pause the volunteer instead.");
    }
    if (m_r.reason.size() > 200) {
        return tr("The reason is too long (at most 200 characters).");
    }
    return std::nullopt;
}

Command::Applied AddAvailabilityExceptionCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO availability_exceptions(id, volunteer_id, from_date, to_date, reason, "
                       "updated_at, hlc) VALUES (:id, :v, :from, :to, :reason, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_r.volunteerId)
        .bind(QStringLiteral(":from"), dateText(m_r.from))
        .bind(QStringLiteral(":to"), dateText(m_r.to))
        .bind(QStringLiteral(":reason"), m_r.reason)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    // Sessions already booked on those days are not cancelled here: someone has to tell the residents.
    const int clashing =
        Sql(ctx.db,
            QStringLiteral("SELECT count(*) FROM bookings WHERE volunteer_id = :v AND deleted = 0 AND status "
                           "IN ('requested', 'confirmed') AND starts_at >= :from AND starts_at < :to"))
            .bind(QStringLiteral(":v"), m_r.volunteerId)
            .bind(QStringLiteral(":from"), BookingKeys::isoInstant(m_r.from.startOfDay()))
            .bind(QStringLiteral(":to"), BookingKeys::isoInstant(m_r.to.addDays(1).startOfDay()))
            .scalar()
            .toInt();
    QStringList warnings;
    if (clashing > 0) {
        warnings.append(
            tr("%n session(s) are booked on those days: cancel or rebook them and tell the residents.",
               nullptr, clashing));
    }
    return {QStringLiteral("availability_exceptions"), m_id,
            tr("Recorded time away from %1 to %2.").arg(dateText(m_r.from), dateText(m_r.to)), warnings};
}

QJsonObject AddAvailabilityExceptionCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("id"), m_id);
    return p;
}

QJsonObject AddAvailabilityExceptionCommand::auditPayload() const {
    QJsonObject p = payload();
    p.remove(QStringLiteral("reason")); // free text about a person (illness, family) stays out of the audit
    return p;
}

RemoveAvailabilityExceptionCommand::RemoveAvailabilityExceptionCommand(QString exceptionId, bool own)
    : m_id(std::move(exceptionId))
    , m_own(own) {}

Permission RemoveAvailabilityExceptionCommand::permission() const {
    return BookingSupport::permissionFor(m_own);
}

std::optional<QString> RemoveAvailabilityExceptionCommand::check(CommandContext &ctx) {
    const QString volunteerId =
        Sql(ctx.db,
            QStringLiteral("SELECT volunteer_id FROM availability_exceptions WHERE id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), m_id)
            .scalar()
            .toString();
    if (volunteerId.isEmpty()) {
        return tr("That time away is not in the store (already removed?).");
    }
    return BookingSupport::ownRefusal(m_own, ctx.actor, volunteerId);
}

Command::Applied RemoveAvailabilityExceptionCommand::apply(CommandContext &ctx) {
    Sql(ctx.db, QStringLiteral("UPDATE availability_exceptions SET deleted = 1, version = version + 1, "
                               "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("availability_exceptions"), m_id, tr("Removed the time away."), {}};
}

QJsonObject RemoveAvailabilityExceptionCommand::payload() const {
    return {{QStringLiteral("id"), m_id}, {QStringLiteral("own"), m_own}};
}
