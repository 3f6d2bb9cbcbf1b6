#include "EventCommands.h"

#include "BookingKeys.h"
#include "BookingRules.h"
#include "BookingSupport.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("EventCommands", text, disambiguation, n);
}
} // namespace

QJsonObject EventRequest::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("starts_at"), BookingKeys::isoInstant(start)},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("volunteer_ids"), BookingSupport::toJson(volunteerIds)}};
}

EventRequest EventRequest::fromPayload(const PayloadReader &r) {
    EventRequest e;
    e.title = r.text(QStringLiteral("title"));
    e.branchId = r.text(QStringLiteral("branch_id"));
    e.start = BookingKeys::parseInstant(r.text(QStringLiteral("starts_at")));
    if (!e.start.isValid()) {
        throw PayloadError(QStringLiteral("the field “starts_at” should be an instant"));
    }
    e.minutes = r.integer(QStringLiteral("minutes"));
    e.volunteerIds = r.list(QStringLiteral("volunteer_ids"));
    // A new event's id is handed out again by the replay; an edit names its event.
    if (!r.flag(QStringLiteral("new"))) {
        e.id = r.text(QStringLiteral("id"));
    }
    return e;
}

SaveEventCommand::SaveEventCommand(EventRequest request)
    : m_r(std::move(request)) {
    m_r.title = m_r.title.simplified();
    m_r.start = m_r.start.toUTC();
    m_r.volunteerIds.removeDuplicates();
    m_new = m_r.id.isEmpty();
}

std::optional<QString> SaveEventCommand::check(CommandContext &ctx) {
    if (m_r.title.isEmpty()) {
        return tr("Give the event a title, such as “Digital tea party”.");
    }
    if (m_r.title.size() > 120) {
        return tr("The title is too long (at most 120 characters).");
    }
    if (!m_r.start.isValid()) {
        return tr("Give the date and time the event starts.");
    }
    if (m_r.minutes < 15 || m_r.minutes > 600) {
        return tr("An event lasts between 15 minutes and 10 hours.");
    }
    const QString branch = BookingSupport::branchId(ctx.db, m_r.branchId);
    if (branch.isEmpty()) {
        return m_r.branchId.trimmed().isEmpty() ? tr("Say at which branch the event is.")
                                                : tr("No branch “%1”.").arg(m_r.branchId);
    }
    m_r.branchId = branch;
    if (m_new && m_r.start <= ctx.now) {
        return tr("The event's start has passed: plan events for a time still to come.");
    }
    if (!m_new) {
        const int exists =
            Sql(ctx.db, QStringLiteral("SELECT count(*) FROM events WHERE id = :id AND deleted = 0"))
                .bind(QStringLiteral(":id"), m_r.id)
                .scalar()
                .toInt();
        if (exists == 0) {
            return tr("That event is not in the store.");
        }
    }
    const BookingRules rules(ctx.db, ctx.now);
    for (const QString &v : m_r.volunteerIds) {
        const std::optional<VolunteerRecord> volunteer = rules.volunteer(v);
        if (!volunteer) {
            return tr("One of the volunteers is not in the store.");
        }
        if (volunteer->status != QLatin1String("active")) {
            return tr("%1 is not taking part in events (their status is %2).")
                .arg(volunteer->name(), volunteer->status);
        }
    }
    return std::nullopt;
}

Command::Applied SaveEventCommand::apply(CommandContext &ctx) {
    m_added.clear();
    m_removed.clear();
    if (m_new) {
        m_r.id = ctx.newId();
        Sql(ctx.db,
            QStringLiteral("INSERT INTO events(id, branch_id, title, starts_at, minutes, updated_at, hlc) "
                           "VALUES (:id, :b, :t, :s, :m, :now, :hlc)"))
            .bind(QStringLiteral(":id"), m_r.id)
            .bind(QStringLiteral(":b"), m_r.branchId)
            .bind(QStringLiteral(":t"), m_r.title)
            .bind(QStringLiteral(":s"), BookingKeys::isoInstant(m_r.start))
            .bind(QStringLiteral(":m"), m_r.minutes)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    } else {
        Sql(ctx.db,
            QStringLiteral("UPDATE events SET branch_id = :b, title = :t, starts_at = :s, minutes = :m, "
                           "version = version + 1, updated_at = :now, hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":id"), m_r.id)
            .bind(QStringLiteral(":b"), m_r.branchId)
            .bind(QStringLiteral(":t"), m_r.title)
            .bind(QStringLiteral(":s"), BookingKeys::isoInstant(m_r.start))
            .bind(QStringLiteral(":m"), m_r.minutes)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    // Helpers: rows for the newly named, tombstones for those no longer named, revived rows for returners.
    QHash<QString, std::pair<QString, bool>> existing; // volunteer → (row id, deleted)
    {
        Sql q(ctx.db,
              QStringLiteral("SELECT volunteer_id, id, deleted FROM event_volunteers WHERE event_id = :e"));
        q.bind(QStringLiteral(":e"), m_r.id).exec();
        while (q.next()) {
            existing.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
        }
    }
    for (const QString &v : m_r.volunteerIds) {
        const auto it = existing.constFind(v);
        if (it == existing.constEnd()) {
            const QString id = ctx.newId();
            m_added.append(id);
            Sql(ctx.db,
                QStringLiteral("INSERT INTO event_volunteers(id, event_id, volunteer_id, updated_at, hlc) "
                               "VALUES (:id, :e, :v, :now, :hlc)"))
                .bind(QStringLiteral(":id"), id)
                .bind(QStringLiteral(":e"), m_r.id)
                .bind(QStringLiteral(":v"), v)
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .exec();
        } else if (it->second) {
            Sql(ctx.db,
                QStringLiteral(
                    "UPDATE event_volunteers SET deleted = 0, version = version + 1, updated_at = :now, "
                    "hlc = :hlc WHERE id = :id"))
                .bind(QStringLiteral(":id"), it->first)
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .exec();
        }
    }
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!it->second && !m_r.volunteerIds.contains(it.key())) {
            m_removed.append(it.key());
            Sql(ctx.db,
                QStringLiteral(
                    "UPDATE event_volunteers SET deleted = 1, version = version + 1, updated_at = :now, "
                    "hlc = :hlc WHERE id = :id"))
                .bind(QStringLiteral(":id"), it->first)
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .exec();
        }
    }
    return {QStringLiteral("events"), m_r.id, m_new ? tr("Added the event.") : tr("Saved the event."), {}};
}

QJsonObject SaveEventCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("new"), m_new);
    p.insert(QStringLiteral("helper_row_ids"), BookingSupport::toJson(m_added));
    p.insert(QStringLiteral("removed_volunteer_ids"), BookingSupport::toJson(m_removed));
    return p;
}

