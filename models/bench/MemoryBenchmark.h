#pragma once

#include "BenchReport.h"

// Desk memory with every view opened (DESIGN.md §5: ≤ 250 MB RSS): runs techmates-desk offscreen with
// --measure-every-view, signed in as `user` (password passed in TECHMATES_PASSWORD, as the CLI takes it),
// which opens every section and tab and prints its resident and peak memory. No raw-SQLite equivalent.
class MemoryBenchmark {
public:
    static BenchFigure run(const QString &deskProgram, const QString &storePath, const QString &user,
                           const QString &password);
};
