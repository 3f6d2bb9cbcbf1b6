#include "Resident.h"

#include "core/TextFold.h"

QString Resident::searchText() const {
    // Postcode twice: folded with its space ("sw1a 1aa") and without ("sw1a1aa"), so either way of typing
    // matches.
    return TextFold::fold(givenName + QLatin1Char(' ') + familyName) + QLatin1Char(' ') +
           TextFold::fold(card) + QLatin1Char(' ') + TextFold::digitsOnly(phone) + QLatin1Char(' ') +
           TextFold::fold(TextFold::withoutSpaces(postcode));
}

QVariantMap Resident::columnValues() const {
    return {
        {QStringLiteral("card"), card},
        {QStringLiteral("given_name"), givenName},
        {QStringLiteral("family_name"), familyName},
        {QStringLiteral("date_of_birth"), dateOfBirth.isValid() ? QVariant(dateOfBirth.toString(Qt::ISODate))
                                                                : QVariant(QMetaType(QMetaType::QString))},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("email"), email},
        {QStringLiteral("address"), address},
        {QStringLiteral("postcode"), postcode},
        {QStringLiteral("preferred_language"), preferredLanguage},
        {QStringLiteral("home_branch_id"),
         homeBranchId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(homeBranchId)},
        {QStringLiteral("borrower_category"), borrowerCategory},
        {QStringLiteral("eligibility_criterion"), eligibilityCriterion},
        {QStringLiteral("referral_org"), referralOrg},
        {QStringLiteral("consent_phone"), int(consentPhone)},
        {QStringLiteral("consent_sms"), int(consentSms)},
        {QStringLiteral("consent_email"), int(consentEmail)},
        {QStringLiteral("consent_post"), int(consentPost)},
        {QStringLiteral("notes"), notes},
    };
}

Resident Resident::fromColumnValues(const QVariantMap &v) {
    Resident r;
    r.id = v.value(QStringLiteral("id")).toString();
    r.card = v.value(QStringLiteral("card")).toString();
    r.givenName = v.value(QStringLiteral("given_name")).toString();
    r.familyName = v.value(QStringLiteral("family_name")).toString();
    r.dateOfBirth = QDate::fromString(v.value(QStringLiteral("date_of_birth")).toString(), Qt::ISODate);
    r.phone = v.value(QStringLiteral("phone")).toString();
    r.email = v.value(QStringLiteral("email")).toString();
    r.address = v.value(QStringLiteral("address")).toString();
    r.postcode = v.value(QStringLiteral("postcode")).toString();
    r.preferredLanguage = v.value(QStringLiteral("preferred_language"), QStringLiteral("en")).toString();
    r.homeBranchId = v.value(QStringLiteral("home_branch_id")).toString();
    r.borrowerCategory = v.value(QStringLiteral("borrower_category"), QStringLiteral("standard")).toString();
    r.eligibilityCriterion = v.value(QStringLiteral("eligibility_criterion")).toString();
    r.referralOrg = v.value(QStringLiteral("referral_org")).toString();
    r.consentPhone = v.value(QStringLiteral("consent_phone")).toInt() != 0;
    r.consentSms = v.value(QStringLiteral("consent_sms")).toInt() != 0;
    r.consentEmail = v.value(QStringLiteral("consent_email")).toInt() != 0;
    r.consentPost = v.value(QStringLiteral("consent_post")).toInt() != 0;
    r.notes = v.value(QStringLiteral("notes")).toString();
    r.version = v.value(QStringLiteral("version")).toInt();
    return r;
}

QJsonObject Resident::toJson() const {
    QJsonObject o = QJsonObject::fromVariantMap(columnValues());
    o.insert(QStringLiteral("id"), id);
    return o;
}
