#include "TestStore.h"

#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QTest>

TestStore::TestStore(bool withPeople, quint64 seed)
    : m_ids(seed) {
    if (!m_dir.isValid()) {
        qFatal("cannot create a temporary folder");
    }
    m_path = m_dir.filePath(QStringLiteral("test.db"));
    Store::Opened opened = Store::open(m_path);
    if (!opened.store) {
        qFatal("cannot open test store: %s", qPrintable(opened.error));
    }
    m_store = std::move(opened.store);
    m_bus = std::make_unique<CommandBus>(*m_store, m_clock, m_ids);
    if (!withPeople) {
        return;
    }
    const QString now = m_clock.now().toString(Qt::ISODateWithMs);
    m_branchId = m_ids.newId();
    Sql(db(), QStringLiteral("INSERT INTO branches(id, code, name, kind, updated_at) "
                             "VALUES (:id, 'CEN', 'Central Library', 'library', :now)"))
        .bind(QStringLiteral(":id"), m_branchId)
        .bind(QStringLiteral(":now"), now)
        .exec();
    m_volunteerRecordId = m_ids.newId();
    Sql(db(),
        QStringLiteral("INSERT INTO volunteers(id, given_name, family_name, status, home_branch_id, "
                       "created_at, updated_at) VALUES (:id, 'Val', 'Volunteer', 'active', :b, :now, :now)"))
        .bind(QStringLiteral(":id"), m_volunteerRecordId)
        .bind(QStringLiteral(":b"), m_branchId)
        .bind(QStringLiteral(":now"), now)
        .exec();
    auto make = [&](const QString &name, Role role, const QString &volunteerId) {
        CreateUserCommand cmd({name, name.at(0).toUpper() + name.mid(1), role, QString::fromLatin1(kPassword),
                               m_branchId, volunteerId},
                              true);
        const CommandResult r = m_bus->execute(cmd, Actor::system());
        if (!r.ok()) {
            qFatal("cannot create test user: %s", qPrintable(r.message()));
        }
        return SignInService::loadActor(*m_store, r.entityId());
    };
    m_admin = make(QStringLiteral("admin"), Role::Admin, {});
    m_coordinator = make(QStringLiteral("coordinator"), Role::Coordinator, {});
    m_librarian = make(QStringLiteral("librarian"), Role::Librarian, {});
    m_volunteer = make(QStringLiteral("volunteer"), Role::Volunteer, m_volunteerRecordId);
}

int TestStore::count(const QString &table) const {
    return Sql(m_store->database(), QStringLiteral("SELECT count(*) FROM ") + table).scalar().toInt();
}

QString TestStore::addResident(const QString &given, const QString &family, const QString &card,
                               const QString &postcode, const QString &phone) {
    Resident r;
    r.givenName = given;
    r.familyName = family;
    r.card = card;
    r.postcode = postcode;
    r.phone = phone;
    AddResidentCommand cmd(r, m_clock);
    const CommandResult result = m_bus->execute(cmd, m_librarian);
    if (!result.ok()) {
        qFatal("cannot add test resident: %s", qPrintable(result.message()));
    }
    return result.entityId();
}
