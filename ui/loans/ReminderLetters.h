#pragma once

#include "loans/LoanQueries.h"
#include "views/BranchLetterheads.h"

#include <QCoreApplication>
#include <QDate>
#include <memory>

class QTextDocument;

// Polite reminder letters for overdue loans: one per resident (all their overdue devices in it), on the
// letterhead of the branch that lent the oldest of them. Only residents who agreed to be contacted by
// post and have an address on record get a letter; the others are listed apart, so staff can use another
// way (or none) rather than post a letter the resident did not agree to.
class ReminderLetters {
    Q_DECLARE_TR_FUNCTIONS(ReminderLetters)
public:
    struct Letter {
        QString residentId;
        QString residentName;
        QString residentCard;
        QString address;
        QString postcode;
        BranchLetterhead branch;
        QList<LoanRow> loans;
    };
    struct Skipped {
        QString residentName;
        QString residentCard;
        QString phone; // for a call instead, when the resident agreed to phone contact
        bool consentPhone = false;
        bool noConsent = false; // false: consented, but no address on record
    };

    // overdue: LoanQueries::overdue(), oldest first; branches: BranchLetterheads::byId().
    static ReminderLetters build(const QList<LoanRow> &overdue,
                                 const QHash<QString, BranchLetterhead> &branches, const QDate &today);

    const QList<Letter> &letters() const { return m_letters; }
    const QList<Skipped> &skipped() const { return m_skipped; }
    bool isEmpty() const { return m_letters.isEmpty(); }

    std::unique_ptr<QTextDocument> document() const;
    QString html() const;

private:
    QString letterHtml(const Letter &letter) const;

    QDate m_today;
    QList<Letter> m_letters;
    QList<Skipped> m_skipped;
};
