#include "ResidentRepository.h"

#include "auth/Actor.h"
#include "core/TextFold.h"
#include "store/Sql.h"

#include <QSqlRecord>

namespace {
const QString kColumns = QStringLiteral(
    "r.id, r.card, r.given_name, r.family_name, r.date_of_birth, r.phone, r.email, r.address, r.postcode, "
    "r.preferred_language, r.home_branch_id, r.borrower_category, r.eligibility_criterion, r.referral_org, "
    "r.consent_phone, r.consent_sms, r.consent_email, r.consent_post, r.notes, r.version");
}

QString ResidentRepository::visibilityClause(const Actor &actor, const QString &residentIdColumn) {
    if (!actor.can(Permission::ResidentView)) {
        return QStringLiteral(" AND 0");
    }
    if (actor.can(Permission::ResidentViewAll)) {
        return {};
    }
    return QStringLiteral(
               " AND %1 IN (SELECT resident_id FROM bookings WHERE volunteer_id = :visible_volunteer "
               "AND deleted = 0)")
        .arg(residentIdColumn);
}

void ResidentRepository::bindVisibility(Sql &query, const Actor &actor) {
    if (actor.can(Permission::ResidentView) && !actor.can(Permission::ResidentViewAll)) {
        query.bind(QStringLiteral(":visible_volunteer"), actor.volunteerId());
    }
}

std::optional<Resident> ResidentRepository::load(const QString &where, const QString &value,
                                                 const Actor *actor) const {
    QString sql =
        QStringLiteral("SELECT %1 FROM residents r WHERE %2 AND r.deleted = 0").arg(kColumns, where);
    if (actor) {
        sql += visibilityClause(*actor, QStringLiteral("r.id"));
    }
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":v"), value);
    if (actor) {
        bindVisibility(q, *actor);
    }
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    const QSqlRecord rec = q.query().record();
    QVariantMap values;
    for (int i = 0; i < rec.count(); ++i) {
        values.insert(rec.fieldName(i), q.value(i));
    }
    return Resident::fromColumnValues(values);
}

std::optional<Resident> ResidentRepository::byId(const QString &id, const Actor &actor) const {
    return load(QStringLiteral("r.id = :v"), id, &actor);
}

std::optional<Resident> ResidentRepository::byCard(const QString &card, const Actor &actor) const {
    return load(QStringLiteral("r.card = :v"), TextFold::withoutSpaces(card).toUpper(), &actor);
}

std::optional<Resident> ResidentRepository::loadForWrite(const QString &id) const {
    return load(QStringLiteral("r.id = :v"), id, nullptr);
}

bool ResidentRepository::cardInUse(const QString &card, const QString &exceptId) const {
    return Sql(m_db, QStringLiteral("SELECT count(*) FROM residents WHERE card = :c AND id <> :id"))
               .bind(QStringLiteral(":c"), card)
               .bind(QStringLiteral(":id"), exceptId)
               .scalar()
               .toInt() > 0;
}
