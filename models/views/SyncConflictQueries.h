#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Actor;

// One side of a double loan: the loan a desk recorded when it lent the device.
struct ConflictLoanSide {
    QString loanId;
    QString status; // active, closed, returned, lost; empty when this desk does not hold the loan
    QString residentCard;
    QString residentName; // empty for people who may not see every resident
    QString branchName;
    QString lentBy; // the display name of the person at the desk
    QDateTime checkedOutAt;
    bool present() const { return !status.isEmpty(); }
};

// A device lent at two desks while they were offline (sync_conflicts kind 'loan.double'): the council's
// record kept one loan active ("kept") and closed the other ("other") until a coordinator says who has it.
struct LoanConflictRow {
    QString conflictId;
    QDateTime detectedAt;
    QString deviceTag;
    QString deviceType;
    QString reason; // why the council's record turned the other loan down
    ConflictLoanSide kept;
    ConflictLoanSide other;
    // "The other resident has it" makes the other loan the active one: only while the kept loan still is.
    bool canSwap() const { return kept.status == QLatin1String("active"); }
};

// The coordinator's conflict review list (ui/sync/ConflictReviewPanel). Read-only; only people who may
// resolve conflicts get rows; residents' names only for those who may see every resident.
class SyncConflictQueries {
public:
    SyncConflictQueries(QSqlDatabase db, const Actor &actor);

    QList<LoanConflictRow> unresolvedLoanConflicts() const; // oldest first
    int unresolvedCount() const;

private:
    ConflictLoanSide side(const QString &loanId) const;

    QSqlDatabase m_db;
    bool m_allowed = false;
    bool m_seesResidents = false;
};
