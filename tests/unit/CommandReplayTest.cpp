// Every command can be rebuilt from its outbox payload and run again elsewhere with the same result
// (DESIGN.md §3–4): the server applies a desk's ops through the same rules. Each test executes commands
// on store A, replays A's outbox in order into store B (migrated, holding only the rows no command writes:
// branches and volunteer records) and compares every synced table, column by column.
#include "LoanFixtures.h"
#include "auth/PasswordHasher.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "commands/Command.h"
#include "commands/CommandRegistry.h"
#include "devices/DeviceCommands.h"
#include "devices/DeviceImport.h"
#include "devices/DeviceMovementCommands.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "loans/LoanRuleCommands.h"
#include "loans/RecordWipeCommand.h"
#include "loans/ReservationCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include "sync/LoanConflictCommands.h"
#include "sync/SeedRowsCommand.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

#include <QTest>
#include <functional>

namespace {
const QString kCard = QStringLiteral("2000000001");
const QString kOtherCard = QStringLiteral("2000000002");
const QString kTag = QStringLiteral("TAB0001");
const QString kMifi = QStringLiteral("MIFI0001");

// Every command name the core can produce. A new command must be added here and to a factories file.
const QStringList kEveryCommand{
    QStringLiteral("conflict.resolve_loan"),
    QStringLiteral("data_offer.issue"),
    QStringLiteral("device.add"),
    QStringLiteral("device.edit"),
    QStringLiteral("device.found"),
    QStringLiteral("device.import"),
    QStringLiteral("device.lost"),
    QStringLiteral("device.repair_return"),
    QStringLiteral("device.repair_send"),
    QStringLiteral("device.retire"),
    QStringLiteral("device.transfer_receive"),
    QStringLiteral("device.transfer_send"),
    QStringLiteral("device_type.add"),
    QStringLiteral("loan.checkin"),
    QStringLiteral("loan.checkout"),
    QStringLiteral("loan.renew"),
    QStringLiteral("loan_rule.remove"),
    QStringLiteral("loan_rule.set"),
    QStringLiteral("loan_terms.publish"),
    QStringLiteral("reservation.add"),
    QStringLiteral("reservation.cancel"),
    QStringLiteral("resident.add"),
    QStringLiteral("resident.edit"),
    QStringLiteral("sim.add"),
    QStringLiteral("sync.loan_conflict"),
    QStringLiteral("sync.seed"),
    QStringLiteral("user.create"),
    QStringLiteral("wipe.record"),
};

// Modules with their own replay tests: BookingReplayTest (availability, bookings, events, hours, volunteers),
// SkillsBadgeTest (badges, the catalogue, award levels) and TrainingTest (training).
bool replayedElsewhere(const QString &name) {
    static const QStringList prefixes{
        QStringLiteral("availability."), QStringLiteral("booking."),         QStringLiteral("event."),
        QStringLiteral("hours."),        QStringLiteral("volunteer."),       QStringLiteral("award_level."),
        QStringLiteral("badge."),        QStringLiteral("badge_catalogue."), QStringLiteral("training.")};
    for (const QString &prefix : prefixes) {
        if (name.startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

void mustSucceed(const CommandResult &r, const char *what) {
    if (!r.ok()) {
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message())));
    }
}

// One outbox row, as the sync client will push it.
struct Op {
    QString opId;
    QString command;
    QJsonObject payload;
    QString hlc;
    QString userId;
    QString createdAt;
    QStringList ids;
};

QList<Op> outbox(TestStore &t, int afterSeq = 0) {
    QList<Op> ops;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("SELECT op_id, command, payload, hlc, coalesce(user_id, ''), created_at, ids "
                             "FROM outbox WHERE seq > :s ORDER BY seq"));
    q.bindValue(QStringLiteral(":s"), afterSeq);
    if (!q.exec()) {
        qFatal("outbox query failed");
    }
    while (q.next()) {
        ops.append({q.value(0).toString(), q.value(1).toString(),
                    QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)});
    }
    return ops;
}

Actor actorFor(TestStore &b, const Op &op) {
    return op.userId.isEmpty() ? Actor::system() : SignInService::loadActor(b.store(), op.userId);
}

// Rebuilds an op with the standard registry and replays it on `b` as the server would (no outbox row).
CommandResult replay(TestStore &b, const QString &deskId, const Op &op) {
    QString error;
    std::unique_ptr<Command> command = CommandRegistry::standard().build(op.command, op.payload, &error);
    if (!command) {
        return CommandResult::failed(error);
    }
    const ReplayStamp stamp{op.opId, QDateTime::fromString(op.createdAt, Qt::ISODateWithMs), op.hlc, deskId,
                            op.ids};
    return b.bus().replay(*command, actorFor(b, op), stamp, false);
}

// The synced tables: every table whose rows carry an hlc and updated_at stamp (the settings are keyed by
// name; the outbox is not a synced table).
QStringList syncedTables(TestStore &t) {
    QStringList tables;
    QSqlQuery q(t.db());
    if (!q.exec(QStringLiteral(
            "SELECT name FROM sqlite_master m WHERE type = 'table' AND EXISTS "
            "(SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'hlc') AND EXISTS (SELECT 1 FROM "
            "pragma_table_info(m.name) WHERE name = 'updated_at') ORDER BY name"))) {
        qFatal("table list failed");
    }
    while (q.next()) {
        tables.append(q.value(0).toString());
    }
    return tables;
}

