#pragma once

#include "bench/BenchReport.h"

#include <QString>

// The sync figures of DESIGN.md §5, measured against a real techmates-server on loopback HTTP:
//  - initial sync of a store into an empty desk, beside raw sqlite3 inserting the same rows into the same
//    schema in one transaction;
//  - N simulated desks pushing and pulling at once for a while: latency percentiles, errors, and a check
//    that every op answered "applied" is in the server's record and every desk's feed reached the end.
class SyncBenchmark {
public:
    struct Options {
        QString store;       // the store to seed the server with (e.g. a borough demo store); copied first
        QString databaseUrl; // empty: SQLite server; else a PostgreSQL database for the ledger
        int desks = 100;
        int seconds = 60;
        int intervalMs = 1000; // each desk pushes a change and pulls at most this often
        bool initialSync = true;
        bool concurrent = true;
    };
    // Adds its figures to `report`; progress lines go to stderr. Returns false with *error on failure.
    static bool run(const Options &options, BenchReport *report, QString *error);
};
