#include "ResidentValidator.h"

#include "core/Clock.h"
#include "core/TextFold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ResidentValidator", text);
}

bool hasControlCharacters(const QString &s) {
    for (const QChar c : s) {
        if (c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}

void checkName(const QString &value, const QString &field, const QString &label,
               QList<ResidentValidator::Problem> &problems) {
    if (value.isEmpty()) {
        problems.append(
            {field, QCoreApplication::translate("ResidentValidator", "%1 is missing.").arg(label)});
    } else if (value.size() > ResidentValidator::kMaxNameLength) {
        problems.append({field, QCoreApplication::translate("ResidentValidator",
                                                            "%1 is too long (at most %2 characters).")
                                    .arg(label)
                                    .arg(ResidentValidator::kMaxNameLength)});
    } else if (hasControlCharacters(value) ||
               !std::any_of(value.begin(), value.end(), [](QChar c) { return c.isLetter(); })) {
        problems.append(
            {field,
             QCoreApplication::translate("ResidentValidator", "%1 must be written in letters.").arg(label)});
    }
}
} // namespace

ResidentValidator::ResidentValidator(const Clock &clock)
    : m_clock(clock) {}

QString ResidentValidator::normalisePostcode(const QString &postcode) {
    const QString compact = TextFold::withoutSpaces(postcode).toUpper();
    if (compact.size() < 5) {
        return compact;
    }
    return compact.left(compact.size() - 3) + QLatin1Char(' ') + compact.right(3);
}

bool ResidentValidator::isValidUkPostcode(const QString &postcode) {
    // The Royal Mail format: outward code (A9, A99, AA9, AA99, A9A, AA9A), space, inward code (9AA).
    static const QRegularExpression re(QStringLiteral(
        "^(GIR 0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) "
        "[0-9][ABD-HJLNP-UW-Z]{2})$"));
    return re.match(normalisePostcode(postcode)).hasMatch();
}

bool ResidentValidator::isValidPhone(const QString &phone) {
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()-]+$"));
    if (!allowed.match(phone).hasMatch()) {
        return false;
    }
    const QString digits = TextFold::digitsOnly(phone);
    if (phone.trimmed().startsWith(QLatin1Char('+'))) {
        return digits.size() >= 8 && digits.size() <= 15; // E.164
    }
    return digits.startsWith(QLatin1Char('0')) && (digits.size() == 10 || digits.size() == 11); // UK national
}

bool ResidentValidator::isValidEmail(const QString &email) {
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    return email.size() <= 254 && re.match(email).hasMatch() && !email.contains(QLatin1String(".."));
}

QList<ResidentValidator::Problem> ResidentValidator::validate(Resident &r) const {
    QList<Problem> problems;
    r.givenName = r.givenName.simplified();
    r.familyName = r.familyName.simplified();
    r.card = TextFold::withoutSpaces(r.card).toUpper();
    r.phone = r.phone.simplified();
    r.email = r.email.trimmed();
    r.address = r.address.trimmed();
    r.postcode = r.postcode.trimmed().isEmpty() ? QString() : normalisePostcode(r.postcode);
    r.eligibilityCriterion = r.eligibilityCriterion.simplified();
    r.referralOrg = r.referralOrg.simplified();
    r.notes = r.notes.trimmed();

    checkName(r.givenName, QStringLiteral("given_name"), tr("Given name"), problems);
    checkName(r.familyName, QStringLiteral("family_name"), tr("Family name"), problems);

    static const QRegularExpression cardRe(QStringLiteral("^[A-Z0-9]{4,20}$"));
    if (!r.card.isEmpty() && !cardRe.match(r.card).hasMatch()) {
        problems.append(
            {QStringLiteral("card"), tr("The library card number must be 4 to 20 letters and digits.")});
    }
    if (!r.postcode.isEmpty() && !isValidUkPostcode(r.postcode)) {
        problems.append({QStringLiteral("postcode"),
                         tr("“%1” is not a UK postcode (for example SW1A 1AA).").arg(r.postcode)});
    }
    if (!r.phone.isEmpty() && !isValidPhone(r.phone)) {
        problems.append(
            {QStringLiteral("phone"),
             tr("“%1” is not a phone number (for example 020 7946 0000 or 07700 900123).").arg(r.phone)});
    }
    if (!r.email.isEmpty() && !isValidEmail(r.email)) {
        problems.append({QStringLiteral("email"), tr("“%1” is not an email address.").arg(r.email)});
    }
    if (r.address.size() > 300) {
        problems.append({QStringLiteral("address"), tr("The address is too long (at most 300 characters).")});
    }
    if (r.dateOfBirth.isValid()) {
        const QDate today = m_clock.today();
        if (r.dateOfBirth > today) {
            problems.append({QStringLiteral("date_of_birth"), tr("The date of birth is in the future.")});
        } else if (r.dateOfBirth < today.addYears(-120)) {
            problems.append(
                {QStringLiteral("date_of_birth"), tr("The date of birth is more than 120 years ago.")});
        }
    }
    if (r.notes.size() > 2000) {
        problems.append({QStringLiteral("notes"), tr("The notes are too long (at most 2,000 characters).")});
    }
    static const QStringList categories{QStringLiteral("standard"), QStringLiteral("priority"),
                                        QStringLiteral("care_leaver"), QStringLiteral("older_person"),
                                        QStringLiteral("jobseeker")};
    if (!categories.contains(r.borrowerCategory)) {
        problems.append({QStringLiteral("borrower_category"),
                         tr("Unknown borrower category “%1”.").arg(r.borrowerCategory)});
    }
    return problems;
}

QString ResidentValidator::joined(const QList<Problem> &problems) {
    QStringList parts;
    for (const Problem &p : problems) {
        parts.append(p.message);
    }
    return parts.join(QLatin1Char(' '));
}
