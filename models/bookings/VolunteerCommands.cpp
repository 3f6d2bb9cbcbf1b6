#include "VolunteerCommands.h"

#include "BookingKeys.h"
#include "BookingRules.h"
#include "BookingSupport.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("VolunteerCommands", text, disambiguation, n);
}

QDate dateField(const PayloadReader &r, const QString &key) {
    const QString text = r.optionalText(key);
    if (text.isEmpty()) {
        return {};
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid()) {
        throw PayloadError(QStringLiteral("the field “%1” should be a date").arg(key));
    }
    return d;
}
} // namespace

QJsonObject VolunteerProfile::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("given_name"), givenName},
            {QStringLiteral("family_name"), familyName},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("languages"), BookingSupport::toJson(languages)},
            {QStringLiteral("skills"), BookingSupport::toJson(skills)},
            {QStringLiteral("channels"), BookingSupport::toJson(channels)},
            {QStringLiteral("home_branch_id"), homeBranchId},
            {QStringLiteral("status"), status},
            {QStringLiteral("max_minutes_per_week"), maxMinutesPerWeek}};
}

VolunteerProfile VolunteerProfile::fromPayload(const PayloadReader &r) {
    VolunteerProfile p;
    p.id = r.optionalText(QStringLiteral("id"));
    p.givenName = r.text(QStringLiteral("given_name"));
    p.familyName = r.text(QStringLiteral("family_name"));
    p.email = r.optionalText(QStringLiteral("email"));
    p.phone = r.optionalText(QStringLiteral("phone"));
    p.languages = r.list(QStringLiteral("languages"));
    p.skills = r.list(QStringLiteral("skills"));
    p.channels = r.list(QStringLiteral("channels"));
    p.homeBranchId = r.optionalText(QStringLiteral("home_branch_id"));
    p.status = r.text(QStringLiteral("status"));
    p.maxMinutesPerWeek = r.integer(QStringLiteral("max_minutes_per_week"));
    return p;
}

SaveVolunteerCommand::SaveVolunteerCommand(VolunteerProfile profile, bool isNew)
    : m_p(std::move(profile))
    , m_new(isNew) {
    m_p.givenName = m_p.givenName.simplified();
    m_p.familyName = m_p.familyName.simplified();
    m_p.email = m_p.email.trimmed();
    m_p.phone = m_p.phone.simplified();
    m_p.languages = BookingKeys::splitList(m_p.languages.join(QLatin1Char(',')));
    m_p.skills = BookingKeys::splitList(m_p.skills.join(QLatin1Char(',')));
    m_p.channels = BookingKeys::splitList(m_p.channels.join(QLatin1Char(',')));
    m_p.status = m_p.status.trimmed().toLower();
    if (m_new) {
        m_p.id.clear();
    }
}

