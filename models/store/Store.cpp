#include "Store.h"

#include "ChangeCapture.h"
#include "Sql.h"
#include "StatementCache.h"
#include "StoreError.h"
#include "SyncedTables.h"
#include "WalCheckpointer.h"
#include "core/HybridClock.h"
#include "core/IdSource.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>

#include <sqlite3.h>

namespace {

// "TMDS": marks an SQLite file as a TechMates store, so we never migrate someone else's database.
constexpr int kApplicationId = 0x544D4453;

QStringList migrationFiles() {
    QDir dir(QStringLiteral(":/migrations"));
    QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return files;
}

int versionOf(const QString &fileName) {
    return fileName.section(QLatin1Char('_'), 0, 0).toInt();
}

QString readResource(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        throw StoreError(QStringLiteral("Missing built-in file %1").arg(path));
    }
    return QString::fromUtf8(f.readAll());
}

bool looksLikeSqlite(const QString &path, QString *error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Store", "Cannot read “%1”: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray header = f.read(16);
    if (header.isEmpty()) {
        return true; // an empty file becomes a new store
    }
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *error = QCoreApplication::translate(
                     "Store", "“%1” is not a TechMates store: it is not an SQLite database file. "
                              "Check the file name, or choose another file.")
                     .arg(path);
        return false;
    }
    return true;
}

int pragmaInt(const QSqlDatabase &db, const QString &name) {
    return Sql(db, QStringLiteral("PRAGMA %1").arg(name)).scalar().toInt();
}

} // namespace

Store::Store(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Store::~Store() {
    m_checkpointer.reset();
    StatementCache::dropConnection(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Store::defaultPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("techmates.db"));
}

int Store::latestSchemaVersion() {
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

Store::Opened Store::open(const QString &path) {
    Opened result;
    if (path.trimmed().isEmpty()) {
        result.error = QCoreApplication::translate("Store", "No store file was named.");
        return result;
    }
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            result.error =
                QCoreApplication::translate("Store", "“%1” is a folder, not a store file.").arg(path);
            return result;
        }
        if (!looksLikeSqlite(path, &result.error)) {
            return result;
        }
    } else if (!QDir().mkpath(info.absolutePath())) {
        result.error = QCoreApplication::translate("Store", "Cannot create the folder “%1” for the store. "
                                                            "Choose a location you can write to.")
                           .arg(info.absolutePath());
        return result;
    }

    static QAtomicInt counter;
    const QString connection = QStringLiteral("techmates-store-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath(), connection));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(store->m_path);
        if (!db.open()) {
            result.error = QCoreApplication::translate("Store", "Cannot open or create the store “%1”: %2. "
                                                                "Choose a location you can write to.")
                               .arg(path, db.lastError().text());
            return result;
        }
    }
    try {
        store->configure();
        store->migrate();
        store->loadIdentity();
    } catch (const StoreError &e) {
        result.error = e.message();
        return result;
    }
    // Residents' data: the store is readable by its owner only (SQLite gives -wal/-shm the same mode).
    QFile::setPermissions(store->m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    store->m_checkpointer = std::make_unique<WalCheckpointer>(store->m_path);
    result.store = std::move(store);
    return result;
}

QSqlDatabase Store::database() const {
    return QSqlDatabase::database(m_connectionName, false);
}

void *Store::sqliteHandle() const {
    const QVariant v = database().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(v.constData());
}

void Store::execScript(const QString &sql) {
    auto *h = static_cast<sqlite3 *>(sqliteHandle());
    if (!h) {
        throw StoreError(QStringLiteral("The store connection is not SQLite."));
    }
    char *err = nullptr;
    if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &err) != SQLITE_OK) {
        const QString message = QString::fromUtf8(err ? err : "unknown error");
        sqlite3_free(err);
        throw StoreError(QStringLiteral("The store could not run a script: %1").arg(message));
    }
}

