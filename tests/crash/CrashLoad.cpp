// techmates-crashload: the program the crash harness kills. It runs the desk's real write path (Store in
// WAL mode, CommandBus, the loan and register commands) in a tight loop and, only after a command has
// committed, prints "done <op id> <command> <entity id>" on stdout. The harness (CrashTest.cpp) SIGKILLs it
// at a random instant and checks that every command reported done is still in the store.
//
//   techmates-crashload --store FILE --prepare     a branch, a librarian and a device type
//   techmates-crashload --store FILE --seed N      cycles until killed (or --cycles N)
//   … --lie                                          also reports an op that never ran (the harness's own
//                                                    test: it must notice)
#include "auth/Actor.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "core/IdSource.h"
#include "devices/DeviceCommands.h"
#include "loans/LoanCommands.h"
#include "loans/RecordWipeCommand.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <unistd.h>

namespace {

// Straight to the file descriptor: nothing sits in a stdio buffer when the kill comes, so what the harness
// reads is exactly what was reported.
void report(const QString &line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            _exit(4);
        }
        written += n;
    }
}

[[noreturn]] void fail(const QString &what) {
    std::fprintf(stderr, "crashload: %s\n", qPrintable(what));
    std::fflush(stderr);
    _exit(1);
}

CommandResult mustRun(CommandBus &bus, Command &command, const Actor &actor) {
    const CommandResult r = bus.execute(command, actor);
    if (!r.ok()) {
        fail(command.name() + QStringLiteral(" was not done: ") + r.message());
    }
    report(QStringLiteral("done %1 %2 %3").arg(r.opId(), command.name(), r.entityId()));
    return r;
}

int prepare(Store &store, CommandBus &bus, const Clock &clock, IdSource &ids) {
    const QString now = clock.now().toString(Qt::ISODateWithMs);
    const QString branchId = ids.newId();
    Sql(store.database(), QStringLiteral("INSERT INTO branches(id, code, name, kind, updated_at) "
                                         "VALUES (:id, 'CEN', 'Central Library', 'library', :now)"))
        .bind(QStringLiteral(":id"), branchId)
        .bind(QStringLiteral(":now"), now)
        .exec();
    for (const auto &[name, role] : {std::pair{QStringLiteral("admin"), Role::Admin},
                                     std::pair{QStringLiteral("librarian"), Role::Librarian}}) {
        CreateUserCommand user({name, name, role, QStringLiteral("password1"), branchId, {}}, true);
        mustRun(bus, user, Actor::system());
    }
    const QString adminId =
        Sql(store.database(), QStringLiteral("SELECT id FROM users WHERE username = 'admin'"))
            .scalar()
            .toString();
    AddDeviceTypeCommand type({QStringLiteral("TAB"),
                               QStringLiteral("Tablet"),
                               QStringLiteral("tablet"),
                               {QStringLiteral("charger"), QStringLiteral("case")},
                               34900});
    mustRun(bus, type, SignInService::loadActor(store, adminId));
    report(QStringLiteral("ready"));
    return 0;
}

// One cycle: a new resident and a new device, lent, returned and wiped. Every step is one command, one
// transaction, writing several tables (residents, devices, loans, wipe records, audit, outbox).
void cycle(CommandBus &bus, const Clock &clock, const Actor &librarian, const QString &stem) {
    Resident resident;
    resident.card = QStringLiteral("C") + stem;
    resident.givenName = QStringLiteral("Crash");
    resident.familyName = QStringLiteral("Test ") + stem;
    resident.eligibilityCriterion = QStringLiteral("Universal Credit");
    resident.referralOrg = QStringLiteral("Citizens Advice");
    AddResidentCommand addResident(resident, clock);
    mustRun(bus, addResident, librarian);

    DeviceDetails device;
    device.tag = QStringLiteral("T") + stem;
    device.typeCode = QStringLiteral("TAB");
    device.branchCode = QStringLiteral("CEN");
    device.serial = QStringLiteral("SN") + stem;
    device.status = DeviceStatus::Available;
    AddDeviceCommand addDevice(device);
    mustRun(bus, addDevice, librarian);

    CheckOutRequest out;
    out.residentCard = resident.card;
    out.deviceTag = device.tag;
    out.signedName = resident.givenName + QLatin1Char(' ') + resident.familyName;
    out.declarationAccepted = true;
    CheckOutCommand checkOut(out);
    mustRun(bus, checkOut, librarian);

    CheckInRequest in;
    in.deviceTag = device.tag;
    in.dataRemoved = true;
    CheckInCommand checkIn(in);
    mustRun(bus, checkIn, librarian);

    RecordWipeCommand wipe({device.tag,
                            QStringLiteral("factory reset"),
                            QStringLiteral("Android recovery"),
                            QStringLiteral("R-") + stem,
                            {}});
    mustRun(bus, wipe, librarian);
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString storePath;
    bool doPrepare = false;
    quint64 seed = 1;
    qint64 cycles = -1;
    bool lie = false;
    while (!args.isEmpty()) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--prepare")) {
            doPrepare = true;
        } else if (opt == QLatin1String("--lie")) {
            lie = true;
        } else if (opt == QLatin1String("--store") && !args.isEmpty()) {
            storePath = args.takeFirst();
        } else if (opt == QLatin1String("--seed") && !args.isEmpty()) {
            seed = args.takeFirst().toULongLong();
        } else if (opt == QLatin1String("--cycles") && !args.isEmpty()) {
            cycles = args.takeFirst().toLongLong();
        } else {
            fail(QStringLiteral(
                "usage: techmates-crashload --store FILE (--prepare | --seed N [--cycles N])"));
        }
    }
    if (storePath.isEmpty()) {
        fail(QStringLiteral("--store is needed"));
    }
    Store::Opened opened = Store::open(storePath);
    if (!opened.store) {
        fail(QStringLiteral("cannot open the store: ") + opened.error);
    }
    Store &store = *opened.store;
    SystemClock clock;
    IdSource ids(seed);
    CommandBus bus(store, clock, ids);
    if (doPrepare) {
        return prepare(store, bus, clock, ids);
    }
    const QString librarianId =
        Sql(store.database(), QStringLiteral("SELECT id FROM users WHERE username = 'librarian'"))
            .scalar()
            .toString();
    if (librarianId.isEmpty()) {
        fail(QStringLiteral("the store was not prepared (no librarian)"));
    }
    const Actor librarian = SignInService::loadActor(store, librarianId);
    // One write, so a harness that has seen "started" has seen the made-up op too.
    report(lie ? QStringLiteral("started\ndone %1 resident.add %2").arg(ids.newId(), ids.newId())
               : QStringLiteral("started"));
    for (qint64 n = 0; cycles < 0 || n < cycles; ++n) {
        // Cards and tags unique across runs: the run's seed and the cycle number.
        cycle(bus, clock, librarian, QStringLiteral("%1X%2").arg(seed).arg(n));
    }
    return 0;
}
