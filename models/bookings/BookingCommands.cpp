#include "BookingCommands.h"

#include "BookingKeys.h"
#include "BookingRules.h"
#include "BookingSupport.h"
#include "WaitlistCommands.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("BookingCommands", text, disambiguation, n);
}

QString when(const QDateTime &instant) {
    return QLocale::c().toString(instant.toLocalTime(), QStringLiteral("ddd d MMM yyyy HH:mm"));
}

struct BookingState {
    QString volunteerId;
    QString residentId;
    QString status;
    QString channel;
    QString branchId;
    QDateTime start;
    int minutes = 0;
};

std::optional<BookingState> loadBooking(const QSqlDatabase &db, const QString &id) {
    Sql q(db, QStringLiteral(
                  "SELECT volunteer_id, resident_id, status, channel, COALESCE(branch_id, ''), starts_at, "
                  "minutes FROM bookings WHERE id = :id AND deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return BookingState{q.value(0).toString(), q.value(1).toString(),
                        q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), BookingKeys::parseInstant(q.value(5).toString()),
                        q.value(6).toInt()};
}

QString statusWords(const QString &status) {
    if (status == QLatin1String("attended")) {
        return QCoreApplication::translate("BookingCommands", "attended");
    }
    if (status == QLatin1String("resident_no_show")) {
        return QCoreApplication::translate("BookingCommands", "a resident no-show");
    }
    if (status == QLatin1String("volunteer_no_show")) {
        return QCoreApplication::translate("BookingCommands", "a volunteer no-show");
    }
    if (status == QLatin1String("cancelled")) {
        return QCoreApplication::translate("BookingCommands", "cancelled");
    }
    return status;
}
} // namespace

QJsonObject BookingRequest::toJson() const {
    return {{QStringLiteral("volunteer_id"), volunteerId},
            {QStringLiteral("resident_card"), residentCard},
            {QStringLiteral("starts_at"), BookingKeys::isoInstant(start)},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("channel"), channel},
            {QStringLiteral("branch_id"), branchId},
            {QStringLiteral("need_area"), needArea},
            {QStringLiteral("need_text"), needText},
            {QStringLiteral("waitlist_id"), waitlistId},
            {QStringLiteral("own"), own}};
}

BookingRequest BookingRequest::fromPayload(const PayloadReader &r) {
    BookingRequest b;
    b.volunteerId = r.text(QStringLiteral("volunteer_id"));
    b.residentCard = r.text(QStringLiteral("resident_card"));
    b.start = BookingKeys::parseInstant(r.text(QStringLiteral("starts_at")));
    if (!b.start.isValid()) {
        throw PayloadError(QStringLiteral("the field “starts_at” should be an instant"));
    }
    b.minutes = r.integer(QStringLiteral("minutes"));
    b.channel = r.text(QStringLiteral("channel"));
    b.branchId = r.optionalText(QStringLiteral("branch_id"));
    b.needArea = r.optionalText(QStringLiteral("need_area"));
    b.needText = r.optionalText(QStringLiteral("need_text"));
    b.waitlistId = r.optionalText(QStringLiteral("waitlist_id"));
    b.own = r.flag(QStringLiteral("own"));
    return b;
}

CreateBookingCommand::CreateBookingCommand(BookingRequest request)
    : m_r(std::move(request)) {
    m_r.channel = m_r.channel.trimmed().toLower();
    m_r.needArea = m_r.needArea.trimmed().toLower();
    m_r.needText = m_r.needText.trimmed();
    m_r.residentCard = m_r.residentCard.trimmed();
    m_r.start = m_r.start.toUTC();
}

Permission CreateBookingCommand::permission() const {
    return BookingSupport::permissionFor(m_r.own);
}