// Every row of a table as text, every column with its type, in key order.
QStringList rows(TestStore &t, const QString &table) {
    QSqlQuery q(t.db());
    const QString key = table == QLatin1String("settings") ? QStringLiteral("key")
                        : table == QLatin1String("audit")  ? QStringLiteral("seq")
                                                           : QStringLiteral("id");
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(table, key))) {
        qFatal("cannot read %s", qPrintable(table));
    }
    QStringList out;
    while (q.next()) {
        QStringList cells;
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            cells.append(record.fieldName(i) + QLatin1Char('=') +
                         (v.isNull() ? QStringLiteral("NULL") : v.toString()));
        }
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

// A fresh store B holding what no command writes (branches, volunteer records), copied from A.
std::unique_ptr<TestStore> replica(TestStore &a) {
    auto b = std::make_unique<TestStore>(false, 7);
    for (const char *table : {"branches", "volunteers"}) {
        QSqlQuery read(a.db());
        if (!read.exec(QStringLiteral("SELECT * FROM ") + QLatin1String(table))) {
            qFatal("cannot read %s", table);
        }
        while (read.next()) {
            const QSqlRecord r = read.record();
            QStringList columns;
            QStringList marks;
            for (int i = 0; i < r.count(); ++i) {
                columns.append(r.fieldName(i));
                marks.append(QStringLiteral("?"));
            }
            QSqlQuery write(b->db());
            write.prepare(
                QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                    .arg(QLatin1String(table), columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
            for (int i = 0; i < r.count(); ++i) {
                write.addBindValue(read.value(i));
            }
            if (!write.exec()) {
                qFatal("cannot copy %s", table);
            }
        }
    }
    return b;
}

// A's outbox replayed into a fresh B, every op must be applied.
std::unique_ptr<TestStore> replayAll(TestStore &a) {
    std::unique_ptr<TestStore> b = replica(a);
    for (const Op &op : outbox(a)) {
        const CommandResult r = replay(*b, a.store().deskId(), op);
        if (!r.ok()) {
            qWarning("replaying %s failed: %s", qPrintable(op.command), qPrintable(r.message()));
            return nullptr;
        }
    }
    return b;
}

// Every synced table (and the audit) holds the same rows, every column.
void compareStores(TestStore &a, TestStore &b) {
    QStringList tables = syncedTables(a);
    QVERIFY(tables.contains(QStringLiteral("loans")));
    QVERIFY(tables.contains(QStringLiteral("users")));
    tables.append(QStringLiteral("audit"));
    for (const QString &table : std::as_const(tables)) {
        const QStringList inA = rows(a, table);
        const QStringList inB = rows(b, table);
        for (qsizetype i = 0; i < std::min(inA.size(), inB.size()); ++i) {
            QCOMPARE(inB.at(i), inA.at(i));
        }
        QCOMPARE(QStringLiteral("%1: %2 rows").arg(table).arg(inB.size()),
                 QStringLiteral("%1: %2 rows").arg(table).arg(inA.size()));
    }
}

QString snapshotAll(TestStore &t) {
    QStringList all;
    QStringList tables = syncedTables(t);
    tables.append(QStringLiteral("audit"));
    for (const QString &table : std::as_const(tables)) {
        all += rows(t, table);
    }
    return all.join(QLatin1Char('\n'));
}

// ---- the commands, one helper each, as the desk would run them ----

struct Desk {
    TestStore &t;
    LoanFixtures &f;

    void tick() { t.clock().advanceSeconds(90); }
    CommandResult run(Command &cmd, const Actor &actor) {
        tick();
        return t.bus().execute(cmd, actor);
    }
    CommandResult run(Command &&cmd, const Actor &actor) { return run(cmd, actor); }
    Actor librarian() { return t.librarian(); }
    Actor admin() { return t.admin(); }
    // A second, offline check-out of a lent device, as the server records it: closed, with a conflict.
    CommandResult recordLoanConflict() {
        addResident(kCard);
        addDevice(kTag);
        mustSucceed(checkOut(kCard, kTag), "checkOut");
        const QString other = QStringLiteral("2000000099");
        mustSucceed(addResident(other), "addResident");
        auto id = [this](const QString &sql) { return Sql(t.db(), sql).scalar().toString(); };
        const QJsonObject checkout{
            {QStringLiteral("id"), QStringLiteral("7a0c7c62-2f4e-4b8e-9d11-00000000c0f1")},
            {QStringLiteral("device_id"), id(QStringLiteral("SELECT id FROM devices LIMIT 1"))},
            {QStringLiteral("device_tag"), kTag},
            {QStringLiteral("resident_id"),
             id(QStringLiteral("SELECT id FROM residents WHERE card = '2000000099'"))},
            {QStringLiteral("resident_card"), other},
            {QStringLiteral("branch_id"), id(QStringLiteral("SELECT branch_id FROM devices LIMIT 1"))},
            {QStringLiteral("checked_out_at"), t.clock().now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("due_on"), QStringLiteral("2026-04-01")}};
        return run(RecordLoanConflictCommand(checkout, QStringLiteral("It is already on loan.")), admin());
    }

    CommandResult addResident(const QString &card) {
        Resident r;
        r.card = card;
        r.givenName = QStringLiteral("Amara");
        r.familyName = QStringLiteral("Nwosu");
        r.dateOfBirth = QDate(1948, 5, 17);
        r.phone = QStringLiteral("0113 496 0000");
        r.email = QStringLiteral("amara@example.org");
        r.address = QStringLiteral("12 Chapel Street, Leeds");
        r.postcode = QStringLiteral("ls6 2ab");
        r.eligibilityCriterion = QStringLiteral("Universal Credit");
        r.referralOrg = QStringLiteral("Citizens Advice");
        r.consentPhone = true;
        r.consentPost = true;
        r.notes = QStringLiteral("Prefers mornings; hard of hearing");
        return run(AddResidentCommand(r), librarian());
    }
    CommandResult editResident(const QString &id) {
        tick();
        Resident r = *ResidentRepositoryLoad(id);
        r.phone = QStringLiteral("07700 900123");
        r.notes = QStringLiteral("Moved in with her daughter");
        r.dateOfBirth = {};
        r.consentSms = true;
        return run(EditResidentCommand(r), librarian());
    }
    std::optional<Resident> ResidentRepositoryLoad(const QString &id);

    CommandResult addDevice(const QString &tag, const QString &type = QStringLiteral("TAB"),
                            const QString &sim = {}) {
        DeviceDetails d;
        d.tag = tag;
        d.typeCode = type;
        d.branchCode = QStringLiteral("CEN");
        d.serial = QStringLiteral("SN-") + tag;
        d.make = QStringLiteral("Samsung");
        d.model = QStringLiteral("Galaxy Tab A9+");
        d.acquiredOn = QDate(2025, 9, 30);
        d.notes = QStringLiteral("blue case");
        d.simIccid = sim;
        return run(AddDeviceCommand(d), librarian());
    }
    CommandResult addSim(int n) {
        return run(AddSimCommand({QStringLiteral("sim"), LoanFixtures::iccid(n), QStringLiteral("Vodafone"),
                                  20, 6, QStringLiteral("CEN")}),
                   librarian());
    }
    CommandResult checkOut(const QString &card, const QString &tag) {
        CheckOutRequest request;
        request.residentCard = card;
        request.deviceTag = tag;
        request.signedName = QStringLiteral("Amara Nwosu");
        request.declarationAccepted = true;
        return run(CheckOutCommand(request), librarian());
    }
    CommandResult checkIn(const QString &tag, bool damaged = false) {
        CheckInRequest request;
        request.deviceTag = tag;
        request.condition = damaged ? CheckInRequest::Condition::Damaged : CheckInRequest::Condition::Good;
        request.missingKit = {QStringLiteral("charger")};
        request.dataRemoved = true;
        request.note = QStringLiteral("scratch on the back");
        return run(CheckInCommand(request), librarian());
    }
    CommandResult wipe(const QString &tag) {
        return run(RecordWipeCommand({tag,
                                      QStringLiteral("factory reset"),
                                      QStringLiteral("Android recovery"),
                                      QStringLiteral("R-1"),
                                      {}}),
                   librarian());
    }
    CommandResult renew(const QString &tag) {
        t.clock().advanceDays(50);
        return run(RenewCommand({tag, {}}), librarian());
    }
    CommandResult reserve(const QString &card) {
        return run(ReserveCommand(card, QStringLiteral("tab"), {}), librarian());
    }
    CommandResult importDevices() {
        const QByteArray csv = QStringLiteral("Asset Tag,Category,Location,Serial,Status,Purchased,Notes\n"
                                              "IMP-1,TAB,Central Library,S1,Ready to Deploy,2025-09-30,"
                                              "\"Returned by Łukasz Nowak\"\n"
                                              "IMP-2,MIFI,NOR,S2,,30/09/2025,\n"
                                              "IMP-3,NOPE,CEN,S3,,,\n"
                                              "IMP-4,TAB,NOR,S4,Archived,,\n")
                                   .toUtf8();
        DeviceImportOptions options;
        options.validOnly = true;
        return run(ImportDevicesCommand(csv, options), librarian());
    }
};

std::optional<Resident> Desk::ResidentRepositoryLoad(const QString &id) {
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("SELECT * FROM residents WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    QVariantMap values;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        values.insert(r.fieldName(i), q.value(i));
    }
    return Resident::fromColumnValues(values);
}

using Scenario = std::function<CommandResult(Desk &)>;

QString loanRuleId(TestStore &t) {
    return Sql(t.db(), QStringLiteral("SELECT id FROM loan_rules WHERE device_type_id IS NOT NULL"))
        .scalar()
        .toString();
}
} // namespace

Q_DECLARE_METATYPE(Scenario)

class CommandReplayTest : public QObject {
    Q_OBJECT

private slots:
    // The registry knows every command listed here, and every other command it knows belongs to a module
    // whose own replay test covers it.
    void theRegistryKnowsEveryCommand() {
        const QStringList names = CommandRegistry::standard().names();
        for (const QString &name : kEveryCommand) {
            QVERIFY2(names.contains(name), qPrintable(name));
        }
        for (const QString &name : names) {
            QVERIFY2(kEveryCommand.contains(name) || replayedElsewhere(name),
                     qPrintable(name + QStringLiteral(" has no replay test")));
        }
    }

    void everyCommandReplays_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<Scenario>("scenario");
        for (const Case &c : cases()) {
            QTest::newRow(c.tag) << QString::fromLatin1(c.command) << c.scenario;
        }
    }

    // Every command the registry knows has at least one replay case above.
    void everyRegisteredCommandHasAReplayCase() {
        QStringList covered;
        for (const Case &c : cases()) {
            if (!covered.contains(QString::fromLatin1(c.command))) {
                covered.append(QString::fromLatin1(c.command));
            }
        }
        std::sort(covered.begin(), covered.end());
        QStringList registered = CommandRegistry::standard().names();
        registered.removeIf(replayedElsewhere);
        QCOMPARE(covered, registered);
    }

private:
    struct Case {
        const char *tag;
        const char *command;
        Scenario scenario;
    };

    static QList<Case> cases() {
        QList<Case> out;
        auto row = [&out](const char *tag, const char *command, Scenario s) {
            out.append({tag, command, std::move(s)});
        };
        row("resident.add", "resident.add", [](Desk &d) { return d.addResident(kCard); });
        row("resident.add with a generated card", "resident.add", [](Desk &d) { return d.addResident({}); });
        row("resident.edit", "resident.edit", [](Desk &d) {
            const CommandResult added = d.addResident(kCard);
            return d.editResident(added.entityId());
        });
        row("user.create", "user.create", [](Desk &d) {
            return d.run(CreateUserCommand({QStringLiteral("newbie"),
                                            QStringLiteral("New Person"),
                                            Role::Librarian,
                                            QStringLiteral("long enough"),
                                            d.t.branchId(),
                                            {}},
                                           true),
                         d.admin());
        });
        row("device_type.add", "device_type.add", [](Desk &d) {
            return d.run(AddDeviceTypeCommand({QStringLiteral("CHROME"),
                                               QStringLiteral("Chromebook 14"),
                                               QStringLiteral("chromebook"),
                                               {QStringLiteral("charger"), QStringLiteral("sleeve")},
                                               24900}),
                         d.admin());
        });
        row("device.add", "device.add", [](Desk &d) { return d.addDevice(kTag); });
        row("device.add with a SIM", "device.add", [](Desk &d) {
            d.addSim(1);
            return d.addDevice(kMifi, QStringLiteral("MIFI"), LoanFixtures::iccid(1));
        });
        row("device.edit", "device.edit", [](Desk &d) {
            d.addSim(1);
            const CommandResult added = d.addDevice(kMifi, QStringLiteral("MIFI"));
            DeviceDetails details;
            details.tag = QStringLiteral("mifi0002");
            details.typeCode = QStringLiteral("MIFI");
            details.serial = QStringLiteral("SN-NEW");
            details.notes = QStringLiteral("new label");
            details.simIccid = LoanFixtures::iccid(1);
            return d.run(EditDeviceCommand(added.entityId(), 1, details), d.librarian());
        });
        row("device.import", "device.import", [](Desk &d) { return d.importDevices(); });
        row("device.repair_send", "device.repair_send", [](Desk &d) {
            d.addDevice(kTag);
            return d.run(SendToRepairCommand(kTag, QStringLiteral("screen cracked")), d.librarian());
        });
        row("device.repair_return", "device.repair_return", [](Desk &d) {
            d.addDevice(kTag);
            d.run(SendToRepairCommand(kTag, QStringLiteral("screen cracked")), d.librarian());
            return d.run(ReturnFromRepairCommand(kTag, QStringLiteral("new screen")), d.librarian());
        });
        row("device.lost on loan", "device.lost", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            d.checkOut(kCard, kTag);
            return d.run(MarkLostCommand(kTag, QStringLiteral("left on a bus")), d.librarian());
        });
        row("device.found", "device.found", [](Desk &d) {
            d.addDevice(kTag);
            d.run(MarkLostCommand(kTag, {}), d.librarian());
            return d.run(MarkFoundCommand(kTag, QStringLiteral("NOR"), QStringLiteral("handed in")),
                         d.librarian());
        });
        row("device.retire with a SIM", "device.retire", [](Desk &d) {
            d.addSim(1);
            d.addDevice(kMifi, QStringLiteral("MIFI"), LoanFixtures::iccid(1));
            return d.run(RetireDeviceCommand(kMifi, QStringLiteral("battery swollen")), d.librarian());
        });
        row("device.transfer_send", "device.transfer_send", [](Desk &d) {
            d.addDevice(kTag);
            return d.run(SendTransferCommand(kTag, QStringLiteral("nor")), d.librarian());
        });
        row("device.transfer_receive", "device.transfer_receive", [](Desk &d) {
            d.addDevice(kTag);
            d.run(SendTransferCommand(kTag, QStringLiteral("NOR")), d.librarian());
            return d.run(ReceiveTransferCommand(kTag, QStringLiteral("in the van")), d.librarian());
        });
        row("loan.checkout", "loan.checkout", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            return d.checkOut(kCard, kTag);
        });
        // Sync's own commands: a device lent at two desks kept as a conflict, its resolution, and seeding.
        row("sync.loan_conflict", "sync.loan_conflict", [](Desk &d) { return d.recordLoanConflict(); });
        row("conflict.resolve_loan, swap", "conflict.resolve_loan", [](Desk &d) {
            const CommandResult recorded = d.recordLoanConflict();
            if (!recorded.ok()) {
                return recorded;
            }
            return d.run(ResolveLoanConflictCommand(recorded.entityId(),
                                                    ResolveLoanConflictCommand::Choice::Swap,
                                                    QStringLiteral("the other resident came in with it")),
                         d.admin());
        });
        row("sync.seed", "sync.seed", [](Desk &d) {
            const QString id = QStringLiteral("0d6f3c1e-5b7a-4c2e-9f00-00000000abcd");
            const QJsonObject badge{
                {QStringLiteral("id"), id},
                {QStringLiteral("code"), QStringLiteral("SEED-1")},
                {QStringLiteral("name"), QStringLiteral("Seeded badge")},
                {QStringLiteral("category"), QStringLiteral("Citizen")},
                {QStringLiteral("points"), 25},
                {QStringLiteral("updated_at"), QStringLiteral("2026-03-02T09:00:00.000Z")}};
            return d.run(SeedRowsCommand({{0, QStringLiteral("badge_catalogue"), id, badge}}), d.admin());
        });
        row("loan.checkout on paper, fulfilling a reservation", "loan.checkout", [](Desk &d) {
            d.addResident(kCard);
            d.reserve(kCard);
            d.addDevice(kTag);
            CheckOutRequest request;
            request.residentCard = kCard;
            request.deviceTag = kTag;
            request.agreement = LoanAgreement::Method::Paper;
            request.kitOut = QStringList{QStringLiteral("charger")};
            return d.run(CheckOutCommand(request), d.librarian());
        });
        row("loan.checkin", "loan.checkin", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            d.checkOut(kCard, kTag);
            return d.checkIn(kTag, true);
        });
        row("loan.renew", "loan.renew", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            d.checkOut(kCard, kTag);
            return d.renew(kTag);
        });
        row("wipe.record, offering the device to the next in line", "wipe.record", [](Desk &d) {
            d.addResident(kCard);
            d.addResident(kOtherCard);
            d.addDevice(kTag);
            d.checkOut(kCard, kTag);
            d.reserve(kOtherCard);
            d.checkIn(kTag);
            return d.wipe(kTag);
        });
        row("reservation.add", "reservation.add", [](Desk &d) {
            d.addResident(kCard);
            return d.reserve(kCard);
        });
        row("reservation.add, offered at once", "reservation.add", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            return d.reserve(kCard);
        });
        row("reservation.cancel", "reservation.cancel", [](Desk &d) {
            d.addResident(kCard);
            d.addDevice(kTag);
            const CommandResult reserved = d.reserve(kCard);
            return d.run(CancelReservationCommand(reserved.entityId(), QStringLiteral("moved away")),
                         d.librarian());
        });
        row("sim.add", "sim.add", [](Desk &d) { return d.addSim(1); });
        row("data_offer.issue", "data_offer.issue", [](Desk &d) {
            d.addResident(kCard);
            d.addSim(1);
            return d.run(IssueDataOfferCommand({kCard, LoanFixtures::iccid(1), QDate(2026, 2, 20)}),
                         d.librarian());
        });
        row("loan_rule.set", "loan_rule.set", [](Desk &d) {
            return d.run(SetLoanRuleCommand({QStringLiteral("standard"), QStringLiteral("tab"),
                                             QStringLiteral("NOR"), 28, 1, 2, QDate(2026, 12, 31)}),
                         d.admin());
        });
        row("loan_rule.set on an existing cell", "loan_rule.set", [](Desk &d) {
            return d.run(SetLoanRuleCommand({QStringLiteral("standard"), {}, {}, 42, 3, 1, {}}), d.admin());
        });
        row("loan_rule.remove", "loan_rule.remove", [](Desk &d) {
            d.run(SetLoanRuleCommand({QStringLiteral("standard"), QStringLiteral("TAB"), {}, 28, 1, 1, {}}),
                  d.admin());
            return d.run(RemoveLoanRuleCommand(loanRuleId(d.t)), d.admin());
        });
        row("loan_terms.publish", "loan_terms.publish", [](Desk &d) {
            return d.run(PublishLoanTermsCommand(QStringLiteral("I will look after the device and bring it "
                                                                "back on time, with its kit."),
                                                 {}),
                         d.admin());
        });
        return out;
    }

