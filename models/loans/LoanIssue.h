#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// Something the desk must show before a loan is committed.
//  Block   — cannot be overridden (the device cannot go out, or the person cannot borrow).
//  Warning — stops the loan unless someone with loan.override gives a reason (audited).
//  Notice  — shown, never stops anything (e.g. a repeat borrower: suggest a gifted device).
struct LoanIssue {
    enum class Severity { Block, Warning, Notice };
    enum class Code {
        // blocks
        NothingScanned,
        DeviceNotFound,
        CardScannedAsTag,
        TagScannedAsCard,
        DeviceRetired,
        DeviceLost,
        DeviceOnLoan,
        DeviceAwaitingWipe,
        DeviceInRepair,
        DeviceInTransit,
        KeptForAnother,
        ResidentNotFound,
        ResidentAnonymised,
        NoLoanRule,
        HardEndReached,
        NoLoanTerms,
        NotOnLoan,
        // warnings
        AtLoanLimit,
        OverdueLoan,
        EligibilityNotRecorded,
        MifiWithoutSim,
        RenewalLimitReached,
        OthersWaiting,
        // notices
        OtherBranch,
        RepeatBorrower,
        FulfilsReservation,
    };

    Severity severity = Severity::Block;
    Code code = Code::DeviceNotFound;
    QString message;

    static QString codeKey(Code code);             // "device_on_loan", for JSON and scripts
    static QString severityKey(Severity severity); // "block", "warning", "notice"
    QJsonObject toJson() const;
};

// The issues of one assessment, with the override rule every assessment shares.
class LoanIssues {
public:
    void add(LoanIssue::Severity severity, LoanIssue::Code code, const QString &message);
    const QList<LoanIssue> &all() const { return m_issues; }
    QList<LoanIssue> of(LoanIssue::Severity severity) const;
    bool has(LoanIssue::Code code) const;
    bool isBlocked() const;
    bool hasWarnings() const;

    // Why the action may not go ahead for this person with this override reason, or nothing when it may:
    // any block refuses; warnings need a non-empty reason and the loan.override permission.
    std::optional<QString> refusal(bool mayOverride, const QString &overrideReason) const;
    QStringList codeKeys(LoanIssue::Severity severity) const;
    QStringList messages(LoanIssue::Severity severity) const;

private:
    QList<LoanIssue> m_issues;
};
