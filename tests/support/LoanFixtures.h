#pragma once

#include "TestStore.h"
#include "devices/Device.h"

#include <QHash>

// Loan test data on a TestStore: device types (TAB tablet, MIFI hotspot), a second branch (NOR; the
// TestStore's own is CEN, where every test user works), devices, residents with eligibility recorded, and
// one-line helpers for the commands. Everything goes through the write path except the branch (there is no
// branch command in the core yet).
class LoanFixtures {
public:
    explicit LoanFixtures(TestStore &t);

    QString addBranch(const QString &code, const QString &name);
    QString addType(const QString &code, const QString &category, const QStringList &kit, int costPence);
    QString addDevice(const QString &tag, const QString &typeCode = QStringLiteral("TAB"),
                      const QString &branchCode = QStringLiteral("CEN"),
                      DeviceStatus status = DeviceStatus::Available, const QString &simIccid = {});
    QString addSim(const QString &iccid);
    // A resident with eligibility recorded (so check-out has no eligibility warning) unless told otherwise.
    QString addResident(const QString &card, const QString &given = QStringLiteral("Amara"),
                        const QString &family = QStringLiteral("Nwosu"),
                        const QString &eligibility = QStringLiteral("Universal Credit"),
                        const QString &category = QStringLiteral("standard"));

    CommandResult checkOut(const QString &card, const QString &tag, const Actor &actor,
                           const QString &overrideReason = {});
    CommandResult checkOut(const QString &card, const QString &tag) {
        return checkOut(card, tag, m_t.librarian());
    }
    CommandResult checkIn(const QString &tag, bool damaged = false, const QStringList &missing = {});
    CommandResult wipe(const QString &tag);
    CommandResult renew(const QString &tag, const Actor &actor, const QString &overrideReason = {});
    CommandResult reserve(const QString &card, const QString &typeCode = QStringLiteral("TAB"),
                          const QString &branchCode = QStringLiteral("CEN"));

    QString deviceStatus(const QString &tag) const;
    QString signedNameFor(const QString &card) const { return m_names.value(card); }

    // Every table loans can touch, with versions of the rows that change in place: equal snapshots mean
    // nothing at all was written.
    QString snapshot() const;

    // An ICCID with a valid Luhn check digit, distinct for each n.
    static QString iccid(int n);

    TestStore &t() { return m_t; }

private:
    TestStore &m_t;
    QHash<QString, QString> m_names; // card → name
};