QJsonObject EventRecord::toJson() const {
    return {{QStringLiteral("event_id"), eventId},
            {QStringLiteral("headcount"), headcount},
            {QStringLiteral("topics"), BookingSupport::toJson(topics)}};
}

EventRecord EventRecord::fromPayload(const PayloadReader &r) {
    EventRecord e;
    e.eventId = r.text(QStringLiteral("event_id"));
    e.headcount = r.integer(QStringLiteral("headcount"));
    e.topics = r.list(QStringLiteral("topics"));
    return e;
}

RecordEventCommand::RecordEventCommand(EventRecord record)
    : m_r(std::move(record)) {
    QStringList topics;
    for (const QString &t : m_r.topics) {
        const QString topic = t.simplified();
        if (!topic.isEmpty() && !topics.contains(topic, Qt::CaseInsensitive)) {
            topics.append(topic);
        }
    }
    m_r.topics = topics;
}

std::optional<QString> RecordEventCommand::check(CommandContext &ctx) {
    Sql q(ctx.db, QStringLiteral("SELECT starts_at FROM events WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), m_r.eventId).exec();
    if (!q.next()) {
        return tr("That event is not in the store.");
    }
    if (BookingKeys::parseInstant(q.value(0).toString()) > ctx.now) {
        return tr("The event has not started yet: record the headcount once it has.");
    }
    if (m_r.headcount < 0 || m_r.headcount > 1000) {
        return tr("The headcount must be between 0 and 1000.");
    }
    if (m_r.topics.join(QLatin1Char(',')).size() > 1000) {
        return tr("The topics are too long (at most 1000 characters).");
    }
    for (const QString &t : m_r.topics) {
        if (t.contains(QLatin1Char(','))) {
            return tr("A topic cannot contain a comma.");
        }
    }
    return std::nullopt;
}

Command::Applied RecordEventCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral(
            "UPDATE events SET headcount = :h, topics = :t, recorded_at = :now, version = version + 1, "
            "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_r.eventId)
        .bind(QStringLiteral(":h"), m_r.headcount)
        .bind(QStringLiteral(":t"), m_r.topics.join(QLatin1Char(',')))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    // Each helper's hours are logged once, however often the headcount is corrected.
    m_hoursIds.clear();
    QList<std::pair<QString, QString>> helpers; // volunteer, local day
    int minutes = 0;
    {
        Sql q(ctx.db,
              QStringLiteral(
                  "SELECT ev.volunteer_id, e.starts_at, e.minutes FROM event_volunteers ev JOIN events e "
                  "ON e.id = ev.event_id WHERE ev.event_id = :e AND ev.deleted = 0 AND NOT EXISTS "
                  "(SELECT 1 FROM volunteer_hours h WHERE h.event_id = ev.event_id AND "
                  "h.volunteer_id = ev.volunteer_id AND h.deleted = 0) ORDER BY ev.volunteer_id"));
        q.bind(QStringLiteral(":e"), m_r.eventId).exec();
        while (q.next()) {
            helpers.append({q.value(0).toString(), BookingKeys::parseInstant(q.value(1).toString())
                                                       .toLocalTime()
                                                       .date()
                                                       .toString(Qt::ISODate)});
            minutes = q.value(2).toInt();
        }
    }
    for (const auto &[volunteer, day] : helpers) {
        const QString id = ctx.newId();
        m_hoursIds.append(id);
        Sql(ctx.db, QStringLiteral(
                        "INSERT INTO volunteer_hours(id, volunteer_id, worked_on, minutes, source, status, "
                        "approved_by, decided_at, event_id, updated_at, hlc) VALUES (:id, :v, :on, :m, "
                        "'event', 'approved', :by, :now, :e, :now, :hlc)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":v"), volunteer)
            .bind(QStringLiteral(":on"), day)
            .bind(QStringLiteral(":m"), minutes)
            .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
            .bind(QStringLiteral(":e"), m_r.eventId)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    QStringList notes;
    if (!m_hoursIds.isEmpty()) {
        notes.append(tr("Logged the hours of %n helper(s).", nullptr, int(m_hoursIds.size())));
    }
    return {QStringLiteral("events"), m_r.eventId,
            tr("Recorded %n people at the event.", nullptr, m_r.headcount), notes};
}

QJsonObject RecordEventCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("hours_ids"), BookingSupport::toJson(m_hoursIds));
    return p;
}
