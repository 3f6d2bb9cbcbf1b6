#pragma once

#include <QString>

// What a barcode scanner (a keyboard wedge) or a person types for a tag or a card: the code, maybe with
// spaces, a stray tab or CR, in any case. Tags and cards are compared in one normal form: no whitespace or
// control characters, upper case.
class ScanInput {
public:
    static QString normalise(const QString &typed);

    // Asset tags: 2 to 32 of A–Z, 0–9, "-", "_", ".", "/" after normalising, starting with a letter or digit
    // (Snipe-IT tags such as "LIB-00042" fit).
    static bool isValidTag(const QString &normalisedTag);
    static constexpr int kMaxTagLength = 32;
};
