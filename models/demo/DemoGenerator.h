#pragma once

#include <QDate>
#include <QString>
#include <functional>

struct DemoOptions {
    enum class Scale {
        Small,   // a few hundred residents: screenshots, GUI tests, trying the desk out
        Borough, // DESIGN.md §5's benchmark store: 328,000 residents, a million past loans
    };
    Scale scale = Scale::Small;
    quint64 seed = 1;
    QDate today; // anchor for every generated date; required (the caller passes its Clock's today)
};

// Writes a complete demo store for `techmates demo`: branches, residents, devices and loans, SIMs, volunteers
// and their sessions, badges and training, and the people admin, coordinator, librarian and volunteer, each
// with the password "demo". The same seed and date give the same rows (apart from password hashes, which
// are salted, and the desk's own identity).
class DemoGenerator {
public:
    using Progress = std::function<void(int percent, const QString &stage)>;

    // Creates a NEW store at outPath. Refuses (false, *error set) when the file already exists, and never
    // leaves a half-written store behind: the store is built as outPath + ".partial" and renamed at the end.
    static bool generate(const QString &outPath, const DemoOptions &options, const Progress &progress,
                         QString *error);
};
