#pragma once

#include "Borrower.h"

#include <QString>
#include <optional>

// How the resident accepted the loan agreement (the terms version in force).
//  Typed — at the desk: they read the terms, tick the declaration and type their name. The typed name must
//          contain their given or family name as it is on record (accents, case and punctuation ignored),
//          which catches the wrong card or a name typed into the wrong box without being fussy about
//          initials or a middle name.
//  Paper — they signed a printed copy of the same terms version, which the branch keeps. The CLI records
//          this when no --signed-name is given; the signed name is then left empty.
class LoanAgreement {
public:
    enum class Method { Typed, Paper };

    static QString methodKey(Method method); // "typed", "paper"

    // Why the acceptance is not good enough, or nothing when it is.
    static std::optional<QString> problem(Method method, const QString &signedName, bool declarationAccepted,
                                          const Borrower &borrower);
    static bool nameMatches(const QString &signedName, const Borrower &borrower);

    static constexpr int kMaxSignedNameLength = 160;
};
