#include "Permissions.h"

QSet<Permission> Permissions::forRole(Role role) {
    using P = Permission;
    switch (role) {
    case Role::Admin: {
        const QList<Permission> all = allPermissions();
        return QSet<Permission>(all.begin(), all.end());
    }
    case Role::Coordinator:
        return {P::ResidentView,    P::ResidentViewAll, P::ResidentEdit,    P::LoanCirculate,
                P::LoanOverride,    P::DeviceManage,    P::WipeRecord,      P::BookingManage,
                P::VolunteerManage, P::BadgeRecord,     P::TrainingAssess,  P::TrainingVerify,
                P::ReportView,      P::AuditView,       P::ConflictResolve, P::SyncRun};
    case Role::Librarian:
        return {P::ResidentView, P::ResidentViewAll, P::ResidentEdit, P::LoanCirculate, P::DeviceManage,
                P::WipeRecord,   P::BookingManage,   P::BadgeRecord,  P::SyncRun};
    case Role::Volunteer:
        return {P::ResidentView, P::BookingOwn, P::BadgeRecord, P::TrainingOwn, P::SyncRun};
    }
    return {};
}