std::optional<QString> SaveVolunteerCommand::check(CommandContext &ctx) {
    if (m_p.givenName.isEmpty() || m_p.familyName.isEmpty()) {
        return tr("Give the volunteer's first name and family name.");
    }
    if (m_p.givenName.size() > 100 || m_p.familyName.size() > 100) {
        return tr("A name can be at most 100 characters long.");
    }
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!m_p.email.isEmpty() && !email.match(m_p.email).hasMatch()) {
        return tr("“%1” is not an email address.").arg(m_p.email);
    }
    if (m_p.phone.size() > 40) {
        return tr("The phone number is too long.");
    }
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}$"));
    if (m_p.languages.isEmpty()) {
        return tr("Give at least one language the volunteer speaks (for example en).");
    }
    for (const QString &l : m_p.languages) {
        if (!language.match(l).hasMatch()) {
            return tr("“%1” is not a language code: use two letters, such as en, pl or ur.").arg(l);
        }
    }
    if (const QStringList bad = BookingSupport::unknownKeys(m_p.skills, BookingKeys::skillAreas());
        !bad.isEmpty()) {
        return tr("Unknown skills area “%1”; the areas are %2.")
            .arg(bad.first(), BookingKeys::skillAreas().join(QStringLiteral(", ")));
    }
    if (const QStringList bad =
            BookingSupport::unknownKeys(m_p.channels, BookingKeys::availabilityChannels());
        !bad.isEmpty()) {
        return tr("Unknown way of helping “%1”; choose from %2.")
            .arg(bad.first(), BookingKeys::availabilityChannels().join(QStringLiteral(", ")));
    }
    if (!BookingKeys::volunteerStatuses().contains(m_p.status)) {
        return tr("Unknown status “%1”; choose from %2.")
            .arg(m_p.status, BookingKeys::volunteerStatuses().join(QStringLiteral(", ")));
    }
    if (m_p.maxMinutesPerWeek < 0 || m_p.maxMinutesPerWeek > 40 * 60) {
        return tr("The most a volunteer can give is 40 hours a week.");
    }
    if (!m_p.homeBranchId.isEmpty() &&
        BookingSupport::branchId(ctx.db, m_p.homeBranchId) != m_p.homeBranchId) {
        return tr("That home branch is not in the store.");
    }
    if (!m_new) {
        const std::optional<VolunteerRecord> old = BookingRules(ctx.db, ctx.now).volunteer(m_p.id);
        if (!old) {
            return tr("That volunteer is not in the store.");
        }
        auto note = [&](bool differs, const char *field) {
            if (differs) {
                m_changed.append(QLatin1String(field));
            }
        };
        note(old->givenName != m_p.givenName, "given_name");
        note(old->familyName != m_p.familyName, "family_name");
        note(old->email != m_p.email, "email");
        note(old->phone != m_p.phone, "phone");
        note(old->languages != m_p.languages, "languages");
        note(old->skills != m_p.skills, "skills");
        note(old->channels != m_p.channels, "channels");
        note(old->homeBranchId != m_p.homeBranchId, "home_branch_id");
        note(old->status != m_p.status, "status");
        note(old->maxMinutesPerWeek != m_p.maxMinutesPerWeek, "max_minutes_per_week");
        if (m_changed.isEmpty()) {
            return tr("Nothing has changed.");
        }
        if (m_p.channels.contains(QStringLiteral("home")) &&
            !old->channels.contains(QStringLiteral("home")) &&
            !old->dbsValidOn(QDate::fromString(ctx.today, Qt::ISODate))) {
            return tr("Home visits need a current DBS check. Record %1's DBS check before offering home "
                      "visits.")
                .arg(old->name());
        }
    } else if (m_p.channels.contains(QStringLiteral("home"))) {
        return tr(
            "Home visits need a current DBS check. Add the volunteer, record their DBS check, then offer "
            "home visits.");
    }
    return std::nullopt;
}

