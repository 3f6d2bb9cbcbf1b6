#include "LoanAgreement.h"

#include "core/TextFold.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LoanAgreement", text);
}

QStringList words(const QString &text) {
    return TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

QString LoanAgreement::methodKey(Method method) {
    return method == Method::Paper ? QStringLiteral("paper") : QStringLiteral("typed");
}

bool LoanAgreement::nameMatches(const QString &signedName, const Borrower &borrower) {
    const QStringList signedWords = words(signedName);
    const QSet<QString> signedSet(signedWords.begin(), signedWords.end());
    const QString signedJoined = signedWords.join(QString());
    for (const QString &part : words(borrower.givenName) + words(borrower.familyName)) {
        // A one-letter part matches anything by accident; a short one must be a whole word ("Ng"), a longer
        // one may be run together with the rest ("SmithJones" for Smith-Jones).
        if (part.size() >= 2 &&
            (signedSet.contains(part) || (part.size() >= 3 && signedJoined.contains(part)))) {
            return true;
        }
    }
    return false;
}

std::optional<QString> LoanAgreement::problem(Method method, const QString &signedName,
                                              bool declarationAccepted, const Borrower &borrower) {
    if (method == Method::Paper) {
        return std::nullopt;
    }
    if (!declarationAccepted) {
        return tr("The resident has not ticked the declaration that they accept the loan agreement.");
    }
    const QString name = signedName.simplified();
    if (name.isEmpty()) {
        return tr("The resident must type their name to accept the loan agreement.");
    }
    if (name.size() > kMaxSignedNameLength) {
        return tr("The typed name is too long.");
    }
    if (!nameMatches(name, borrower)) {
        return tr("The typed name “%1” does not match the resident on card %2. Check that the right card was "
                  "scanned and that the resident typed their own name.")
            .arg(name, borrower.card);
    }
    return std::nullopt;
}
