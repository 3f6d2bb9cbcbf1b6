#pragma once

#include "Resident.h"

#include <QList>
#include <QString>

class Clock;

// Checks and tidies a resident's details before they are saved. Every problem is reported against its
// field, so a form can point at it; nothing is guessed or silently truncated.
class ResidentValidator {
public:
    struct Problem {
        QString field;   // "given_name", "postcode", …
        QString message; // plain words
    };

    explicit ResidentValidator(const Clock &clock);

    // Normalises in place (trims, postcode to "SW1A 1AA", card to upper case) and returns what is wrong.
    QList<Problem> validate(Resident &r) const;

    static bool isValidUkPostcode(const QString &postcode);
    static QString normalisePostcode(const QString &postcode);
    static bool isValidPhone(const QString &phone);
    static bool isValidEmail(const QString &email);
    static QString joined(const QList<Problem> &problems);

    static constexpr int kMaxNameLength = 80;
    static constexpr int kMaxCardLength = 20;

private:
    const Clock &m_clock;
};
