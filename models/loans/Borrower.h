#pragma once

#include <QString>

// The resident as check-out needs them: who they are, their borrower category for the rules, and whether
// their eligibility was recorded. Read straight from the store inside the command's transaction.
struct Borrower {
    QString id;
    QString card;
    QString givenName;
    QString familyName;
    QString category = QStringLiteral("standard");
    QString eligibilityCriterion;
    QString referralOrg;
    QString homeBranchId;
    bool anonymised = false;

    QString displayName() const { return givenName + QLatin1Char(' ') + familyName; }
};

// What a scanned or typed library card turned out to be (see DeviceScan for the other way round).
struct BorrowerScan {
    enum class Outcome { Found, Empty, DeviceTag, Unknown, Anonymised };
    Outcome outcome = Outcome::Unknown;
    QString card; // normalised
    Borrower borrower;
    QString message;
    bool found() const { return outcome == Outcome::Found; }
};
