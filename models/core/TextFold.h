#pragma once

#include <QString>

// Folding for search: lower case, accents removed (é → e, ł → l, ß → ss), apostrophes dropped
// (O'Brien → obrien), hyphens and other punctuation turned into spaces, runs of spaces collapsed.
// Stored text and typed queries go through the same function, so "ó'brien" finds "O’Brien".
namespace TextFold {
QString fold(const QString &text);
QString digitsOnly(const QString &text);
QString withoutSpaces(const QString &text);
} // namespace TextFold
