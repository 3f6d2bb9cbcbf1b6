#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

class SyncedTables;

// Which synced rows a transaction touched, recorded by temporary triggers on this connection. The command
// bus switches it on around each command, so the outbox knows the rows an op wrote (a desk puts them back
// to the server's copy when the server turns the op down) and the server knows which rows go into its
// change feed. Outside those windows the triggers record nothing.
class ChangeCapture {
public:
    struct Row {
        QString table;
        QString id;
        QString before; // the row as it was before the first change (JSON), empty for a new row
        bool operator==(const Row &o) const { return table == o.table && id == o.id; }
    };

    static void install(const QSqlDatabase &db, const SyncedTables &tables); // once per connection
    static void start(const QSqlDatabase &db); // inside the transaction: forget old rows, record from now
    static QList<Row> stop(const QSqlDatabase &db); // the rows touched since start(), recording off

    static QString encode(const QList<Row> &rows); // "table/id,table/id"
    static QList<Row> decode(const QString &text);
};
