#include "WaitlistCommands.h"

#include "BookingKeys.h"
#include "BookingSupport.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("WaitlistCommands", text, disambiguation, n);
}
} // namespace

WaitlistOffer WaitlistQueue::offerFreedSlot(CommandContext &ctx, const SessionRequest &slot) {
    const BookingRules rules(ctx.db, ctx.now);
    Sql q(ctx.db, QStringLiteral(
                      "SELECT w.id, w.resident_id, r.card FROM booking_waitlist w JOIN residents r ON "
                      "r.id = w.resident_id WHERE w.deleted = 0 AND w.status = 'waiting' AND w.channel = :c "
                      "AND w.resident_id <> :gave AND (w.branch_id IS NULL OR :b = '' OR w.branch_id = :b) "
                      "ORDER BY w.requested_at, w.id"));
    q.bind(QStringLiteral(":c"), slot.channel)
        .bind(QStringLiteral(":gave"), slot.residentId)
        .bind(QStringLiteral(":b"), slot.branchId)
        .exec();
    while (q.next()) {
        const QString residentId = q.value(1).toString();
        if (rules.residentClash(residentId, slot.start, slot.minutes, slot.excludeBookingId)) {
            continue; // busy then: the slot goes to the next one waiting
        }
        const QString id = q.value(0).toString();
        Sql(ctx.db,
            QStringLiteral("UPDATE booking_waitlist SET status = 'offered', offered_volunteer_id = :v, "
                           "offered_starts_at = :s, offered_minutes = :m, offered_branch_id = :b, "
                           "offered_at = :now, version = version + 1, updated_at = :now, hlc = :hlc "
                           "WHERE id = :id"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":v"), slot.volunteerId)
            .bind(QStringLiteral(":s"), BookingKeys::isoInstant(slot.start))
            .bind(QStringLiteral(":m"), slot.minutes)
            .bind(QStringLiteral(":b"), nullIfEmpty(slot.branchId))
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
        return {
            id,
            tr("The freed slot is offered to card %1, first on the waiting list: book it for them from the "
               "waiting list.")
                .arg(q.value(2).toString())};
    }
    return {};
}

QJsonObject WaitlistRequest::toJson() const {
    return {{QStringLiteral("resident_card"), residentCard},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("need_area"), needArea},
            {QStringLiteral("need_text"), needText}};
}

WaitlistRequest WaitlistRequest::fromPayload(const PayloadReader &r) {
    WaitlistRequest w;
    w.residentCard = r.text(QStringLiteral("resident_card"));
    w.channel = r.text(QStringLiteral("channel"));
    w.branchId = r.optionalText(QStringLiteral("branch_id"));
    w.needArea = r.optionalText(QStringLiteral("need_area"));
    w.needText = r.optionalText(QStringLiteral("need_text"));
    return w;
}

JoinWaitlistCommand::JoinWaitlistCommand(WaitlistRequest request)
    : m_r(std::move(request)) {
    m_r.residentCard = m_r.residentCard.trimmed();
    m_r.channel = m_r.channel.trimmed().toLower();
    m_r.needArea = m_r.needArea.trimmed().toLower();
    m_r.needText = m_r.needText.trimmed();
}

std::optional<QString> JoinWaitlistCommand::check(CommandContext &ctx) {
    const auto resident = BookingSupport::residentByCard(ctx.db, m_r.residentCard);
    if (!resident) {
        return m_r.residentCard.isEmpty() ? tr("Scan or type the resident's library card.")
                                          : tr("No resident has the card %1.").arg(m_r.residentCard);
    }
    m_residentId = resident->id;
    if (!BookingKeys::channels().contains(m_r.channel)) {
        return tr("Choose how the session would happen: phone, video, library or home.");
    }
    if (!m_r.needArea.isEmpty() && !BookingKeys::skillAreas().contains(m_r.needArea)) {
        return tr("Unknown skills area “%1”.").arg(m_r.needArea);
    }
    if (m_r.needText.size() > 1000) {
        return tr("The description of the need is too long (at most 1000 characters).");
    }
    if (!m_r.branchId.isEmpty()) {
        const QString branch = BookingSupport::branchId(ctx.db, m_r.branchId);
        if (branch.isEmpty()) {
            return tr("No branch “%1”.").arg(m_r.branchId);
        }
        m_r.branchId = branch;
    }
    const int already =
        Sql(ctx.db, QStringLiteral("SELECT count(*) FROM booking_waitlist WHERE resident_id = :r AND "
                                   "channel = :c AND deleted = 0 AND status IN ('waiting', 'offered')"))
            .bind(QStringLiteral(":r"), m_residentId)
            .bind(QStringLiteral(":c"), m_r.channel)
            .scalar()
            .toInt();
    if (already > 0) {
        return tr("Card %1 is already on the waiting list for this kind of session.").arg(resident->card);
    }
    return std::nullopt;
}