private slots:
    // Executed on A, rebuilt from A's outbox and replayed (after A's earlier ops) on B: the same rows, every
    // column. Replaying the op a second time is refused and writes nothing.
    void everyCommandReplays() {
        QFETCH(QString, command);
        QFETCH(Scenario, scenario);
        TestStore a;
        LoanFixtures f(a);
        Desk desk{a, f};
        const CommandResult r = scenario(desk);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const QList<Op> ops = outbox(a);
        QCOMPARE(ops.constLast().command, command);

        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        compareStores(a, *b);
        if (QTest::currentTestFailed()) {
            return;
        }

        const QString before = snapshotAll(*b);
        Op again = ops.constLast();
        again.opId = a.ids().newId();
        const CommandResult second = replay(*b, a.store().deskId(), again);
        if (command == QLatin1String("sync.seed")) {
            // Seeding is idempotent rather than refused: a first sync that is run again re-sends rows the
            // server already holds, and they are left as they are.
            QVERIFY2(second.ok(), qPrintable(second.message()));
            QVERIFY2(second.message().contains(QLatin1String("Seeded 0 of 1")), qPrintable(second.message()));
            return;
        }
        QCOMPARE(second.status(), CommandResult::Status::Refused);
        QVERIFY(!second.message().isEmpty());
        QCOMPARE(snapshotAll(*b), before);
    }

    // A realistic morning at the desk, then A's whole outbox replayed into an empty store B: B is A.
    void replayingTheWholeOutboxReproducesTheStore() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        mustSucceed(d.addResident(kCard), "resident");
        mustSucceed(d.addResident(kOtherCard), "resident");
        const CommandResult generated = d.addResident({});
        mustSucceed(generated, "resident with a generated card");
        mustSucceed(d.editResident(generated.entityId()), "edit resident");
        mustSucceed(d.addSim(1), "sim");
        mustSucceed(d.addSim(2), "sim");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.addDevice(QStringLiteral("TAB0002")), "device");
        mustSucceed(d.addDevice(kMifi, QStringLiteral("MIFI"), LoanFixtures::iccid(1)), "mifi");
        mustSucceed(d.importDevices(), "import");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        mustSucceed(d.checkOut(kOtherCard, kMifi), "check out mifi");
        mustSucceed(d.renew(kTag), "renew");
        mustSucceed(d.reserve(kCard), "reserve"); // TAB0002 is free: offered at once
        mustSucceed(d.checkIn(kTag), "check in");
        mustSucceed(d.wipe(kTag), "wipe");
        mustSucceed(d.checkIn(kMifi, true), "check in damaged");
        mustSucceed(d.run(ReturnFromRepairCommand(kMifi, {}), d.librarian()), "back from repair");
        mustSucceed(d.wipe(kMifi), "wipe mifi");
        mustSucceed(d.run(SendTransferCommand(kTag, QStringLiteral("NOR"), QStringLiteral("for Tuesday")),
                          d.librarian()),
                    "send");
        mustSucceed(d.run(ReceiveTransferCommand(kTag), d.librarian()), "receive");
        mustSucceed(d.run(MarkLostCommand(QStringLiteral("IMP-1"), {}), d.librarian()), "lost");
        mustSucceed(d.run(MarkFoundCommand(QStringLiteral("IMP-1"), {}), d.librarian()), "found");
        mustSucceed(d.run(RetireDeviceCommand(kMifi, QStringLiteral("battery")), d.librarian()), "retire");
        mustSucceed(d.run(IssueDataOfferCommand({kOtherCard, LoanFixtures::iccid(2), {}}), d.librarian()),
                    "data offer");
        mustSucceed(
            d.run(SetLoanRuleCommand({QStringLiteral("standard"), QStringLiteral("MIFI"), {}, 28, 1, 1, {}}),
                  d.admin()),
            "loan rule");
        mustSucceed(d.run(RemoveLoanRuleCommand(loanRuleId(a)), d.admin()), "remove rule");
        mustSucceed(d.run(PublishLoanTermsCommand(QStringLiteral("Version two of the terms: look after it, "
                                                                 "bring it back."),
                                                  QDate(2026, 9, 1)),
                          d.admin()),
                    "terms");
        mustSucceed(d.run(CreateUserCommand({QStringLiteral("newbie"),
                                             QStringLiteral("New Person"),
                                             Role::Librarian,
                                             QStringLiteral("long enough"),
                                             a.branchId(),
                                             {}},
                                            true),
                          d.admin()),
                    "user");
        QCOMPARE(outbox(a).size(), 4 + 2 + 29); // users, device types, then the morning's ops

        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        compareStores(a, *b);
        QCOMPARE(b->count(QStringLiteral("outbox")), 0); // the server does not forward what it replays
    }

    // The person signs in everywhere with the password they chose: the replayed user has the same hash.
    void aReplayedUserKeepsTheirPasswordHash() {
        TestStore a;
        CreateUserCommand create({QStringLiteral("newbie"),
                                  QStringLiteral("New Person"),
                                  Role::Librarian,
                                  QStringLiteral("long enough"),
                                  a.branchId(),
                                  {}},
                                 true);
        const CommandResult r = a.bus().execute(create, a.admin());
        QVERIFY(r.ok());
        const Op op = outbox(a).constLast();
        const QString hash = op.payload.value(QStringLiteral("password_hash")).toString();
        QVERIFY(hash.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(!QJsonDocument(op.payload).toJson().contains("long enough"));
        const QString audit =
            Sql(a.db(),
                QStringLiteral("SELECT payload FROM audit WHERE command = 'user.create' ORDER BY seq DESC"))
                .scalar()
                .toString();
        QVERIFY(!audit.contains(QStringLiteral("argon2")));
        QVERIFY(!audit.contains(QStringLiteral("New Person")));

        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        const QString stored =
            Sql(b->db(), QStringLiteral("SELECT password_hash FROM users WHERE username = 'newbie'"))
                .scalar()
                .toString();
        QCOMPARE(stored, hash);
        QVERIFY(PasswordHasher::verify(stored, QStringLiteral("long enough")));

        // A payload whose hash is not Argon2id is refused, not stored.
        Op forged = op;
        forged.opId = a.ids().newId();
        forged.payload.insert(QStringLiteral("username"), QStringLiteral("forged"));
        forged.payload.insert(QStringLiteral("password_hash"), QStringLiteral("plain text"));
        forged.ids = {a.ids().newId()};
        const CommandResult refused = replay(*b, a.store().deskId(), forged);
        QCOMPARE(refused.status(), CommandResult::Status::Refused);
        QCOMPARE(Sql(b->db(), QStringLiteral("SELECT count(*) FROM users WHERE username = 'forged'"))
                     .scalar()
                     .toInt(),
                 0);
    }

    // A card the desk generated is read back from the payload, not generated again.
    void aGeneratedCardIsKept() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        const CommandResult r = d.addResident({});
        QVERIFY(r.ok());
        const QString card = outbox(a).constLast().payload.value(QStringLiteral("card")).toString();
        QVERIFY(card.startsWith(QStringLiteral("TM")));
        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        QCOMPARE(Sql(b->db(), QStringLiteral("SELECT card FROM residents")).scalar().toString(), card);
    }

    // On replay the rules judge "today" by the op's own time, not the replaying machine's clock.
    void aReplayJudgesTheDayOfTheOp() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        mustSucceed(d.addResident(kCard), "resident");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        std::unique_ptr<TestStore> b = replica(a);
        b->clock().advanceDays(400); // the server's clock is far ahead: the loan would be long overdue
        for (const Op &op : outbox(a)) {
            const CommandResult r = replay(*b, a.store().deskId(), op);
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        compareStores(a, *b);
        QCOMPARE(Sql(b->db(), QStringLiteral("SELECT due_on FROM loans")).scalar().toString(),
                 QStringLiteral("2026-04-27"));
    }

    // An op that arrives late must not act on a later state: an old check-in cannot end the device's next
    // loan, and a renewal is never applied twice.
    void aStaleOpIsRefusedInsteadOfActingOnALaterState() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        mustSucceed(d.addResident(kCard), "resident");
        mustSucceed(d.addResident(kOtherCard), "resident");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        mustSucceed(d.renew(kTag), "renew");
        const Op renewal = outbox(a).constLast();
        mustSucceed(d.checkIn(kTag), "check in");
        const Op checkIn = outbox(a).constLast();
        mustSucceed(d.wipe(kTag), "wipe");
        mustSucceed(d.checkOut(kOtherCard, kTag), "second loan");
        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        const QString before = snapshotAll(*b);

        Op late = checkIn;
        late.opId = a.ids().newId();
        const CommandResult r = replay(*b, a.store().deskId(), late);
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY2(r.message().contains(QStringLiteral("different loan")), qPrintable(r.message()));

        // The first loan's renewal would be renewal 1 of the second loan too: refused by its loan.
        Op stale = renewal;
        stale.opId = a.ids().newId();
        const CommandResult other = replay(*b, a.store().deskId(), stale);
        QCOMPARE(other.status(), CommandResult::Status::Refused);
        QVERIFY2(other.message().contains(QStringLiteral("different loan")), qPrintable(other.message()));
        QCOMPARE(snapshotAll(*b), before);
    }

    // The same renewal twice on one loan renews it once.
    void aRenewalIsAppliedOnce() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        mustSucceed(d.addResident(kCard), "resident");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        mustSucceed(d.renew(kTag), "renew");
        std::unique_ptr<TestStore> b = replayAll(a);
        QVERIFY(b);
        Op again = outbox(a).constLast();
        again.opId = a.ids().newId();
        again.createdAt = a.clock().now().addDays(60).toString(Qt::ISODateWithMs); // inside the next window
        const CommandResult twice = replay(*b, a.store().deskId(), again);
        QCOMPARE(twice.status(), CommandResult::Status::Refused);
        QVERIFY2(twice.message().contains(QStringLiteral("renewed since")), qPrintable(twice.message()));
        QCOMPARE(Sql(b->db(), QStringLiteral("SELECT renewals FROM loans")).scalar().toInt(), 1);
    }

    void anUnknownCommandIsRefusedByName() {
        QString error;
        QVERIFY(!CommandRegistry::standard().build(QStringLiteral("loan.teleport"), {}, &error));
        QVERIFY2(error.contains(QStringLiteral("loan.teleport")), qPrintable(error));
        QVERIFY(!CommandRegistry::standard().knows(QStringLiteral("loan.teleport")));
    }

    void aBadPayloadIsRefusedNamingTheField_data() {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value"); // undefined: the field is removed
        auto row = [](const char *command, const char *field, const QJsonValue &value) {
            QTest::addRow("%s %s %s", command, field, value.isUndefined() ? "missing" : "mistyped")
                << QString::fromLatin1(command) << QString::fromLatin1(field) << value;
        };
        row("loan.checkout", "device_tag", QJsonValue::Undefined);
        row("loan.checkout", "declaration_accepted", QStringLiteral("yes"));
        row("loan.checkout", "kit_out", 3);
        row("loan.checkout", "agreement", QStringLiteral("verbal"));
        row("loan.checkin", "missing", QJsonValue::Undefined);
        row("loan.checkin", "condition", QStringLiteral("soggy"));
        row("loan.renew", "renewal", 1.5);
        row("wipe.record", "wiped_at", QStringLiteral("yesterday"));
        row("resident.add", "given_name", QJsonValue::Undefined);
        row("resident.add", "consent_sms", QStringLiteral("maybe"));
        row("resident.edit", "fields", QJsonArray{});
        row("user.create", "password_hash", QJsonValue::Undefined);
        row("user.create", "role", QStringLiteral("overlord"));
        row("device.add", "status", QStringLiteral("melted"));
        row("device.import", "devices", QStringLiteral("all of them"));
        row("device.transfer_send", "to_branch_code", QJsonValue::Undefined);
        row("loan_rule.set", "loan_days", QStringLiteral("28"));
        row("loan_terms.publish", "effective_from", QStringLiteral("soon"));
        row("data_offer.issue", "resident_card", QJsonValue::Null);
        row("sim.add", "gb_per_month", QJsonValue::Undefined);
    }

    // Taken from a real op, one field removed or spoilt: build() says which field, and nothing is written.
    void aBadPayloadIsRefusedNamingTheField() {
        QFETCH(QString, command);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        // One op of every kind asked for here.
        mustSucceed(d.addResident(kCard), "resident");
        mustSucceed(d.editResident(outbox(a).constLast().payload.value(QStringLiteral("id")).toString()),
                    "edit");
        mustSucceed(d.addSim(1), "sim");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.importDevices(), "import");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        mustSucceed(d.renew(kTag), "renew");
        mustSucceed(d.checkIn(kTag), "check in");
        mustSucceed(d.wipe(kTag), "wipe");
        mustSucceed(d.run(SendTransferCommand(kTag, QStringLiteral("NOR")), d.librarian()), "send");
        mustSucceed(d.run(IssueDataOfferCommand({kCard, LoanFixtures::iccid(1), {}}), d.librarian()),
                    "offer");
        mustSucceed(
            d.run(SetLoanRuleCommand({QStringLiteral("standard"), QStringLiteral("TAB"), {}, 28, 1, 1, {}}),
                  d.admin()),
            "rule");
        mustSucceed(
            d.run(PublishLoanTermsCommand(QStringLiteral("Version two of the terms: look after it."), {}),
                  d.admin()),
            "terms");

        std::optional<Op> found;
        for (const Op &op : outbox(a)) {
            if (op.command == command) {
                found = op;
            }
        }
        QVERIFY(found);
        QJsonObject payload = found->payload;
        QString error;
        QVERIFY2(CommandRegistry::standard().build(command, payload, &error), qPrintable(error));
        if (value.isUndefined()) {
            payload.remove(field);
        } else {
            payload.insert(field, value);
        }
        QVERIFY(!CommandRegistry::standard().build(command, payload, &error));
        QVERIFY2(error.contains(field), qPrintable(error));
        QVERIFY2(error.contains(command), qPrintable(error));
    }

    // The audit is permanent: what a replay needs of a person's details travels in the outbox only.
    void theAuditHoldsNoPersonalDetails() {
        TestStore a;
        LoanFixtures f(a);
        Desk d{a, f};
        const CommandResult added = d.addResident(kCard);
        mustSucceed(added, "resident");
        mustSucceed(d.editResident(added.entityId()), "edit");
        mustSucceed(d.addDevice(kTag), "device");
        mustSucceed(d.importDevices(), "import");
        mustSucceed(d.checkOut(kCard, kTag), "check out");
        mustSucceed(d.checkIn(kTag), "check in");
        mustSucceed(d.reserve(kCard), "reserve");
        const QString reservation = outbox(a).constLast().payload.value(QStringLiteral("id")).toString();
        mustSucceed(d.run(CancelReservationCommand(reservation, QStringLiteral("moved to Mrs Okafor's")),
                          d.librarian()),
                    "cancel");
        mustSucceed(
            d.run(MarkLostCommand(QStringLiteral("IMP-1"), QStringLiteral("Mr Patel's car")), d.librarian()),
            "lost");
        QStringList audit;
        QSqlQuery q(a.db());
        QVERIFY(q.exec(QStringLiteral("SELECT payload || ' ' || summary FROM audit")));
        while (q.next()) {
            audit.append(q.value(0).toString());
        }
        const QString all = audit.join(QLatin1Char('\n'));
        for (const char *personal :
             {"Amara", "Nwosu", "496 0000", "07700 900", "Chapel", "amara@", "mornings", "daughter", "Łukasz",
              "blue case", "Okafor", "Patel", "scratch", "argon2"}) {
            QVERIFY2(!all.contains(QString::fromUtf8(personal)), personal);
        }
        // …while the outbox carries them for the server.
        const QString pushed =
            Sql(a.db(), QStringLiteral("SELECT group_concat(payload, ' ') FROM outbox")).scalar().toString();
        for (const char *input :
             {"Nwosu", "Chapel", "Łukasz", "Okafor", "Patel", "\"declaration_accepted\":true"}) {
            QVERIFY2(pushed.contains(QString::fromUtf8(input)), input);
        }
    }
};

QTEST_GUILESS_MAIN(CommandReplayTest)
#include "CommandReplayTest.moc"
