#pragma once

#include "BenchReport.h"

class Store;

// Resident search as typed at the desk (part of a family name, first name + surname start, card tail, phone
// tail, postcode), through ResidentSearch, against the same SQL run with the plain sqlite3 API on its own
// connection. Queries come from the store's own residents, chosen by a seeded generator.
class SearchBenchmark {
public:
    static BenchFigure run(Store &store, int queries = 400, quint64 seed = 1);
};
