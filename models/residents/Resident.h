#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariantMap>

// A resident as the desk edits them. Only what the programme needs: eligibility records the criterion
// met and who referred them, never the evidence itself.
struct Resident {
    QString id;
    QString card;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString phone;
    QString email;
    QString address;
    QString postcode;
    QString preferredLanguage = QStringLiteral("en");
    QString homeBranchId;
    QString borrowerCategory = QStringLiteral("standard");
    QString eligibilityCriterion;
    QString referralOrg;
    bool consentPhone = false;
    bool consentSms = false;
    bool consentEmail = false;
    bool consentPost = false;
    QString notes;
    int version = 0;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
    // The folded text the search index holds (see TextFold).
    QString searchText() const;

    // Column name → value for every editable column; the one mapping used by the store, the sync
    // payload and the change comparison, so a new field is added in one place.
    QVariantMap columnValues() const;
    static Resident fromColumnValues(const QVariantMap &values);
    QJsonObject toJson() const;
};
