#pragma once

#include <QString>
#include <QStringList>
#include <optional>

// What a person may do. Checked by the CommandBus for every command and by the query services for
// every read, so hiding a button is never the only guard.
enum class Permission {
    ResidentView,    // see residents (a volunteer: only those they work with)
    ResidentViewAll, // see every resident
    ResidentEdit,    // add and edit residents
    LoanCirculate,   // check out, check in, renew, reservations
    LoanOverride,    // override a loan warning with a reason
    DeviceManage,    // device register, SIMs, transfers, retire
    WipeRecord,      // record a device wipe
    LoanRulesManage, // loan rules matrix and agreement terms
    BookingManage,   // book any volunteer's sessions
    BookingOwn,      // a volunteer's own bookings and outcomes
    VolunteerManage, // volunteer profiles, DBS, hours approval
    BadgeRecord,     // record iDEA badges
    BadgeCatalogueManage,
    TrainingOwn,    // a volunteer's own training evidence
    TrainingAssess, // sign off outcomes
    TrainingVerify, // verify units, claims
    ReportView,
    AuditView,
    ConflictResolve,
    SyncRun,
    AdminUsers,
    AdminSettings,
};

QString permissionKey(Permission p); // "loan.override"
std::optional<Permission> permissionFromKey(const QString &key);
QList<Permission> allPermissions();