void Store::configure() {
    const QSqlDatabase db = database();
    auto *h = static_cast<sqlite3 *>(sqliteHandle());
    if (h && sqlite3_db_readonly(h, "main") == 1) {
        throw StoreError(
            QCoreApplication::translate("Store", "The store “%1” can only be read, not written. Check the "
                                                 "file's permissions or choose a location you can write to.")
                .arg(m_path));
    }

    try {
        // Reads the header and the schema pages now, so damage is reported here and not mid-command.
        Sql(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar();
    } catch (const StoreError &) {
        throw StoreError(QCoreApplication::translate("Store", "“%1” is damaged or is not a TechMates store; "
                                                              "it cannot be read. Restore it from a backup.")
                             .arg(m_path));
    }
    const int userVersion = pragmaInt(db, QStringLiteral("user_version"));
    const int appId = pragmaInt(db, QStringLiteral("application_id"));
    const int tables = Sql(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).scalar().toInt();
    if (appId != kApplicationId && (userVersion > 0 || tables > 0)) {
        throw StoreError(QCoreApplication::translate("Store",
                                                     "“%1” is an SQLite database but not a TechMates store. "
                                                     "Choose a TechMates store file.")
                             .arg(m_path));
    }
    if (userVersion > latestSchemaVersion()) {
        throw StoreError(
            QCoreApplication::translate("Store", "The store “%1” was written by a newer version of TechMates "
                                                 "Desk (store version %2; this program knows up to %3). "
                                                 "Install the newer version to open it.")
                .arg(m_path)
                .arg(userVersion)
                .arg(latestSchemaVersion()));
    }

    const QString mode = Sql(db, QStringLiteral("PRAGMA journal_mode=WAL")).scalar().toString();
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        throw StoreError(
            QCoreApplication::translate("Store", "The store “%1” cannot be written (journal mode %2).")
                .arg(m_path, mode));
    }
    // NORMAL in WAL mode: a committed command survives the program being killed at any instant; only a
    // power cut or OS crash can lose the last few commits. That trade keeps scan-to-loan in the low ms.
    // Checkpoints happen off the command path (WalCheckpointer), never inside a command's commit.
    execScript(
        QStringLiteral("PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; "
                       "PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000; PRAGMA wal_autocheckpoint=0;"));
}

void Store::migrate() {
    const QSqlDatabase db = database();
    const int current = pragmaInt(db, QStringLiteral("user_version"));
    for (const QString &file : migrationFiles()) {
        const int version = versionOf(file);
        if (version <= current) {
            continue;
        }
        const QString sql = readResource(QStringLiteral(":/migrations/") + file);
        try {
            execScript(QStringLiteral("BEGIN IMMEDIATE;"));
            execScript(sql);
            execScript(QStringLiteral("PRAGMA application_id=%1; PRAGMA user_version=%2;")
                           .arg(kApplicationId)
                           .arg(version));
            execScript(QStringLiteral("COMMIT;"));
        } catch (const StoreError &e) {
            try {
                execScript(QStringLiteral("ROLLBACK;"));
            } catch (const StoreError &) {
            }
            if (e.message().contains(QLatin1String("readonly"))) {
                throw StoreError(QCoreApplication::translate(
                                     "Store", "The store “%1” can only be read, not written. Check "
                                              "the file's permissions or choose another location.")
                                     .arg(m_path));
            }
            throw StoreError(
                QCoreApplication::translate("Store", "Updating the store to version %1 failed: %2")
                    .arg(version)
                    .arg(e.message()));
        }
    }
}

QString Store::meta(const QString &key) const {
    return Sql(database(), QStringLiteral("SELECT value FROM meta WHERE key = :k"))
        .bind(QStringLiteral(":k"), key)
        .scalar()
        .toString();
}

void Store::setMeta(const QString &key, const QString &value) {
    Sql(database(), QStringLiteral("INSERT INTO meta(key, value) VALUES (:k, :v) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"))
        .bind(QStringLiteral(":k"), key)
        .bind(QStringLiteral(":v"), value)
        .exec();
}

void Store::loadIdentity() {
    m_deskId = meta(QStringLiteral("desk_id"));
    if (m_deskId.isEmpty()) {
        // A desk id only needs to be unique, so it comes from system entropy even in seeded runs.
        m_deskId = IdSource().newId().left(8);
        setMeta(QStringLiteral("desk_id"), m_deskId);
    }
    m_hlc = std::make_unique<HybridClock>(m_deskId, meta(QStringLiteral("hlc_last")));
}

void Store::checkpointNow() {
    Sql(database(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).exec();
}

int Store::schemaVersion() const {
    return pragmaInt(database(), QStringLiteral("user_version"));
}

int Store::walCheckpoints() const {
    return m_checkpointer ? m_checkpointer->checkpoints() : 0;
}

const SyncedTables &Store::syncedTables() {
    if (!m_syncedTables) {
        m_syncedTables = std::make_unique<SyncedTables>(database());
    }
    return *m_syncedTables;
}

void Store::ensureChangeCapture() {
    if (!m_captureInstalled) {
        ChangeCapture::install(database(), syncedTables());
        m_captureInstalled = true;
    }
}
