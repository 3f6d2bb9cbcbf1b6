#pragma once

#include "auth/Role.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

// Plain rows returned by OverviewQueries for the desk's read-only overviews. Values are raw (ids, keys,
// dates); screens translate and format them.

struct ActiveLoanRow {
    QString loanId;
    QString deviceTag;
    QString deviceType;
    QString residentId;
    QString residentCard;
    QString residentName;
    QString branchName;
    QDate checkedOutOn;
    QDate dueOn;
    int renewals = 0;
    bool overdue = false;
};

struct LoanCounts {
    int active = 0;
    int overdue = 0;
};

struct BookingRow {
    QString bookingId;
    QDateTime startsAt; // UTC
    int minutes = 0;
    QString volunteerName;
    QString residentCard;
    QString residentName;
    QString channel; // phone, video, library, home
    QString status;  // requested, confirmed, attended, …
    QString branchName;
};

struct BadgeAchievementRow {
    QString achievementId;
    QDate achievedOn;
    QString learnerKind; // resident, volunteer, staff
    QString learnerName;
    QString badgeCode;
    QString badgeName;
    QString category;
    int points = 0;
};

struct BadgeCatalogueRow {
    QString code;
    QString name;
    QString category;
    int points = 0;
    bool active = true;
};

struct AwardLevelRow {
    QString name;
    int threshold = 0;
};

struct TrainingProgressRow {
    QString volunteerId;
    QString volunteerName;
    QString pathwayName;
    QDate enrolledOn;
    int unitsAchieved = 0;
    int unitsInPathway = 0;
    QDate graduatedOn;
    // Every unit achieved (or recorded as graduated): the council counts this person towards its target.
    bool graduate() const {
        return graduatedOn.isValid() || (unitsInPathway > 0 && unitsAchieved >= unitsInPathway);
    }
};

struct HeadlineFigures {
    QDate asOf;
    int activeLoans = 0;
    int overdueLoans = 0;
    QList<QPair<QString, int>> devicesByStatus; // status key → count, every status in a fixed order
    int sessionsThisMonth = 0;                  // booked, not cancelled
    int sessionsAttendedThisMonth = 0;
    int badgesThisYear = 0;
    int badgeTarget = 0;
    int graduates = 0;
    int graduateTarget = 0;
};

struct UserRow {
    QString userId;
    QString username;
    QString displayName;
    Role role = Role::Librarian;
    QString branchName;
    bool active = true;
};

struct BranchRow {
    QString branchId;
    QString code;
    QString name;
    QString kind; // library, partner
    QString postcode;
    QString phone;
    bool active = true;
};

struct VolunteerOption {
    QString volunteerId;
    QString name;
    bool hasAccount = false;
};