Command::Applied SaveVolunteerCommand::apply(CommandContext &ctx) {
    if (m_new) {
        m_p.id = ctx.newId();
        Sql(ctx.db,
            QStringLiteral("INSERT INTO volunteers(id, given_name, family_name, email, phone, languages, "
                           "skills, channels, home_branch_id, status, max_minutes_per_week, created_at, "
                           "updated_at, hlc) VALUES (:id, :g, :f, :e, :p, :l, :s, :c, :b, :st, :m, :now, "
                           ":now, :hlc)"))
            .bind(QStringLiteral(":id"), m_p.id)
            .bind(QStringLiteral(":g"), m_p.givenName)
            .bind(QStringLiteral(":f"), m_p.familyName)
            .bind(QStringLiteral(":e"), m_p.email)
            .bind(QStringLiteral(":p"), m_p.phone)
            .bind(QStringLiteral(":l"), m_p.languages.join(QLatin1Char(',')))
            .bind(QStringLiteral(":s"), m_p.skills.join(QLatin1Char(',')))
            .bind(QStringLiteral(":c"), m_p.channels.join(QLatin1Char(',')))
            .bind(QStringLiteral(":b"), nullIfEmpty(m_p.homeBranchId))
            .bind(QStringLiteral(":st"), m_p.status)
            .bind(QStringLiteral(":m"), m_p.maxMinutesPerWeek)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
        return {QStringLiteral("volunteers"), m_p.id, tr("Added a volunteer."), {}};
    }
    Sql(ctx.db,
        QStringLiteral("UPDATE volunteers SET given_name = :g, family_name = :f, email = :e, phone = :p, "
                       "languages = :l, skills = :s, channels = :c, home_branch_id = :b, status = :st, "
                       "max_minutes_per_week = :m, version = version + 1, updated_at = :now, hlc = :hlc "
                       "WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_p.id)
        .bind(QStringLiteral(":g"), m_p.givenName)
        .bind(QStringLiteral(":f"), m_p.familyName)
        .bind(QStringLiteral(":e"), m_p.email)
        .bind(QStringLiteral(":p"), m_p.phone)
        .bind(QStringLiteral(":l"), m_p.languages.join(QLatin1Char(',')))
        .bind(QStringLiteral(":s"), m_p.skills.join(QLatin1Char(',')))
        .bind(QStringLiteral(":c"), m_p.channels.join(QLatin1Char(',')))
        .bind(QStringLiteral(":b"), nullIfEmpty(m_p.homeBranchId))
        .bind(QStringLiteral(":st"), m_p.status)
        .bind(QStringLiteral(":m"), m_p.maxMinutesPerWeek)
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    QStringList warnings;
    if (m_p.status == QLatin1String("left") || m_p.status == QLatin1String("paused")) {
        const int open =
            Sql(ctx.db, QStringLiteral("SELECT count(*) FROM bookings WHERE volunteer_id = :v AND "
                                       "deleted = 0 AND status IN ('requested', 'confirmed') AND "
                                       "starts_at >= :now"))
                .bind(QStringLiteral(":v"), m_p.id)
                .bind(QStringLiteral(":now"), ctx.nowIso)
                .scalar()
                .toInt();
        if (open > 0) {
            warnings.append(tr("%n session(s) are still booked with this volunteer: cancel or rebook them.",
                               nullptr, open));
        }
    }
    return {QStringLiteral("volunteers"), m_p.id, tr("Saved the volunteer's profile."), warnings};
}

QJsonObject SaveVolunteerCommand::payload() const {
    QJsonObject p = m_p.toJson();
    p.insert(QStringLiteral("new"), m_new);
    return p;
}

QJsonObject SaveVolunteerCommand::auditPayload() const {
    QJsonObject a{{QStringLiteral("id"), m_p.id},
                  {QStringLiteral("new"), m_new},
                  {QStringLiteral("status"), m_p.status},
                  {QStringLiteral("channels"), BookingSupport::toJson(m_p.channels)}};
    if (!m_new) {
        a.insert(QStringLiteral("changed"), BookingSupport::toJson(m_changed));
    }
    return a;
}

QJsonObject DbsCheck::toJson() const {
    return {
        {QStringLiteral("volunteer_id"), volunteerId},
        {QStringLiteral("certificate"), certificate},
        {QStringLiteral("issued_on"), issuedOn.toString(Qt::ISODate)},
        {QStringLiteral("update_service"), updateService},
        {QStringLiteral("recheck_due"), recheckDue.isValid() ? recheckDue.toString(Qt::ISODate) : QString()}};
}

DbsCheck DbsCheck::fromPayload(const PayloadReader &r) {
    DbsCheck c;
    c.volunteerId = r.text(QStringLiteral("volunteer_id"));
    c.certificate = r.text(QStringLiteral("certificate"));
    c.issuedOn = dateField(r, QStringLiteral("issued_on"));
    if (!c.issuedOn.isValid()) {
        throw PayloadError(QStringLiteral("the field “issued_on” should be a date"));
    }
    c.updateService = r.flag(QStringLiteral("update_service"));
    c.recheckDue = dateField(r, QStringLiteral("recheck_due"));
    return c;
}

RecordDbsCommand::RecordDbsCommand(DbsCheck check)
    : m_c(std::move(check)) {
    m_c.certificate.remove(QLatin1Char(' '));
}

std::optional<QString> RecordDbsCommand::check(CommandContext &ctx) {
    const BookingRules rules(ctx.db, ctx.now);
    const std::optional<VolunteerRecord> v = rules.volunteer(m_c.volunteerId);
    if (!v) {
        return tr("That volunteer is not in the store.");
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{12}$"));
    if (!digits.match(m_c.certificate).hasMatch()) {
        return tr("A DBS certificate number has 12 digits.");
    }
    const QDate today = QDate::fromString(ctx.today, Qt::ISODate);
    if (!m_c.issuedOn.isValid()) {
        return tr("Give the date the DBS certificate was issued.");
    }
    if (m_c.issuedOn > today) {
        return tr("The DBS certificate's issue date (%1) is in the future.")
            .arg(m_c.issuedOn.toString(Qt::ISODate));
    }
    m_due =
        m_c.recheckDue.isValid() ? m_c.recheckDue : m_c.issuedOn.addYears(rules.settings().dbsRecheckYears);
    if (m_due <= m_c.issuedOn) {
        return tr("The re-check date must come after the issue date.");
    }
    return std::nullopt;
}

Command::Applied RecordDbsCommand::apply(CommandContext &ctx) {
    Sql(ctx.db, QStringLiteral("UPDATE volunteers SET dbs_certificate = :c, dbs_issued_on = :i, "
                               "dbs_update_service = :u, dbs_recheck_due = :d, version = version + 1, "
                               "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":id"), m_c.volunteerId)
        .bind(QStringLiteral(":c"), m_c.certificate)
        .bind(QStringLiteral(":i"), m_c.issuedOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":u"), m_c.updateService ? 1 : 0)
        .bind(QStringLiteral(":d"), m_due.toString(Qt::ISODate))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    QStringList warnings;
    if (m_due <= QDate::fromString(ctx.today, Qt::ISODate)) {
        warnings.append(
            tr("This check is already past its re-check date (%1): it does not allow home visits.")
                .arg(m_due.toString(Qt::ISODate)));
    }
    return {QStringLiteral("volunteers"), m_c.volunteerId,
            tr("Recorded the DBS check; re-check due %1.").arg(m_due.toString(Qt::ISODate)), warnings};
}

QJsonObject RecordDbsCommand::payload() const {
    QJsonObject p = m_c.toJson();
    p.insert(QStringLiteral("recheck_due_applied"), m_due.toString(Qt::ISODate));
    return p;
}

QJsonObject RecordDbsCommand::auditPayload() const {
    // The certificate number identifies a person's criminal-record check: it stays out of the permanent
    // audit.
    return {{QStringLiteral("volunteer_id"), m_c.volunteerId},
            {QStringLiteral("issued_on"), m_c.issuedOn.toString(Qt::ISODate)},
            {QStringLiteral("update_service"), m_c.updateService},
            {QStringLiteral("recheck_due"), m_due.toString(Qt::ISODate)}};
}

QJsonObject BookingSettingsChange::toJson() const {
    QJsonArray days;
    for (int d : dbsAlertDays) {
        days.append(d);
    }
    return {{QStringLiteral("dbs_recheck_years"), dbsRecheckYears},
            {QStringLiteral("dbs_blocks_all_sessions"), dbsBlocksAllSessions},
            {QStringLiteral("dbs_alert_days"), days},
            {QStringLiteral("fair_share_days"), fairShareDays}};
}

BookingSettingsChange BookingSettingsChange::fromPayload(const PayloadReader &r) {
    BookingSettingsChange s;
    s.dbsRecheckYears = r.integer(QStringLiteral("dbs_recheck_years"));
    s.dbsBlocksAllSessions = r.flag(QStringLiteral("dbs_blocks_all_sessions"));
    s.fairShareDays = r.integer(QStringLiteral("fair_share_days"));
    const QJsonValue days = r.json().value(QStringLiteral("dbs_alert_days"));
    if (!days.isArray()) {
        throw PayloadError(QStringLiteral("the field “dbs_alert_days” should be a list of whole numbers"));
    }
    s.dbsAlertDays.clear();
    for (const QJsonValue &d : days.toArray()) {
        if (!d.isDouble() || d.toDouble() != double(d.toInt())) {
            throw PayloadError(
                QStringLiteral("the field “dbs_alert_days” should be a list of whole numbers"));
        }
        s.dbsAlertDays.append(d.toInt());
    }
    return s;
}

SaveBookingSettingsCommand::SaveBookingSettingsCommand(BookingSettingsChange change)
    : m_s(std::move(change)) {
    std::sort(m_s.dbsAlertDays.begin(), m_s.dbsAlertDays.end(), std::greater<int>());
}

std::optional<QString> SaveBookingSettingsCommand::check(CommandContext &) {
    if (m_s.dbsRecheckYears < 1 || m_s.dbsRecheckYears > 10) {
        return tr("The DBS re-check interval must be between 1 and 10 years.");
    }
    if (m_s.dbsAlertDays.isEmpty() || m_s.dbsAlertDays.size() > 5) {
        return tr("Give one to five alert days before a DBS re-check, such as 60,30,7.");
    }
    for (int d : m_s.dbsAlertDays) {
        if (d < 1 || d > 365) {
            return tr("Alert days before a DBS re-check must be between 1 and 365.");
        }
    }
    if (m_s.fairShareDays < 1 || m_s.fairShareDays > 365) {
        return tr("The fair-share period must be between 1 and 365 days.");
    }
    return std::nullopt;
}

Command::Applied SaveBookingSettingsCommand::apply(CommandContext &ctx) {
    QStringList days;
    for (int d : m_s.dbsAlertDays) {
        days.append(QString::number(d));
    }
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("dbs_recheck_years"), QString::number(m_s.dbsRecheckYears)},
        {QStringLiteral("dbs_blocks_all_sessions"),
         m_s.dbsBlocksAllSessions ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("dbs_alert_days"), days.join(QLatin1Char(','))},
        {QStringLiteral("fair_share_days"), QString::number(m_s.fairShareDays)}};
    for (const auto &[key, value] : values) {
        Sql(ctx.db,
            QStringLiteral("INSERT INTO settings(key, value, updated_at, hlc) VALUES (:k, :v, :now, :hlc) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value, version = version + 1, "
                           "updated_at = excluded.updated_at, hlc = excluded.hlc"))
            .bind(QStringLiteral(":k"), key)
            .bind(QStringLiteral(":v"), value)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
    }
    return {QStringLiteral("settings"), QStringLiteral("bookings"), tr("Saved the booking settings."), {}};
}

QJsonObject SaveBookingSettingsCommand::payload() const {
    return m_s.toJson();
}
