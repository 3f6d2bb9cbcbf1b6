#include "LoanQueries.h"

#include "auth/Actor.h"
#include "core/CsvWriter.h"
#include "devices/DeviceRepository.h"
#include "store/Sql.h"

namespace {
QString isoDate(const QDate &d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoInstant(const QDateTime &t) {
    return t.isValid() ? t.toString(Qt::ISODateWithMs) : QString();
}

QDateTime instant(const QVariant &v) {
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QDate date(const QVariant &v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QJsonObject LoanRow::toJson() const {
    return {{QStringLiteral("id"), loanId},
            {QStringLiteral("status"), status},
            {QStringLiteral("device"), deviceTag},
            {QStringLiteral("type"), typeCode},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("resident"), residentCard},
            {QStringLiteral("resident_name"), residentName},
            {QStringLiteral("checked_out"), isoInstant(checkedOutAt)},
            {QStringLiteral("due"), isoDate(dueOn)},
            {QStringLiteral("renewals"), renewals},
            {QStringLiteral("days_overdue"), daysOverdue},
            {QStringLiteral("returned"), isoInstant(returnedAt)}};
}

QJsonObject ReservationRow::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("place"), place},
            {QStringLiteral("resident"), residentCard},
            {QStringLiteral("resident_name"), residentName},
            {QStringLiteral("type"), typeCode},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("requested"), isoInstant(requestedAt)},
            {QStringLiteral("offered_device"), offeredDeviceTag},
            {QStringLiteral("offered"), isoInstant(offeredAt)}};
}

QJsonObject DataOfferRow::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("code"), code},
            {QStringLiteral("network"), network},
            {QStringLiteral("gb_per_month"), gbPerMonth},
            {QStringLiteral("months"), months},
            {QStringLiteral("resident"), residentCard},
            {QStringLiteral("resident_name"), residentName},
            {QStringLiteral("branch"), branchCode},
            {QStringLiteral("issued"), isoDate(issuedOn)},
            {QStringLiteral("activated"), isoDate(activatedOn)},
            {QStringLiteral("expires"), isoDate(expiresOn)},
            {QStringLiteral("days_left"), daysLeft}};
}

LoanQueries::LoanQueries(QSqlDatabase db, const Actor &actor)
    : m_db(std::move(db))
    , m_allowed(actor.can(Permission::LoanCirculate) || actor.can(Permission::DeviceManage) ||
                actor.can(Permission::ReportView))
    , m_seesResidents(actor.can(Permission::ResidentViewAll)) {}

QList<LoanRow> LoanQueries::loans(const QString &where, const QDate &today, const QVariantMap &binds) const {
    if (!m_allowed) {
        return {};
    }
    Sql q(m_db,
          QStringLiteral("SELECT l.id, l.status, d.id, d.tag, t.code, t.name, b.code, r.id, r.card, "
                         "r.given_name || ' ' || r.family_name, r.phone, r.email, r.address, r.postcode, "
                         "r.consent_phone, r.consent_sms, r.consent_email, r.consent_post, l.checked_out_at, "
                         "l.due_on, l.renewals, l.returned_at FROM loans l "
                         "JOIN devices d ON d.id = l.device_id JOIN device_types t ON t.id = d.type_id "
                         "JOIN branches b ON b.id = l.branch_id JOIN residents r ON r.id = l.resident_id "
                         "WHERE l.deleted = 0 AND ") +
              where);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        q.bind(it.key(), it.value());
    }
    q.exec();
    QList<LoanRow> rows;
    while (q.next()) {
        LoanRow r;
        r.loanId = q.value(0).toString();
        r.status = q.value(1).toString();
        r.deviceId = q.value(2).toString();
        r.deviceTag = q.value(3).toString();
        r.typeCode = q.value(4).toString();
        r.typeName = q.value(5).toString();
        r.branchCode = q.value(6).toString();
        r.residentId = q.value(7).toString();
        r.residentCard = q.value(8).toString();
        if (m_seesResidents) {
            r.residentName = q.value(9).toString();
            r.phone = q.value(10).toString();
            r.email = q.value(11).toString();
            r.address = q.value(12).toString();
            r.postcode = q.value(13).toString();
            r.consentPhone = q.value(14).toInt() != 0;
            r.consentSms = q.value(15).toInt() != 0;
            r.consentEmail = q.value(16).toInt() != 0;
            r.consentPost = q.value(17).toInt() != 0;
        }
        r.checkedOutAt = instant(q.value(18));
        r.dueOn = date(q.value(19));
        r.renewals = q.value(20).toInt();
        r.returnedAt = instant(q.value(21));
        if (r.status == QLatin1String("active") && today.isValid() && r.dueOn < today) {
            r.daysOverdue = int(r.dueOn.daysTo(today));
        }
        rows.append(r);
    }
    return rows;
}

