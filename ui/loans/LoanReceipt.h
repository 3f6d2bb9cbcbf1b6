#pragma once

#include "views/BranchLetterheads.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <memory>

class Actor;
class CheckOutAssessment;
class QTextDocument;

// The loan agreement and receipt a resident takes home (or signs, when the agreement is on paper): the
// branch and how to reach it, who borrowed what (type, make and model, tag, serial, SIM), the kit that
// went out, the due date, the replacement cost, the terms version and its text, how it was accepted, the
// loan id, who lent it and when. Built from what the check-out command saw, so it prints what was saved.
class LoanReceipt {
    Q_DECLARE_TR_FUNCTIONS(LoanReceipt)
public:
    // After a committed check-out: the command's assessment and the desk's request values.
    static LoanReceipt fromCheckOut(const QString &loanId, const CheckOutAssessment &assessment,
                                    const QStringList &kitOut, bool onPaper, const QString &signedName,
                                    const Actor &lentBy, const QDateTime &lentAt,
                                    const BranchLetterhead &branch);

    std::unique_ptr<QTextDocument> document() const;
    QString html() const;
    QString title() const;
    // "loan-TAB0001-2026-03-02.pdf"
    QString suggestedFileName() const;

    QString loanId() const { return m_loanId; }
    QString deviceTag() const { return m_deviceTag; }
    QString residentName() const { return m_residentName; }
    QString residentCard() const { return m_residentCard; }
    QDate dueOn() const { return m_dueOn; }

private:
    BranchLetterhead m_branch;
    QString m_loanId;
    QDateTime m_lentAt;
    QString m_lentBy;
    QString m_residentName;
    QString m_residentCard;
    QString m_deviceType;
    QString m_makeModel;
    QString m_deviceTag;
    QString m_serial;
    QString m_simIccid;
    QStringList m_kitOut;
    QDate m_dueOn;
    int m_replacementCostPence = 0;
    int m_termsVersion = 0;
    QString m_termsBody;
    bool m_onPaper = false;
    QString m_signedName;
};
