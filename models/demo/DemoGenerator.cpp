#include "DemoGenerator.h"

#include "DemoBadges.h"
#include "DemoClock.h"
#include "DemoContext.h"
#include "DemoLoans.h"
#include "DemoPeople.h"
#include "DemoReference.h"
#include "DemoSessions.h"
#include "DemoStock.h"
#include "DemoTime.h"
#include "DemoTraining.h"
#include "auth/Actor.h"
#include "auth/UserCommands.h"
#include "commands/CommandBus.h"
#include "core/IdSource.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

// Why the bulk of a demo store is written with plain prepared INSERTs rather than through the CommandBus:
// a demo store is a snapshot of a programme that has been running for years, not a history of actions
// taken at this desk. Replaying a million check-outs as commands would fill the audit with events that
// never happened here and queue a million outbox ops; sync instead pushes a pre-existing store's records
// on its first sync. The people who sign in are the exception: they are created with CreateUserCommand,
// so their accounts and password hashes are made exactly as the desk makes them.

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("DemoGenerator", text);
}

void removeStoreFiles(const QString &path) {
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

// Tables the generator fills in bulk. Their secondary indexes and triggers (the resident search index's
// upkeep among them) are dropped while rows go in and recreated from their stored SQL afterwards: building
// them once at the end nearly halves the borough store's generation time (55 s against 100 s measured).
const char *const kBulkTables[] = {"residents",   "devices",         "sims",
                                   "data_offers", "loans",           "wipe_records",
                                   "bookings",    "volunteer_hours", "badge_achievements",
                                   "evidence"};

class SchemaObjects {
public:
    explicit SchemaObjects(DemoContext &ctx)
        : m_ctx(ctx) {}

    void dropForBulkLoad() {
        QByteArray tables;
        for (const char *t : kBulkTables) {
            tables += QByteArray(tables.isEmpty() ? "'" : ", '") + t + "'";
        }
        const QByteArray sql = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                               "AND sql IS NOT NULL AND tbl_name IN (" +
                               tables + ") ORDER BY type, rowid";
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_ctx.db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
            throw StoreError(QString::fromUtf8(sqlite3_errmsg(m_ctx.db)));
        }
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            m_objects.push_back({QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))),
                                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1))),
                                 QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2)))});
        }
        sqlite3_finalize(stmt);
        for (const Object &o : m_objects) {
            m_ctx.exec(QByteArray("DROP " + o.type.toUpper() + " \"" + o.name + "\"").constData());
        }
    }

    // Exactly the SQL the migrations created them with, indexes before triggers.
    void recreate() {
        for (const Object &o : m_objects) {
            m_ctx.exec(o.sql.constData());
        }
    }

private:
    struct Object {
        QByteArray type;
        QByteArray name;
        QByteArray sql;
    };
    DemoContext &m_ctx;
    std::vector<Object> m_objects;
};

void createPeople(Store &store, IdSource &ids, DemoContext &ctx) {
    ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "People who sign in"), 31, 33);
    DemoClock clock(QDateTime::fromSecsSinceEpoch(ctx.now, Qt::UTC));
    CommandBus bus(store, clock, ids);
    const QString centralLibrary = QString::fromLatin1(ctx.branches[size_t(ctx.libraries.front())].id);
    const DemoContext::Volunteer &volunteer = ctx.volunteers.front();
    struct Person {
        const char *username;
        QString displayName;
        Role role;
        QString branchId;
        QString volunteerId;
        QByteArray *id;
    };
    const Person people[] = {
        {"admin", QStringLiteral("Alex Morgan"), Role::Admin, {}, {}, &ctx.adminId},
        {"coordinator",
         QStringLiteral("Priya Sharma"),
         Role::Coordinator,
         centralLibrary,
         {},
         &ctx.coordinatorId},
        {"librarian", QStringLiteral("Tom O'Connor"), Role::Librarian, centralLibrary, {}, &ctx.librarianId},
        {"volunteer",
         volunteer.givenName + QLatin1Char(' ') + volunteer.familyName,
         Role::Volunteer,
         {},
         QString::fromLatin1(volunteer.id),
         &ctx.volunteerUserId},
    };
    for (const Person &p : people) {
        CreateUserCommand command({QLatin1String(p.username), p.displayName, p.role, QStringLiteral("demo"),
                                   p.branchId, p.volunteerId});
        const CommandResult result = bus.execute(command, Actor::system());
        if (!result.ok()) {
            throw StoreError(result.message());
        }
        *p.id = result.entityId().toLatin1();
    }
}

