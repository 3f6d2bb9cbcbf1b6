#pragma once

#include <QSqlQuery>
#include <QString>

// Prepared statements kept per connection and statement text, so the write path does not pay SQLite's
// parse-and-plan on every command (on the scan-to-loan path that was most of the gap to raw SQLite).
// A statement is taken while in use and given back when done, so nested use of one text gets its own.
class StatementCache {
public:
    // A prepared query for this connection and text, from the cache when one is idle. Empty (not active,
    // lastError set) when preparing failed.
    static QSqlQuery take(const QSqlDatabase &db, const QString &statement, bool *prepared);
    static void give(const QSqlDatabase &db, const QString &statement, QSqlQuery &&query);
    // Must run before a connection is removed: cached queries keep it in use.
    static void dropConnection(const QString &connectionName);

    static constexpr int kMaxPerConnection = 256;
};
