#pragma once

#include "BenchReport.h"

#include <QList>

class Store;

// Scan to committed loan (DESIGN.md §5): CheckOutCommand through the CommandBus — rules, loan, device,
// audit and outbox in one transaction — for residents with nothing on loan and available devices. The
// raw-SQLite baseline does the same reads and writes with the C API. Afterwards every device lent is checked
// in and wiped through the commands too (measured as well), so the benchmark store stays reusable.
class ScanToLoanBenchmark {
public:
    static QList<BenchFigure> run(Store &store, int loans = 300, quint64 seed = 1);
};