std::optional<QString> CreateBookingCommand::check(CommandContext &ctx) {
    m_warnings.clear();
    if (auto refusal = BookingSupport::ownRefusal(m_r.own, ctx.actor, m_r.volunteerId)) {
        return refusal;
    }
    if (!BookingKeys::channels().contains(m_r.channel)) {
        return tr("Choose how the session happens: phone, video, library or home.");
    }
    if (!m_r.start.isValid()) {
        return tr("Give the date and time the session starts.");
    }
    if (m_r.minutes < 15 || m_r.minutes > 240) {
        return tr("A session lasts between 15 and 240 minutes.");
    }
    if (m_r.start <= ctx.now) {
        return tr("%1 has already passed: a session can only be booked for a time still to come.")
            .arg(when(m_r.start));
    }
    if (!m_r.needArea.isEmpty() && !BookingKeys::skillAreas().contains(m_r.needArea)) {
        return tr("Unknown skills area “%1”; the areas are %2.")
            .arg(m_r.needArea, BookingKeys::skillAreas().join(QStringLiteral(", ")));
    }
    if (m_r.needText.size() > 1000) {
        return tr("The description of the need is too long (at most 1000 characters).");
    }
    const std::optional<BookingSupport::ResidentRef> resident =
        BookingSupport::residentByCard(ctx.db, m_r.residentCard);
    if (!resident) {
        return m_r.residentCard.isEmpty() ? tr("Scan or type the resident's library card.")
                                          : tr("No resident has the card %1.").arg(m_r.residentCard);
    }
    m_residentId = resident->id;
    if (!m_r.branchId.isEmpty()) {
        const QString branch = BookingSupport::branchId(ctx.db, m_r.branchId);
        if (branch.isEmpty()) {
            return tr("No branch “%1”.").arg(m_r.branchId);
        }
        m_r.branchId = branch;
    }
    const BookingRules rules(ctx.db, ctx.now);
    const std::optional<VolunteerRecord> volunteer = rules.volunteer(m_r.volunteerId);
    if (!volunteer) {
        return tr("That volunteer is not in the store.");
    }
    SessionRequest session{m_r.volunteerId, m_residentId, m_r.start, m_r.minutes,
                           m_r.channel,     m_r.branchId, {}};
    const SessionFit fit = rules.fit(*volunteer, session);
    if (fit.refusal) {
        return fit.refusal;
    }
    if (m_r.branchId.isEmpty() && m_r.channel == QLatin1String("library")) {
        m_r.branchId = fit.slot.branchId.isEmpty() ? volunteer->homeBranchId : fit.slot.branchId;
    }
    if (auto clash = rules.residentClash(m_residentId, m_r.start, m_r.minutes)) {
        return clash;
    }
    if (!m_r.waitlistId.isEmpty()) {
        Sql q(ctx.db, QStringLiteral(
                          "SELECT resident_id, status FROM booking_waitlist WHERE id = :id AND deleted = 0"));
        q.bind(QStringLiteral(":id"), m_r.waitlistId).exec();
        if (!q.next()) {
            return tr("That waiting-list entry is not in the store.");
        }
        if (q.value(0).toString() != m_residentId) {
            return tr("That waiting-list entry is for another resident.");
        }
        const QString status = q.value(1).toString();
        if (status != QLatin1String("waiting") && status != QLatin1String("offered")) {
            return tr("That waiting-list entry is already %1.").arg(status);
        }
    }
    m_bufferBefore = fit.slot.bufferBefore;
    m_bufferAfter = fit.slot.bufferAfter;
    if (!m_r.needArea.isEmpty() && !volunteer->skills.contains(m_r.needArea)) {
        m_warnings.append(tr("%1 does not list “%2” among the areas they help with.")
                              .arg(volunteer->name(), BookingKeys::skillAreaName(m_r.needArea)));
    }
    if (!resident->preferredLanguage.isEmpty() &&
        !volunteer->languages.contains(resident->preferredLanguage)) {
        m_warnings.append(tr("%1 does not speak the resident's preferred language (%2).")
                              .arg(volunteer->name(), resident->preferredLanguage));
    }
    return std::nullopt;
}

