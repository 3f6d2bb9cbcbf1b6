// DESIGN.md §3: every command writes its domain rows, one audit row and one outbox row in one
// transaction, and nothing at all when it is refused or fails part-way.
#include "TestStore.h"
#include "core/HybridClock.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

namespace {
Resident someone(const QString &card = QStringLiteral("2000123456")) {
    Resident r;
    r.givenName = QStringLiteral("Amara");
    r.familyName = QStringLiteral("Nwosu");
    r.card = card;
    r.postcode = QStringLiteral("LS1 4AB");
    r.phone = QStringLiteral("07700 900123");
    return r;
}

struct Counts {
    int residents, audit, outbox;
    bool operator==(const Counts &o) const = default;
};

Counts counts(TestStore &t) {
    return {t.count(QStringLiteral("residents")), t.count(QStringLiteral("audit")),
            t.count(QStringLiteral("outbox"))};
}
} // namespace

class WritePathTest : public QObject {
    Q_OBJECT

private slots:
    void aDoneCommandWritesDomainAuditAndOutboxTogether() {
        TestStore t;
        const Counts before = counts(t);
        AddResidentCommand cmd(someone(), t.clock());
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(counts(t), (Counts{before.residents + 1, before.audit + 1, before.outbox + 1}));

        Sql audit(t.db(),
                  QStringLiteral("SELECT op_id, username, desk_id, command, entity, entity_id, payload "
                                 "FROM audit ORDER BY seq DESC LIMIT 1"));
        audit.exec();
        QVERIFY(audit.next());
        QCOMPARE(audit.value(0).toString(), r.opId());
        QCOMPARE(audit.value(1).toString(), QStringLiteral("librarian"));
        QCOMPARE(audit.value(2).toString(), t.store().deskId());
        QCOMPARE(audit.value(3).toString(), QStringLiteral("resident.add"));
        QCOMPARE(audit.value(4).toString(), QStringLiteral("residents"));
        QCOMPARE(audit.value(5).toString(), r.entityId());
        // Audit rows are permanent, so they name the fields but never hold the resident's details.
        QVERIFY(!audit.value(6).toString().contains(QLatin1String("Nwosu")));
        QVERIFY(!audit.value(6).toString().contains(QLatin1String("900123")));

        Sql outbox(t.db(), QStringLiteral(
                               "SELECT op_id, command, payload, hlc FROM outbox ORDER BY seq DESC LIMIT 1"));
        outbox.exec();
        QVERIFY(outbox.next());
        QCOMPARE(outbox.value(0).toString(), r.opId());
        const QJsonObject payload = QJsonDocument::fromJson(outbox.value(2).toString().toUtf8()).object();
        QCOMPARE(payload.value(QStringLiteral("id")).toString(), r.entityId());
        QCOMPARE(payload.value(QStringLiteral("family_name")).toString(), QStringLiteral("Nwosu"));
        QVERIFY(outbox.value(3).toString().endsWith(t.store().deskId()));
    }

    void doneMeansCommittedForEveryoneElse() {
        TestStore t;
        AddResidentCommand cmd(someone(), t.clock());
        QVERIFY(t.bus().execute(cmd, t.librarian()).ok());
        // A second, independent connection (another process at the same desk) sees it at once.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(t.path());
        QVERIFY(other.open());
        QCOMPARE(Sql(other, QStringLiteral("SELECT count(*) FROM residents WHERE card = '2000123456'"))
                     .scalar()
                     .toInt(),
                 1);
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void aRefusedCommandWritesNothing() {
        TestStore t;
        t.addResident(QStringLiteral("First"), QStringLiteral("Holder"), QStringLiteral("2000123456"));
        const Counts before = counts(t);
        AddResidentCommand duplicate(someone(), t.clock());
        const CommandResult r = t.bus().execute(duplicate, t.librarian());
        QVERIFY2(r.status() == CommandResult::Status::Refused, qPrintable(r.message()));
        QVERIFY2(r.message().contains(QLatin1String("already belongs")), qPrintable(r.message()));
        QCOMPARE(counts(t), before);
    }

    void aCommandThatFailsPartWayLeavesNoRowAnywhere() {
        TestStore t;
        const Counts before = counts(t);
        t.bus().setFailAfterApplyForTesting(true);
        AddResidentCommand cmd(someone(), t.clock());
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Failed);
        QVERIFY(r.message().startsWith(QLatin1String("Nothing was saved")));
        QCOMPARE(counts(t), before);
        QCOMPARE(Sql(t.db(), QStringLiteral(
                                 "SELECT count(*) FROM residents_fts WHERE residents_fts MATCH '\"nwosu\"'"))
                     .scalar()
                     .toInt(),
                 0);

        // The desk carries on normally afterwards.
        t.bus().setFailAfterApplyForTesting(false);
        AddResidentCommand again(someone(), t.clock());
        QVERIFY(t.bus().execute(again, t.librarian()).ok());
        QCOMPARE(counts(t), (Counts{before.residents + 1, before.audit + 1, before.outbox + 1}));
    }

