// Roles and permissions are enforced in the core: a command a role may not run is refused by the bus,
// whatever screen or script sent it, and reads are filtered to what the person may see.
#include "auth/Permissions.h"
#include "TestStore.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "residents/ResidentCommands.h"
#include "residents/ResidentRepository.h"
#include "residents/ResidentSearch.h"
#include "store/Sql.h"

#include <QTest>

using P = Permission;

class PermissionsTest : public QObject {
    Q_OBJECT

private slots:
    void matrix_data() {
        QTest::addColumn<Role>("role");
        QTest::addColumn<QStringList>("allowed");
        QTest::newRow("admin") << Role::Admin << QStringList();
        QTest::newRow("coordinator")
            << Role::Coordinator
            << QStringList{QStringLiteral("resident.view"),    QStringLiteral("resident.view_all"),
                           QStringLiteral("resident.edit"),    QStringLiteral("loan.circulate"),
                           QStringLiteral("loan.override"),    QStringLiteral("device.manage"),
                           QStringLiteral("wipe.record"),      QStringLiteral("booking.manage"),
                           QStringLiteral("volunteer.manage"), QStringLiteral("badge.record"),
                           QStringLiteral("training.assess"),  QStringLiteral("training.verify"),
                           QStringLiteral("report.view"),      QStringLiteral("audit.view"),
                           QStringLiteral("conflict.resolve"), QStringLiteral("sync.run")};
        QTest::newRow("librarian") << Role::Librarian << QStringList{QStringLiteral("resident.view"),
                                                                     QStringLiteral("resident.view_all"),
                                                                     QStringLiteral("resident.edit"),
                                                                     QStringLiteral("loan.circulate"),
                                                                     QStringLiteral("device.manage"),
                                                                     QStringLiteral("wipe.record"),
                                                                     QStringLiteral("booking.manage"),
                                                                     QStringLiteral("badge.record"),
                                                                     QStringLiteral("sync.run")};
        QTest::newRow("volunteer") << Role::Volunteer
                                   << QStringList{QStringLiteral("resident.view"),
                                                  QStringLiteral("booking.own"),
                                                  QStringLiteral("badge.record"),
                                                  QStringLiteral("training.own"), QStringLiteral("sync.run")};
    }

    void matrix() {
        QFETCH(Role, role);
        QFETCH(QStringList, allowed);
        for (Permission p : allPermissions()) {
            const bool expected = role == Role::Admin || allowed.contains(permissionKey(p));
            QVERIFY2(Permissions::roleAllows(role, p) == expected,
                     qPrintable(roleKey(role) + QLatin1Char(' ') + permissionKey(p)));
        }
    }

    void keysRoundTrip() {
        for (Permission p : allPermissions()) {
            QCOMPARE(permissionFromKey(permissionKey(p)), std::optional<Permission>(p));
        }
        QVERIFY(!permissionFromKey(QStringLiteral("resident.delete_everything")));
    }

    void aVolunteerCannotAddResidentsThroughTheCore() {
        TestStore t;
        Resident r;
        r.givenName = QStringLiteral("Ola");
        r.familyName = QStringLiteral("Nowak");
        AddResidentCommand cmd(r, t.clock());
        const int before = t.count(QStringLiteral("residents"));
        const CommandResult result = t.bus().execute(cmd, t.volunteer());
        QCOMPARE(result.status(), CommandResult::Status::Refused);
        QVERIFY2(result.message().contains(QLatin1String("not allowed")), qPrintable(result.message()));
        QCOMPARE(t.count(QStringLiteral("residents")), before);
        QCOMPARE(t.count(QStringLiteral("audit")), 4); // only the four test people
    }

    void nobodySignedInCanDoNothing() {
        TestStore t;
        Resident r;
        r.givenName = QStringLiteral("Ola");
        r.familyName = QStringLiteral("Nowak");
        AddResidentCommand cmd(r, t.clock());
        QCOMPARE(t.bus().execute(cmd, Actor()).status(), CommandResult::Status::Refused);
        QVERIFY(ResidentSearch(t.db()).find(QStringLiteral("nowak"), Actor()).isEmpty());
    }

    void onlyAnAdminAddsPeople() {
        TestStore t;
        for (const Actor &a : {t.coordinator(), t.librarian(), t.volunteer()}) {
            CreateUserCommand cmd({QStringLiteral("newbie"),
                                   QStringLiteral("New Person"),
                                   Role::Librarian,
                                   QStringLiteral("long-enough-pw"),
                                   {},
                                   {}},
                                  true);
            QCOMPARE(t.bus().execute(cmd, a).status(), CommandResult::Status::Refused);
        }
        CreateUserCommand cmd({QStringLiteral("newbie"),
                               QStringLiteral("New Person"),
                               Role::Librarian,
                               QStringLiteral("long-enough-pw"),
                               {},
                               {}},
                              true);
        QVERIFY(t.bus().execute(cmd, t.admin()).ok());
    }

    void anExtraGrantLetsALibrarianOverride() {
        TestStore t;
        QVERIFY(!t.librarian().can(P::LoanOverride));
        Sql(t.db(), QStringLiteral("UPDATE users SET grants = 'loan.override' WHERE username = 'librarian'"))
            .exec();
        const Actor reloaded = SignInService::loadActor(t.store(), t.librarian().userId());
        QVERIFY(reloaded.can(P::LoanOverride));
        QVERIFY(!reloaded.can(P::AdminUsers));
    }

    void aVolunteerSeesOnlyTheResidentsTheyWorkWith() {
        TestStore t;
        const QString mine =
            t.addResident(QStringLiteral("Mina"), QStringLiteral("Shah"), QStringLiteral("2000000001"));
        const QString notMine =
            t.addResident(QStringLiteral("Mina"), QStringLiteral("Shaw"), QStringLiteral("2000000002"));
        Sql(t.db(), QStringLiteral(
                        "INSERT INTO bookings(id, volunteer_id, resident_id, channel, starts_at, minutes, "
                        "updated_at) VALUES ('b1', :v, :r, 'phone', '2026-03-03T10:00:00.000Z', 60, :now)"))
            .bind(QStringLiteral(":v"), t.volunteerRecordId())
            .bind(QStringLiteral(":r"), mine)
            .bind(QStringLiteral(":now"), QStringLiteral("2026-03-02T09:00:00.000Z"))
            .exec();

        const QList<ResidentHit> volunteerHits =
            ResidentSearch(t.db()).find(QStringLiteral("mina"), t.volunteer());
        QCOMPARE(volunteerHits.size(), 1);
        QCOMPARE(volunteerHits.first().id, mine);
        QCOMPARE(ResidentSearch(t.db()).find(QStringLiteral("mina"), t.librarian()).size(), 2);

        ResidentRepository repo(t.db());
        QVERIFY(repo.byId(mine, t.volunteer()));
        QVERIFY(!repo.byId(notMine, t.volunteer()));
        QVERIFY(!repo.byCard(QStringLiteral("2000000002"), t.volunteer()));
        QVERIFY(repo.byId(notMine, t.librarian()));
    }
};

QTEST_GUILESS_MAIN(PermissionsTest)
#include "PermissionsTest.moc"