Command::Applied CreateBookingCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    m_status = m_r.own ? QStringLiteral("confirmed") : QStringLiteral("requested");
    Sql(ctx.db,
        QStringLiteral("INSERT INTO bookings(id, volunteer_id, resident_id, branch_id, channel, starts_at, "
                       "minutes, need_area, need_text, status, booked_by, buffer_before, buffer_after, "
                       "waitlist_id, updated_at, hlc) VALUES (:id, :v, :r, :b, :c, :s, :m, :area, :text, "
                       ":status, :by, :bb, :ba, :w, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":v"), m_r.volunteerId)
        .bind(QStringLiteral(":r"), m_residentId)
        .bind(QStringLiteral(":b"), nullIfEmpty(m_r.branchId))
        .bind(QStringLiteral(":c"), m_r.channel)
        .bind(QStringLiteral(":s"), BookingKeys::isoInstant(m_r.start))
        .bind(QStringLiteral(":m"), m_r.minutes)
        .bind(QStringLiteral(":area"), m_r.needArea)
        .bind(QStringLiteral(":text"), m_r.needText)
        .bind(QStringLiteral(":status"), m_status)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":bb"), m_bufferBefore)
        .bind(QStringLiteral(":ba"), m_bufferAfter)
        .bind(QStringLiteral(":w"), nullIfEmpty(m_r.waitlistId))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    if (!m_r.waitlistId.isEmpty()) {
        Sql(ctx.db,
            QStringLiteral(
                "UPDATE booking_waitlist SET status = 'booked', booking_id = :b, version = version + 1, "
                "updated_at = :now, hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":id"), m_r.waitlistId)
            .bind(QStringLiteral(":b"), m_id)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    return {QStringLiteral("bookings"), m_id,
            tr("Booked a %1-minute session for card %2 at %3.")
                .arg(m_r.minutes)
                .arg(m_r.residentCard, when(m_r.start)),
            m_warnings};
}

QJsonObject CreateBookingCommand::payload() const {
    QJsonObject p = m_r.toJson();
    p.insert(QStringLiteral("id"), m_id);
    p.insert(QStringLiteral("resident_id"), m_residentId);
    p.insert(QStringLiteral("status"), m_status);
    p.insert(QStringLiteral("buffer_before"), m_bufferBefore);
    p.insert(QStringLiteral("buffer_after"), m_bufferAfter);
    return p;
}

QJsonObject CreateBookingCommand::auditPayload() const {
    QJsonObject p = payload();
    p.remove(QStringLiteral("need_text")); // the resident's own words about their needs
    return p;
}

ConfirmBookingCommand::ConfirmBookingCommand(QString bookingId, bool own)
    : m_id(std::move(bookingId))
    , m_own(own) {}

Permission ConfirmBookingCommand::permission() const {
    return BookingSupport::permissionFor(m_own);
}

std::optional<QString> ConfirmBookingCommand::check(CommandContext &ctx) {
    const std::optional<BookingState> b = loadBooking(ctx.db, m_id);
    if (!b) {
        return tr("That session is not in the store.");
    }
    if (auto refusal = BookingSupport::ownRefusal(m_own, ctx.actor, b->volunteerId)) {
        return refusal;
    }
    if (b->status != QLatin1String("requested")) {
        return b->status == QLatin1String("confirmed")
                   ? tr("That session is already confirmed.")
                   : tr("That session is already %1.").arg(statusWords(b->status));
    }
    return std::nullopt;
}

Command::Applied ConfirmBookingCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE bookings SET status = 'confirmed', version = version + 1, updated_at = :now, "
                       "hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("bookings"), m_id, tr("Confirmed the session."), {}};
}

QJsonObject ConfirmBookingCommand::payload() const {
    return {{QStringLiteral("id"), m_id}, {QStringLiteral("own"), m_own}};
}

QJsonObject BookingOutcome::toJson() const {
    return {{QStringLiteral("booking_id"), bookingId},
            {QStringLiteral("status"), status},
            {QStringLiteral("cancel_reason"), cancelReason},
            {QStringLiteral("skills_covered"), BookingSupport::toJson(skillsCovered)},
            {QStringLiteral("tasks_achieved"), tasksAchieved},
            {QStringLiteral("confidence_before"), confidenceBefore},
            {QStringLiteral("confidence_after"), confidenceAfter},
            {QStringLiteral("referrals"), referrals},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("loan_id"), loanId},
            {QStringLiteral("own"), own}};
}

