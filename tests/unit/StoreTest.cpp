// The store: creation, pragmas, migrations from an older store, and refusal of files that are not ours.
#include "store/Store.h"
#include "TestStore.h"
#include "store/Sql.h"

#include <QFile>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
// Builds an SQLite file from an SQL script with the plain sqlite3 API (no TechMates code involved).
void buildFromScript(const QString &path, const QString &scriptPath) {
    QFile f(scriptPath);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(scriptPath));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *err = nullptr;
    const int rc = sqlite3_exec(db, f.readAll().constData(), nullptr, nullptr, &err);
    const QString message = QString::fromUtf8(err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(message));
}

QByteArray fileBytes(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class StoreTest : public QObject {
    Q_OBJECT

private slots:
    void newStoreIsConfigured() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/new.db"));
        Store::Opened opened = Store::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        Store &s = *opened.store;
        QCOMPARE(s.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(Store::latestSchemaVersion() >= 2);
        QCOMPARE(Sql(s.database(), QStringLiteral("PRAGMA journal_mode")).scalar().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(Sql(s.database(), QStringLiteral("PRAGMA foreign_keys")).scalar().toInt(), 1);
        QVERIFY(Sql(s.database(), QStringLiteral("PRAGMA busy_timeout")).scalar().toInt() >= 1000);
        QCOMPARE(s.deskId().size(), 8);
        // Residents' data: only the owner may read the file.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        // Reference data from migration 2.
        QCOMPARE(Sql(s.database(), QStringLiteral("SELECT threshold FROM award_levels WHERE name = 'Bronze'"))
                     .scalar()
                     .toInt(),
                 250);
    }

    void reopenKeepsIdentity() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.db"));
        QString desk;
        {
            auto opened = Store::open(path);
            QVERIFY(opened.store);
            desk = opened.store->deskId();
        }
        auto again = Store::open(path);
        QVERIFY2(again.store, qPrintable(again.error));
        QCOMPARE(again.store->deskId(), desk);
    }

    void migratesAnOlderStoreKeepingItsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        buildFromScript(path, QStringLiteral(TECHMATES_TEST_DATA "/store-v1.sql"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QCOMPARE(Sql(raw, QStringLiteral("PRAGMA user_version")).scalar().toInt(), 1);
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        auto opened = Store::open(path);
        QVERIFY2(opened.store, qPrintable(opened.error));
        const QSqlDatabase db = opened.store->database();
        QCOMPARE(opened.store->schemaVersion(), Store::latestSchemaVersion());
        QCOMPARE(Sql(db, QStringLiteral("SELECT family_name FROM residents WHERE card = '2000000001'"))
                     .scalar()
                     .toString(),
                 QStringLiteral("Okafor"));
        QCOMPARE(Sql(db, QStringLiteral("SELECT count(*) FROM loan_rules")).scalar().toInt(), 1);
        QCOMPARE(Sql(db, QStringLiteral(
                             "SELECT desk_id FROM (SELECT value AS desk_id FROM meta WHERE key='desk_id')"))
                     .scalar()
                     .toString(),
                 QStringLiteral("fixture1"));
        // The search index still answers for the migrated row.
        QCOMPARE(
            Sql(db, QStringLiteral("SELECT count(*) FROM residents_fts WHERE residents_fts MATCH '\"kaf\"'"))
                .scalar()
                .toInt(),
            1);
    }

    void refusesAStoreFromANewerProgram() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.db"));
        {
            auto opened = Store::open(path);
            QVERIFY(opened.store);
            opened.store->execScript(QStringLiteral("PRAGMA user_version = 999;"));
        }
        const QByteArray before = fileBytes(path);
        auto opened = Store::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(QLatin1String("newer version")), qPrintable(opened.error));
        QVERIFY(opened.error.contains(QLatin1String("999")));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesAFileThatIsNotSqlite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear Sir or Madam, this is a letter, not a database. It is long enough to look like one.");
        f.close();
        const QByteArray before = fileBytes(path);
        auto opened = Store::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(QLatin1String("not an SQLite database")), qPrintable(opened.error));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesACorruptStore() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        {
            auto opened = Store::open(path);
            QVERIFY(opened.store);
            opened.store->execScript(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // past the 100-byte header: wreck the schema page
        f.write(QByteArray(3000, '\xA5'));
        f.close();
        auto opened = Store::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(QLatin1String("damaged")) ||
                     opened.error.contains(QLatin1String("not a TechMates")),
                 qPrintable(opened.error));
    }

    void refusesSomeoneElsesSqliteDatabase() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db,
                                  "CREATE TABLE recipes(name TEXT); INSERT INTO recipes VALUES ('scones');",
                                  nullptr, nullptr, nullptr),
                     SQLITE_OK);
            sqlite3_close(db);
        }
        const QByteArray before = fileBytes(path);
        auto opened = Store::open(path);
        QVERIFY(!opened.store);
        QVERIFY2(opened.error.contains(QLatin1String("not a TechMates store")), qPrintable(opened.error));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesAFolderOrAnUnwritableLocation() {
        QTemporaryDir dir;
        auto folder = Store::open(dir.path());
        QVERIFY(!folder.store);
        QVERIFY2(folder.error.contains(QLatin1String("folder")), qPrintable(folder.error));

        // /proc refuses new files even to root, so this holds when the tests run as root too.
        auto unwritable = Store::open(QStringLiteral("/proc/techmates-test/store.db"));
        QVERIFY(!unwritable.store);
        QVERIFY2(unwritable.error.contains(QLatin1String("write")), qPrintable(unwritable.error));

        auto empty = Store::open(QStringLiteral("  "));
        QVERIFY(!empty.store);
        QVERIFY(!empty.error.isEmpty());
    }

    void refusesAReadOnlyStoreFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ro.db"));
        { QVERIFY(Store::open(path).store); }
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                                QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                      QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                      QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                      QFileDevice::ExeGroup));
        const QByteArray before = fileBytes(path);
        // Root ignores file modes, so when the tests run as root the open happens in a child process that
        // has given up root for "nobody"; the store is then as read-only to it as to any desk user.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) {
                _exit(10);
            }
            auto opened = Store::open(path);
            _exit(opened.store ? 1 : opened.error.contains(QLatin1String("only be read")) ? 0 : 2);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // 1: opened a read-only store; 2: refused with the wrong message
        QCOMPARE(fileBytes(path), before);
    }

    void theWriteAheadLogIsCheckpointedInTheBackground() {
        QTemporaryDir dir;
        auto opened = Store::open(dir.filePath(QStringLiteral("wal.db")));
        QVERIFY(opened.store);
        Store &s = *opened.store;
        // About 6 MB through the log, more than the 4 MB that wakes the checkpointer.
        s.execScript(QStringLiteral(
            "CREATE TABLE scratch(b BLOB); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
            "SELECT i + 1 FROM n WHERE i < 1500) INSERT INTO scratch SELECT randomblob(4000) FROM n;"));
        QTRY_VERIFY_WITH_TIMEOUT(s.walCheckpoints() > 0, 10000);
        QCOMPARE(Sql(s.database(), QStringLiteral("SELECT count(*) FROM scratch")).scalar().toInt(), 1500);
        QCOMPARE(Sql(s.database(), QStringLiteral("PRAGMA integrity_check")).scalar().toString(),
                 QStringLiteral("ok"));
    }

    void auditRowsCannotBeChanged() {
        TestStore t;
        QVERIFY(t.count(QStringLiteral("audit")) > 0);
        QSqlQuery q(t.db());
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit SET summary = 'rewritten'")));
        QVERIFY(q.lastError().text().contains(QLatin1String("audit rows cannot be changed")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit")));
        QVERIFY(t.count(QStringLiteral("audit")) > 0);
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "StoreTest.moc"
