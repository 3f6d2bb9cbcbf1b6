#pragma once

#include <QSqlDatabase>
#include <QString>
#include <memory>

class HybridClock;
class SyncedTables;
class WalCheckpointer;

// One open TechMates store: an SQLite file in WAL mode with foreign keys on, migrated to the schema this
// program knows. The store owns its connection; everything that reads or writes goes through database().
class Store {
public:
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    struct Opened {
        std::unique_ptr<Store> store; // null when the store could not be opened
        QString error;                // why, in words a librarian understands
    };

    // Opens (creating when missing) and migrates. A non-SQLite file, a store from a newer program, or a
    // location that cannot be written are refused with a message; nothing is written to them.
    static Opened open(const QString &path);

    // Where the desk keeps its store when none is named: QStandardPaths::AppDataLocation/techmates.db
    static QString defaultPath();

    QSqlDatabase database() const;
    QString path() const { return m_path; }
    QString deskId() const { return m_deskId; }
    int schemaVersion() const;
    static int latestSchemaVersion();
    HybridClock &hybridClock() { return *m_hlc; }

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value); // throws StoreError

    // How many times the background checkpointer has moved the write-ahead log into the store.
    int walCheckpoints() const;
    // Moves the whole write-ahead log into the store now and empties it. For long bulk writes (an import,
    // a first sync): the background checkpointer's passive passes cannot keep up with a writer that never
    // pauses, and the log would grow by gigabytes. Waits for readers up to the busy timeout; a busy store
    // is left for the background checkpointer.
    void checkpointNow();

    // The raw sqlite3 handle of the connection, for multi-statement scripts and bulk loading.
    void *sqliteHandle() const;

    // The synced tables of this store's schema, read once.
    const SyncedTables &syncedTables();
    // Installs the change-capture triggers on this connection (once; see ChangeCapture).
    void ensureChangeCapture();

    // Runs SQL that may hold several statements (migrations, bulk scripts).
    void execScript(const QString &sql); // throws StoreError

private:
    Store(QString path, QString connectionName);
    void configure();
    void migrate();
    void loadIdentity();

    QString m_path;
    QString m_connectionName;
    QString m_deskId;
    std::unique_ptr<HybridClock> m_hlc;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<SyncedTables> m_syncedTables;
    bool m_captureInstalled = false;
};