BookingOutcome BookingOutcome::fromPayload(const PayloadReader &r) {
    BookingOutcome o;
    o.bookingId = r.text(QStringLiteral("booking_id"));
    o.status = r.text(QStringLiteral("status"));
    o.cancelReason = r.optionalText(QStringLiteral("cancel_reason"));
    o.skillsCovered = r.list(QStringLiteral("skills_covered"));
    o.tasksAchieved = r.optionalText(QStringLiteral("tasks_achieved"));
    o.confidenceBefore = r.integer(QStringLiteral("confidence_before"));
    o.confidenceAfter = r.integer(QStringLiteral("confidence_after"));
    o.referrals = r.optionalText(QStringLiteral("referrals"));
    o.notes = r.optionalText(QStringLiteral("notes"));
    o.loanId = r.optionalText(QStringLiteral("loan_id"));
    o.own = r.flag(QStringLiteral("own"));
    return o;
}

RecordOutcomeCommand::RecordOutcomeCommand(BookingOutcome outcome)
    : m_o(std::move(outcome)) {
    m_o.status = m_o.status.trimmed().toLower();
    m_o.cancelReason = m_o.cancelReason.simplified();
    m_o.skillsCovered = BookingKeys::splitList(m_o.skillsCovered.join(QLatin1Char(',')));
    m_o.tasksAchieved = m_o.tasksAchieved.trimmed();
    m_o.referrals = m_o.referrals.trimmed();
    m_o.notes = m_o.notes.trimmed();
    m_o.loanId = m_o.loanId.trimmed();
}

Permission RecordOutcomeCommand::permission() const {
    return BookingSupport::permissionFor(m_o.own);
}

std::optional<QString> RecordOutcomeCommand::check(CommandContext &ctx) {
    const std::optional<BookingState> b = loadBooking(ctx.db, m_o.bookingId);
    if (!b) {
        return tr("That session is not in the store.");
    }
    if (auto refusal = BookingSupport::ownRefusal(m_o.own, ctx.actor, b->volunteerId)) {
        return refusal;
    }
    if (!BookingKeys::outcomeStatuses().contains(m_o.status)) {
        return tr("Say what happened: attended, resident_no_show, volunteer_no_show or cancelled.");
    }
    if (!BookingKeys::isOpenStatus(b->status)) {
        return tr("This session is already recorded as %1.").arg(statusWords(b->status));
    }
    const bool attended = m_o.status == QLatin1String("attended");
    if (m_o.status == QLatin1String("cancelled")) {
        if (m_o.cancelReason.isEmpty()) {
            return tr("Give a reason for cancelling (for example “resident unwell”).");
        }
        if (m_o.cancelReason.size() > 500) {
            return tr("The reason is too long (at most 500 characters).");
        }
    } else if (b->start > ctx.now) {
        return tr("This session starts at %1: record what happened once it has begun, or cancel it.")
            .arg(when(b->start));
    }
    if (!attended && (!m_o.skillsCovered.isEmpty() || !m_o.tasksAchieved.isEmpty() ||
                      m_o.confidenceBefore != 0 || m_o.confidenceAfter != 0 || !m_o.loanId.isEmpty())) {
        return tr("Skills, tasks, confidence and a loan are recorded only for a session that was attended.");
    }
    if (const QStringList bad = BookingSupport::unknownKeys(m_o.skillsCovered, BookingKeys::skillAreas());
        !bad.isEmpty()) {
        return tr("Unknown skills area “%1”; the areas are %2.")
            .arg(bad.first(), BookingKeys::skillAreas().join(QStringLiteral(", ")));
    }
    for (int c : {m_o.confidenceBefore, m_o.confidenceAfter}) {
        if (c < 0 || c > 5) {
            return tr("Confidence is a number from 1 (not confident) to 5 (very confident).");
        }
    }
    if (m_o.tasksAchieved.size() > 1000 || m_o.referrals.size() > 1000 || m_o.notes.size() > 2000) {
        return tr("Tasks and referrals can be at most 1000 characters, notes 2000.");
    }
    if (!m_o.loanId.isEmpty()) {
        const QString loanResident =
            Sql(ctx.db, QStringLiteral("SELECT resident_id FROM loans WHERE id = :id AND deleted = 0"))
                .bind(QStringLiteral(":id"), m_o.loanId)
                .scalar()
                .toString();
        if (loanResident.isEmpty()) {
            return tr("That device loan is not in the store.");
        }
        if (loanResident != b->residentId) {
            return tr("That device loan is another resident's.");
        }
    }
    m_volunteerId = b->volunteerId;
    m_residentId = b->residentId;
    m_channel = b->channel;
    m_branchId = b->branchId;
    m_start = b->start;
    m_minutes = b->minutes;
    return std::nullopt;
}

