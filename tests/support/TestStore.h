#pragma once

#include "FakeClock.h"
#include "auth/Actor.h"
#include "commands/CommandBus.h"
#include "core/IdSource.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <memory>

// A fresh store in a temporary folder with a fake clock, a seeded id source, a command bus, one branch
// and one person of each role (password "password1", hashed with the fast test strength).
class TestStore {
public:
    explicit TestStore(bool withPeople = true, quint64 seed = 42);

    Store &store() { return *m_store; }
    QSqlDatabase db() { return m_store->database(); }
    FakeClock &clock() { return m_clock; }
    IdSource &ids() { return m_ids; }
    CommandBus &bus() { return *m_bus; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    Actor admin() const { return m_admin; }
    Actor coordinator() const { return m_coordinator; }
    Actor librarian() const { return m_librarian; }
    Actor volunteer() const { return m_volunteer; }
    QString branchId() const { return m_branchId; }
    QString volunteerRecordId() const { return m_volunteerRecordId; }

    int count(const QString &table) const;
    // Adds a resident through the write path and returns their id (fails the test on refusal).
    QString addResident(const QString &given, const QString &family, const QString &card = {},
                        const QString &postcode = {}, const QString &phone = {});

    static constexpr const char *kPassword = "password1";

private:
    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;
    IdSource m_ids;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<CommandBus> m_bus;
    Actor m_admin, m_coordinator, m_librarian, m_volunteer;
    QString m_branchId;
    QString m_volunteerRecordId;
};
