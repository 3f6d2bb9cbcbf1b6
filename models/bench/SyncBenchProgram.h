#pragma once

#include "BenchReport.h"

#include <QList>
#include <functional>

// The two sync figures of DESIGN.md §5 (initial sync into an empty desk beside raw sqlite3, and 100 desks
// against the server) come from techmates-sync-bench, which links the server: `techmates bench` runs it
// on the same store and takes its figures, so one run prints the whole table.
class SyncBenchProgram {
public:
    // `say` receives the program's progress lines. On failure, one figure saying why it was not measured.
    static QList<BenchFigure> run(const QString &program, const QString &storePath,
                                  const std::function<void(const QString &)> &say);
};