void fill(Store &store, const DemoOptions &options, const DemoGenerator::Progress &progress) {
    auto *db = static_cast<sqlite3 *>(store.sqliteHandle());
    if (!db) {
        throw StoreError(QStringLiteral("The store connection is not SQLite."));
    }
    IdSource ids(options.seed);
    DemoContext ctx(db, ids, options, progress);

    // Bulk-load settings. The file is a private ".partial" that is deleted on any failure, so durability
    // and foreign-key checks on each row buy nothing here; the test suite checks the finished store with
    // PRAGMA foreign_key_check. Restored below to what Store::open sets.
    ctx.exec("PRAGMA foreign_keys=OFF; PRAGMA journal_mode=MEMORY; PRAGMA synchronous=OFF; "
             "PRAGMA cache_size=-262144;");
    SchemaObjects schema(ctx);
    schema.dropForBulkLoad();

    ctx.exec("BEGIN");
    DemoReference::generate(ctx);
    DemoPeople::residents(ctx, 2, 30);
    DemoPeople::volunteers(ctx);
    ctx.exec("COMMIT");

    createPeople(store, ids, ctx);

    ctx.exec("BEGIN");
    DemoStock::planDevices(ctx);
    DemoStock::sims(ctx);
    DemoLoans::generate(ctx, 35, 70);
    DemoSessions::generate(ctx, 70, 82);
    DemoBadges::generate(ctx, 82, 92);
    DemoTraining::generate(ctx, 92, 94);
    ctx.exec("COMMIT");

    ctx.progress(QT_TRANSLATE_NOOP("DemoGenerator", "Indexes and search"), 94, 99);
    ctx.exec("BEGIN");
    schema.recreate();
    ctx.exec("INSERT INTO residents_fts(residents_fts) VALUES ('rebuild')");
    ctx.exec("COMMIT");

    store.setMeta(QStringLiteral("demo_scale"), options.scale == DemoOptions::Scale::Borough
                                                    ? QStringLiteral("borough")
                                                    : QStringLiteral("small"));
    store.setMeta(QStringLiteral("demo_seed"), QString::number(options.seed));
    store.setMeta(QStringLiteral("demo_today"), options.today.toString(Qt::ISODate));

    ctx.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32000; "
             "PRAGMA foreign_keys=ON;");
}

} // namespace

bool DemoGenerator::generate(const QString &outPath, const DemoOptions &options, const Progress &progress,
                             QString *error) {
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (outPath.trimmed().isEmpty()) {
        return fail(tr("No file was named for the demo store."));
    }
    if (!options.today.isValid()) {
        return fail(tr("The demo store needs a date to build its history around."));
    }
    const QFileInfo target(outPath);
    if (target.exists() || target.isSymLink()) {
        return fail(tr("“%1” already exists. A demo store is always written to a new file: choose another "
                       "name, or move the existing file away first.")
                        .arg(outPath));
    }

    const QString partial = outPath + QStringLiteral(".partial");
    removeStoreFiles(partial); // left over from an interrupted run
    try {
        {
            Store::Opened opened = Store::open(partial);
            if (!opened.store) {
                removeStoreFiles(partial);
                return fail(opened.error);
            }
            fill(*opened.store, options, progress);
        } // closing the store checkpoints and removes its -wal and -shm files
        if (QFileInfo::exists(partial + QStringLiteral("-wal"))) {
            throw StoreError(tr("The demo store was not closed cleanly."));
        }
        if (!QFile::rename(partial, outPath)) {
            removeStoreFiles(partial);
            return fail(
                tr("The demo store could not be saved as “%1”: the name is taken or the folder cannot be "
                   "written.")
                    .arg(outPath));
        }
    } catch (const StoreError &e) {
        removeStoreFiles(partial);
        return fail(tr("The demo store could not be written: %1").arg(e.message()));
    } catch (const std::exception &e) {
        removeStoreFiles(partial);
        return fail(tr("The demo store could not be written: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (progress) {
        progress(100, tr("Done"));
    }
    return true;
}
