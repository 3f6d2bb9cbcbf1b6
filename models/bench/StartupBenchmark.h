#pragma once

#include "BenchReport.h"

// Desk cold start to a usable window (DESIGN.md §5): runs techmates-desk --exit-when-ready on the store,
// offscreen, several times, timing from process launch to the line it prints once its window is up.
// There is no raw-SQLite equivalent, so the figure has no baseline.
class StartupBenchmark {
public:
    static BenchFigure run(const QString &deskProgram, const QString &storePath, int runs = 5);
};