    void aStoreErrorInsideApplyRollsBack() {
        TestStore t;
        const Counts before = counts(t);
        // A broken trigger makes the domain insert itself fail inside the transaction.
        t.store().execScript(QStringLiteral("CREATE TRIGGER break_inserts BEFORE INSERT ON residents "
                                            "BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END;"));
        AddResidentCommand cmd(someone(), t.clock());
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Failed);
        QVERIFY(r.message().contains(QLatin1String("disk full (simulated)")));
        QCOMPARE(counts(t), before);
    }

    void aPreviewSaysWhatExecuteWouldAndWritesNothing() {
        TestStore t;
        t.addResident(QStringLiteral("First"), QStringLiteral("Holder"), QStringLiteral("2000123456"));
        const Counts before = counts(t);
        const QString stampBefore = t.store().hybridClock().last();

        AddResidentCommand duplicate(someone(), t.clock());
        const std::optional<QString> refusal = t.bus().preview(duplicate, t.librarian());
        QVERIFY(refusal);
        QVERIFY2(refusal->contains(QLatin1String("already belongs")), qPrintable(*refusal));
        AddResidentCommand fresh(someone(QStringLiteral("2000999999")), t.clock());
        QVERIFY(!t.bus().preview(fresh, t.librarian()));
        AddResidentCommand forbidden(someone(QStringLiteral("2000999998")), t.clock());
        QVERIFY(t.bus().preview(forbidden, t.volunteer())->contains(QLatin1String("not allowed")));

        QCOMPARE(counts(t), before);
        QCOMPARE(t.store().hybridClock().last(), stampBefore);
        // The same words when it is run for real.
        AddResidentCommand again(someone(), t.clock());
        QCOMPARE(t.bus().execute(again, t.librarian()).message(), *refusal);
    }

    void opIdsAreUniqueAndClockStampsIncrease() {
        TestStore t;
        for (int i = 0; i < 5; ++i) {
            t.addResident(QStringLiteral("Person"), QStringLiteral("Number%1").arg(QChar(u'A' + i)),
                          QStringLiteral("200000000%1").arg(i));
        }
        Sql q(t.db(), QStringLiteral("SELECT op_id, hlc FROM outbox ORDER BY seq"));
        q.exec();
        QSet<QString> ops;
        QString lastHlc;
        while (q.next()) {
            ops.insert(q.value(0).toString());
            QVERIFY2(q.value(1).toString() > lastHlc, qPrintable(q.value(1).toString()));
            lastHlc = q.value(1).toString();
        }
        QCOMPARE(ops.size(), t.count(QStringLiteral("outbox")));
        QCOMPARE(t.count(QStringLiteral("outbox")), t.count(QStringLiteral("audit")));
    }

    void editIsRefusedWhenSomeoneElseChangedTheRecord() {
        TestStore t;
        const QString id =
            t.addResident(QStringLiteral("Amara"), QStringLiteral("Nwosu"), QStringLiteral("2000123456"));
        Resident mine = someone();
        mine.id = id;
        mine.version = 1;
        Resident theirs = mine;
        theirs.phone = QStringLiteral("0113 496 0000");
        EditResidentCommand first(theirs, t.clock());
        QVERIFY(t.bus().execute(first, t.coordinator()).ok());

        const Counts before = counts(t);
        mine.email = QStringLiteral("amara@example.org");
        EditResidentCommand second(mine, t.clock());
        const CommandResult r = t.bus().execute(second, t.librarian());
        QCOMPARE(r.status(), CommandResult::Status::Refused);
        QVERIFY(r.message().contains(QLatin1String("Someone else changed")));
        QCOMPARE(counts(t), before);
    }

    void editWritesOnlyWhatChanged() {
        TestStore t;
        const QString id = t.addResident(QStringLiteral("Amara"), QStringLiteral("Nwosu"),
                                         QStringLiteral("2000123456"), QStringLiteral("LS1 4AB"));
        Resident r = someone();
        r.id = id;
        r.version = 1;
        r.phone = QString();
        r.email = QStringLiteral("amara@example.org");
        EditResidentCommand edit(r, t.clock());
        const CommandResult result = t.bus().execute(edit, t.librarian());
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QCOMPARE(edit.changedFields(), QStringList{QStringLiteral("email")});
        QCOMPARE(Sql(t.db(), QStringLiteral("SELECT version FROM residents WHERE id = :id"))
                     .bind(QStringLiteral(":id"), id)
                     .scalar()
                     .toInt(),
                 2);

        EditResidentCommand noChange(r, t.clock());
        r.version = 2;
        EditResidentCommand same(r, t.clock());
        const CommandResult none = t.bus().execute(same, t.librarian());
        QCOMPARE(none.status(), CommandResult::Status::Refused);
        QVERIFY(none.message().contains(QLatin1String("Nothing was changed")));
    }
};

QTEST_GUILESS_MAIN(WritePathTest)
#include "WritePathTest.moc"