namespace {
QString branchFilter(const QString &branchId) {
    return branchId.isEmpty() ? QString() : QStringLiteral(" AND l.branch_id = :branch");
}

QVariantMap withBranch(QVariantMap binds, const QString &branchId) {
    if (!branchId.isEmpty()) {
        binds.insert(QStringLiteral(":branch"), branchId);
    }
    return binds;
}
} // namespace

QList<LoanRow> LoanQueries::activeLoans(const QDate &today, const QString &branchId) const {
    return loans(QStringLiteral("l.status = 'active'") + branchFilter(branchId) +
                     QStringLiteral(" ORDER BY l.due_on, d.tag"),
                 today, withBranch({}, branchId));
}

QList<LoanRow> LoanQueries::dueOn(const QDate &day, const QString &branchId) const {
    return loans(QStringLiteral("l.status = 'active' AND l.due_on = :day") + branchFilter(branchId) +
                     QStringLiteral(" ORDER BY d.tag"),
                 day, withBranch({{QStringLiteral(":day"), isoDate(day)}}, branchId));
}

QList<LoanRow> LoanQueries::overdue(const QDate &today, const QString &branchId) const {
    return loans(QStringLiteral("l.status = 'active' AND l.due_on < :today") + branchFilter(branchId) +
                     QStringLiteral(" ORDER BY l.due_on, d.tag"),
                 today, withBranch({{QStringLiteral(":today"), isoDate(today)}}, branchId));
}

QList<LoanRow> LoanQueries::loansOf(const QString &residentId, const QDate &today) const {
    return loans(QStringLiteral("l.resident_id = :resident ORDER BY l.checked_out_at DESC"), today,
                 {{QStringLiteral(":resident"), residentId}});
}

QList<Device> LoanQueries::devices(std::optional<DeviceStatus> status, const QString &branchId) const {
    if (!m_allowed) {
        return {};
    }
    return DeviceRepository(m_db).list(status, branchId);
}

QList<ReservationRow> LoanQueries::waitingList(const QString &branchId, const QString &typeId) const {
    if (!m_allowed) {
        return {};
    }
    QString where;
    if (!branchId.isEmpty()) {
        where += QStringLiteral(" AND v.branch_id = :branch");
    }
    if (!typeId.isEmpty()) {
        where += QStringLiteral(" AND v.device_type_id = :type");
    }
    // Place in line counts only those still waiting, per type and branch, first come first served.
    Sql q(m_db, QStringLiteral(
                    "SELECT v.id, v.status, CASE WHEN v.status = 'waiting' THEN row_number() OVER "
                    "(PARTITION BY v.device_type_id, v.branch_id, v.status ORDER BY v.requested_at, v.id) "
                    "ELSE 0 END, r.id, r.card, r.given_name || ' ' || r.family_name, t.code, t.name, "
                    "b.code, v.requested_at, coalesce(d.tag, ''), v.offered_at FROM reservations v "
                    "JOIN residents r ON r.id = v.resident_id JOIN device_types t ON t.id = v.device_type_id "
                    "JOIN branches b ON b.id = v.branch_id LEFT JOIN devices d ON d.id = v.offered_device_id "
                    "WHERE v.deleted = 0 AND v.status IN ('waiting', 'offered')") +
                    where +
                    QStringLiteral(" ORDER BY b.code, t.code, v.status = 'waiting', v.requested_at, v.id"));
    if (!branchId.isEmpty()) {
        q.bind(QStringLiteral(":branch"), branchId);
    }
    if (!typeId.isEmpty()) {
        q.bind(QStringLiteral(":type"), typeId);
    }
    q.exec();
    QList<ReservationRow> rows;
    while (q.next()) {
        ReservationRow r;
        r.id = q.value(0).toString();
        r.status = q.value(1).toString();
        r.place = q.value(2).toInt();
        r.residentId = q.value(3).toString();
        r.residentCard = q.value(4).toString();
        r.residentName = m_seesResidents ? q.value(5).toString() : QString();
        r.typeCode = q.value(6).toString();
        r.typeName = q.value(7).toString();
        r.branchCode = q.value(8).toString();
        r.requestedAt = instant(q.value(9));
        r.offeredDeviceTag = q.value(10).toString();
        r.offeredAt = instant(q.value(11));
        rows.append(r);
    }
    return rows;
}

