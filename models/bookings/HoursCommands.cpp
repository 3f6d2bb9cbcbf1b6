#include "HoursCommands.h"

#include "BookingRules.h"
#include "BookingSupport.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("HoursCommands", text, disambiguation, n);
}
} // namespace

QJsonObject ManualHours::toJson() const {
    return {{QStringLiteral("volunteer_id"), volunteerId},
            {QStringLiteral("worked_on"), workedOn.toString(Qt::ISODate)},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("note"), note},
            {QStringLiteral("own"), own}};
}

ManualHours ManualHours::fromPayload(const PayloadReader &r) {
    ManualHours h;
    h.volunteerId = r.text(QStringLiteral("volunteer_id"));
    h.workedOn = QDate::fromString(r.text(QStringLiteral("worked_on")), Qt::ISODate);
    if (!h.workedOn.isValid()) {
        throw PayloadError(QStringLiteral("the field “worked_on” should be a date"));
    }
    h.minutes = r.integer(QStringLiteral("minutes"));
    h.note = r.text(QStringLiteral("note"));
    h.own = r.flag(QStringLiteral("own"));
    return h;
}

LogHoursCommand::LogHoursCommand(ManualHours hours)
    : m_h(std::move(hours)) {
    m_h.note = m_h.note.simplified();
}

Permission LogHoursCommand::permission() const {
    return BookingSupport::permissionFor(m_h.own);
}

std::optional<QString> LogHoursCommand::check(CommandContext &ctx) {
    if (auto refusal = BookingSupport::ownRefusal(m_h.own, ctx.actor, m_h.volunteerId)) {
        return refusal;
    }
    if (!BookingRules(ctx.db, ctx.now).volunteer(m_h.volunteerId)) {
        return tr("That volunteer is not in the store.");
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (!m_h.workedOn.isValid()) {
        return tr("Give the day the hours were worked.");
    }
    if (m_h.workedOn > today) {
        return tr("Hours can be logged only for today or earlier.");
    }
    if (m_h.workedOn < today.addYears(-1)) {
        return tr("Hours more than a year old cannot be logged.");
    }
    if (m_h.minutes < 5 || m_h.minutes > 12 * 60) {
        return tr("Log between 5 minutes and 12 hours for one day.");
    }
    if (m_h.note.isEmpty()) {
        return tr("Say what the hours were for, so the coordinator can approve them.");
    }
    if (m_h.note.size() > 300) {
        return tr("The note is too long (at most 300 characters).");
    }
    return std::nullopt;
}

Command::Applied LogHoursCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO volunteer_hours(id, volunteer_id, worked_on, minutes, source, status, note, "
                    "updated_at, hlc) VALUES (:id, :v, :on, :m, 'manual', 'pending', :note, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_h.volunteerId)
        .bind(QStringLiteral(":on"), m_h.workedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":m"), m_h.minutes)
        .bind(QStringLiteral(":note"), m_h.note)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("volunteer_hours"),
            m_id,
            tr("Logged %1 minutes on %2; they count once a coordinator approves them.")
                .arg(m_h.minutes)
                .arg(m_h.workedOn.toString(Qt::ISODate)),
            {}};
}

QJsonObject LogHoursCommand::payload() const {
    QJsonObject p = m_h.toJson();
    p.insert(QStringLiteral("id"), m_id);
    return p;
}

QJsonObject LogHoursCommand::auditPayload() const {
    QJsonObject p = payload();
    p.remove(QStringLiteral("note"));
    return p;
}

DecideHoursCommand::DecideHoursCommand(QString hoursId, bool approve)
    : m_id(std::move(hoursId))
    , m_approve(approve) {}

std::optional<QString> DecideHoursCommand::check(CommandContext &ctx) {
    const QString status =
        Sql(ctx.db, QStringLiteral("SELECT status FROM volunteer_hours WHERE id = :id AND deleted = 0"))
            .bind(QStringLiteral(":id"), m_id)
            .scalar()
            .toString();
    if (status.isEmpty()) {
        return tr("Those hours are not in the store.");
    }
    if (status != QLatin1String("pending")) {
        return tr("Those hours are already %1.").arg(status);
    }
    return std::nullopt;
}

Command::Applied DecideHoursCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE volunteer_hours SET status = :s, approved_by = :by, decided_at = :now, "
                       "version = version + 1, updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":s"), m_approve ? QStringLiteral("approved") : QStringLiteral("rejected"))
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("volunteer_hours"),
            m_id,
            m_approve ? tr("Approved the hours.") : tr("Rejected the hours."),
            {}};
}

QJsonObject DecideHoursCommand::payload() const {
    return {{QStringLiteral("id"), m_id}, {QStringLiteral("approve"), m_approve}};
}