Command::Applied RecordOutcomeCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral(
            "UPDATE bookings SET status = :status, cancel_reason = :reason, skills_covered = :skills, "
            "tasks_achieved = :tasks, confidence_before = :before, confidence_after = :after, "
            "referrals = :referrals, notes = :notes, loan_id = :loan, version = version + 1, "
            "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_o.bookingId)
        .bind(QStringLiteral(":status"), m_o.status)
        .bind(QStringLiteral(":reason"), m_o.cancelReason)
        .bind(QStringLiteral(":skills"), m_o.skillsCovered.join(QLatin1Char(',')))
        .bind(QStringLiteral(":tasks"), m_o.tasksAchieved)
        .bind(QStringLiteral(":before"),
              m_o.confidenceBefore > 0 ? QVariant(m_o.confidenceBefore) : QVariant())
        .bind(QStringLiteral(":after"), m_o.confidenceAfter > 0 ? QVariant(m_o.confidenceAfter) : QVariant())
        .bind(QStringLiteral(":referrals"), m_o.referrals)
        .bind(QStringLiteral(":notes"), m_o.notes)
        .bind(QStringLiteral(":loan"), nullIfEmpty(m_o.loanId))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    QStringList notes;
    if (m_o.status == QLatin1String("attended")) {
        m_hoursId = ctx.newId();
        Sql(ctx.db,
            QStringLiteral(
                "INSERT INTO volunteer_hours(id, volunteer_id, worked_on, minutes, source, booking_id, "
                "status, approved_by, decided_at, updated_at, hlc) VALUES (:id, :v, :on, :m, "
                "'booking', :b, 'approved', :by, :now, :now, :hlc)"))
            .bind(QStringLiteral(":id"), m_hoursId)
            .bind(QStringLiteral(":v"), m_volunteerId)
            .bind(QStringLiteral(":on"), m_start.toLocalTime().date().toString(Qt::ISODate))
            .bind(QStringLiteral(":m"), m_minutes)
            .bind(QStringLiteral(":b"), m_o.bookingId)
            .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
        notes.append(tr("Logged %1 minutes of volunteering.").arg(m_minutes));
    } else if (m_o.status == QLatin1String("cancelled") && m_start > ctx.now) {
        const WaitlistOffer offer = WaitlistQueue::offerFreedSlot(
            ctx, {m_volunteerId, m_residentId, m_start, m_minutes, m_channel, m_branchId, m_o.bookingId});
        m_offeredWaitlistId = offer.waitlistId;
        if (!offer.note.isEmpty()) {
            notes.append(offer.note);
        }
    }
    return {QStringLiteral("bookings"), m_o.bookingId,
            tr("Recorded the session as %1.").arg(statusWords(m_o.status)), notes};
}

QJsonObject RecordOutcomeCommand::payload() const {
    QJsonObject p = m_o.toJson();
    p.insert(QStringLiteral("hours_id"), m_hoursId);
    p.insert(QStringLiteral("offered_waitlist_id"), m_offeredWaitlistId);
    return p;
}

QJsonObject RecordOutcomeCommand::auditPayload() const {
    // Free text about the resident (tasks, referrals, notes, the reason) stays out of the permanent audit.
    return {{QStringLiteral("booking_id"), m_o.bookingId},
            {QStringLiteral("status"), m_o.status},
            {QStringLiteral("skills_covered"), BookingSupport::toJson(m_o.skillsCovered)},
            {QStringLiteral("confidence_before"), m_o.confidenceBefore},
            {QStringLiteral("confidence_after"), m_o.confidenceAfter},
            {QStringLiteral("loan_id"), m_o.loanId},
            {QStringLiteral("hours_id"), m_hoursId},
            {QStringLiteral("offered_waitlist_id"), m_offeredWaitlistId}};
}