QList<DataOfferRow> LoanQueries::dataOffersExpiring(const QDate &today, int withinDays) const {
    if (!m_allowed) {
        return {};
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT o.id, s.kind, coalesce(s.iccid, s.voucher_code), s.network, s.gb_per_month, "
                    "s.months, r.id, r.card, r.given_name || ' ' || r.family_name, coalesce(b.code, ''), "
                    "o.issued_on, o.activated_on, o.expires_on FROM data_offers o "
                    "JOIN sims s ON s.id = o.sim_id JOIN residents r ON r.id = o.resident_id "
                    "LEFT JOIN branches b ON b.id = o.branch_id WHERE o.deleted = 0 "
                    "AND o.expires_on >= :today AND o.expires_on <= :until ORDER BY o.expires_on, r.card"));
    q.bind(QStringLiteral(":today"), isoDate(today))
        .bind(QStringLiteral(":until"), isoDate(today.addDays(withinDays)))
        .exec();
    QList<DataOfferRow> rows;
    while (q.next()) {
        DataOfferRow r;
        r.id = q.value(0).toString();
        r.kind = q.value(1).toString();
        r.code = q.value(2).toString();
        r.network = q.value(3).toString();
        r.gbPerMonth = q.value(4).toInt();
        r.months = q.value(5).toInt();
        r.residentId = q.value(6).toString();
        r.residentCard = q.value(7).toString();
        r.residentName = m_seesResidents ? q.value(8).toString() : QString();
        r.branchCode = q.value(9).toString();
        r.issuedOn = date(q.value(10));
        r.activatedOn = date(q.value(11));
        r.expiresOn = date(q.value(12));
        r.daysLeft = int(today.daysTo(r.expiresOn));
        rows.append(r);
    }
    return rows;
}

QString LoanQueries::loansCsv(const QList<LoanRow> &rows) {
    CsvWriter csv;
    csv.addRow({QStringLiteral("device"), QStringLiteral("type"), QStringLiteral("branch"),
                QStringLiteral("resident"), QStringLiteral("name"), QStringLiteral("address"),
                QStringLiteral("postcode"), QStringLiteral("phone"), QStringLiteral("email"),
                QStringLiteral("post_ok"), QStringLiteral("email_ok"), QStringLiteral("sms_ok"),
                QStringLiteral("phone_ok"), QStringLiteral("checked_out"), QStringLiteral("due"),
                QStringLiteral("renewals"), QStringLiteral("days_overdue")});
    auto yes = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const LoanRow &r : rows) {
        csv.addRow({r.deviceTag, r.typeCode, r.branchCode, r.residentCard, r.residentName, r.address,
                    r.postcode, r.phone, r.email, yes(r.consentPost), yes(r.consentEmail), yes(r.consentSms),
                    yes(r.consentPhone), r.checkedOutAt.toLocalTime().date().toString(Qt::ISODate),
                    isoDate(r.dueOn), QString::number(r.renewals), QString::number(r.daysOverdue)});
    }
    return csv.text();
}