Command::Applied JoinWaitlistCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db, QStringLiteral(
                    "INSERT INTO booking_waitlist(id, resident_id, channel, branch_id, need_area, need_text, "
                    "requested_at, status, updated_at, hlc) VALUES (:id, :r, :c, :b, :area, :text, :now, "
                    "'waiting', :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":r"), m_residentId)
        .bind(QStringLiteral(":c"), m_r.channel)
        .bind(QStringLiteral(":b"), nullIfEmpty(m_r.branchId))
        .bind(QStringLiteral(":area"), m_r.needArea)
        .bind(QStringLiteral(":text"), m_r.needText)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    const int place =
        Sql(ctx.db, QStringLiteral("SELECT count(*) FROM booking_waitlist WHERE deleted = 0 AND "
                                   "status = 'waiting' AND channel = :c"))
            .bind(QStringLiteral(":c"), m_r.channel)
            .scalar()
            .toInt();
    return {QStringLiteral("booking_waitlist"),
            m_id,
            tr("Put card %1 on the waiting list (place %2).").arg(m_r.residentCard).arg(place),
            {}};
}

QJsonObject JoinWaitlistCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("id"), m_id);
    p.insert(QStringLiteral("resident_id"), m_residentId);
    return p;
}

QJsonObject JoinWaitlistCommand::auditPayload() const {
    QJsonObject p = payload();
    p.remove(QStringLiteral("need_text"));
    return p;
}

CancelWaitlistCommand::CancelWaitlistCommand(QString waitlistId, QString reason)
    : m_id(std::move(waitlistId))
    , m_reason(reason.simplified()) {}

std::optional<QString> CancelWaitlistCommand::check(CommandContext &ctx) {
    Sql q(ctx.db,
          QStringLiteral(
              "SELECT status, resident_id, channel, COALESCE(offered_volunteer_id, ''), "
              "COALESCE(offered_starts_at, ''), COALESCE(offered_minutes, 0), "
              "COALESCE(offered_branch_id, '') FROM booking_waitlist WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), m_id).exec();
    if (!q.next()) {
        return tr("That waiting-list entry is not in the store.");
    }
    const QString status = q.value(0).toString();
    if (status != QLatin1String("waiting") && status != QLatin1String("offered")) {
        return tr("That waiting-list entry is already %1.").arg(status);
    }
    if (m_reason.size() > 500) {
        return tr("The reason is too long (at most 500 characters).");
    }
    m_offered = {};
    if (status == QLatin1String("offered")) {
        m_offered = SessionRequest{q.value(3).toString(),
                                   q.value(1).toString(),
                                   BookingKeys::parseInstant(q.value(4).toString()),
                                   q.value(5).toInt(),
                                   q.value(2).toString(),
                                   q.value(6).toString(),
                                   {}};
    }
    return std::nullopt;
}

Command::Applied CancelWaitlistCommand::apply(CommandContext &ctx) {
    Sql(ctx.db, QStringLiteral("UPDATE booking_waitlist SET status = 'cancelled', cancel_reason = :reason, "
                               "version = version + 1, updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":reason"), m_reason)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    QStringList notes;
    if (!m_offered.volunteerId.isEmpty() && m_offered.start > ctx.now) {
        const WaitlistOffer offer = WaitlistQueue::offerFreedSlot(ctx, m_offered);
        m_passedTo = offer.waitlistId;
        if (!offer.note.isEmpty()) {
            notes.append(offer.note);
        }
    }
    return {QStringLiteral("booking_waitlist"), m_id, tr("Took the resident off the waiting list."), notes};
}

QJsonObject CancelWaitlistCommand::payload() const {
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("reason"), m_reason},
            {QStringLiteral("passed_to"), m_passedTo}};
}

QJsonObject CancelWaitlistCommand::auditPayload() const {
    return {{QStringLiteral("id"), m_id}, {QStringLiteral("passed_to"), m_passedTo}};
}
