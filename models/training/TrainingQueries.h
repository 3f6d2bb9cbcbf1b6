#pragma once

#include "TrainingCatalogue.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

class Actor;

struct EvidenceItem {
    QString id;
    QString kind;
    QString note;
    QString fileName; // relative to the evidence folder
    QString sha256;
    qint64 bytes = 0;
    QString authorId;
    QString authorName;
    QDateTime createdAt;
};

struct OutcomeProgress {
    TrainingOutcome outcome;
    QList<EvidenceItem> evidence;
    QString signedOffBy; // assessor's name; empty while not signed off
    QDateTime signedAt;
    bool signedOff() const { return signedAt.isValid(); }
};

struct UnitProgress {
    TrainingUnit unit;
    QList<OutcomeProgress> outcomes;
    QDate achievedOn; // invalid while not achieved
    QString verifiedBy;
    QString claimReference;
    QString claimStatus;
    QString certificateNumber;
    int signedOff() const;
    bool achieved() const { return achievedOn.isValid(); }
    bool verified() const { return !verifiedBy.isEmpty(); }
};

// One volunteer's accredited training: their pathways and every unit's outcomes, evidence and sign-offs.
struct Portfolio {
    QString volunteerId;
    QString volunteerName;
    QString branchName;
    struct Enrolment {
        QString pathwayCode;
        QString pathwayName;
        QDate enrolledOn;
        QDate graduatedOn;
    };
    QList<Enrolment> enrolments;
    QList<UnitProgress> units; // pathway order (units of several pathways once each)
    int achievedUnits() const;
};

// A volunteer on a pathway, for the assessor's list.
struct TraineeRow {
    QString volunteerId;
    QString name;
    QString branchName;
    QString pathwayCode;
    QDate enrolledOn;
    QDate graduatedOn;
    int unitsAchieved = 0;
    int unitsInPathway = 0;
    int awaitingSignOff = 0;      // outcomes with evidence and no sign-off
    int awaitingVerification = 0; // achieved units not yet verified
};

struct ClaimRow {
    QString id;
    QString reference;
    QString status;
    QDateTime createdAt;
    QDateTime submittedAt;
    QDateTime certificatedAt;
    int items = 0;
};

struct ClaimItemRow {
    QString id;
    QString volunteerId;
    QString volunteerName;
    QString unitId;
    QString unitCode;
    QString unitTitle;
    QString certificateNumber;
};

// Units ready to claim: achieved, verified and in no claim yet.
struct ClaimableRow {
    QString volunteerId;
    QString volunteerName;
    QString unitId;
    QString unitCode;
    QString unitTitle;
    QDate achievedOn;
};

struct GraduateTotals {
    QList<QPair<QString, int>> byMonth;  // 2026-03 → graduates that month, oldest first
    QList<QPair<QString, int>> byBranch; // branch name → graduates, most first
    int total = 0;
    int target = 0; // settings: graduate_target (500)
    int enrolled = 0;
};

// Read-only training queries for the desk and the CLI. A volunteer sees only their own training; assessors
// and verifiers see everyone's.
class TrainingQueries {
public:
    explicit TrainingQueries(QSqlDatabase db)
        : m_db(std::move(db)) {}

    static bool seesEveryone(const Actor &actor);
    QList<TraineeRow> trainees(const Actor &actor) const;
    std::optional<Portfolio> portfolio(const QString &volunteerId, const Actor &actor) const;
    QList<ClaimableRow> claimable(const Actor &actor) const;
    QList<ClaimRow> claims(const Actor &actor) const;
    QList<ClaimItemRow> claimItems(const QString &claimId, const Actor &actor) const;
    GraduateTotals graduates(const Actor &actor) const;
    // Volunteers not yet on `pathwayCode` (for enrolling).
    QList<QPair<QString, QString>> volunteersNotOn(const QString &pathwayCode, const Actor &actor) const;

    // The booking channels a volunteer's achieved units unlock (training_units.unlocks), for the bookings
    // gates: a channel that some unit unlocks is open to a volunteer only once they achieved such a unit.
    static QStringList unlockedChannels(const QSqlDatabase &db, const QString &volunteerId);
    static QStringList gatedChannels(const QSqlDatabase &db); // channels any unit unlocks

    // A printable portfolio (HTML for QTextDocument → PDF).
    static QString portfolioHtml(const Portfolio &p, const QDate &printedOn, const QString &councilName);

private:
    QSqlDatabase m_db;
};
