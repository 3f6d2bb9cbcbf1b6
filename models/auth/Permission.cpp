#include "Permission.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<Permission, const char *>, 22> kKeys{{
    {Permission::ResidentView, "resident.view"},
    {Permission::ResidentViewAll, "resident.view_all"},
    {Permission::ResidentEdit, "resident.edit"},
    {Permission::LoanCirculate, "loan.circulate"},
    {Permission::LoanOverride, "loan.override"},
    {Permission::DeviceManage, "device.manage"},
    {Permission::WipeRecord, "wipe.record"},
    {Permission::LoanRulesManage, "loan.rules"},
    {Permission::BookingManage, "booking.manage"},
    {Permission::BookingOwn, "booking.own"},
    {Permission::VolunteerManage, "volunteer.manage"},
    {Permission::BadgeRecord, "badge.record"},
    {Permission::BadgeCatalogueManage, "badge.catalogue"},
    {Permission::TrainingOwn, "training.own"},
    {Permission::TrainingAssess, "training.assess"},
    {Permission::TrainingVerify, "training.verify"},
    {Permission::ReportView, "report.view"},
    {Permission::AuditView, "audit.view"},
    {Permission::ConflictResolve, "conflict.resolve"},
    {Permission::SyncRun, "sync.run"},
    {Permission::AdminUsers, "admin.users"},
    {Permission::AdminSettings, "admin.settings"},
}};
} // namespace

QString permissionKey(Permission p) {
    for (const auto &[perm, key] : kKeys) {
        if (perm == p) {
            return QString::fromLatin1(key);
        }
    }
    return {};
}

std::optional<Permission> permissionFromKey(const QString &key) {
    for (const auto &[perm, k] : kKeys) {
        if (key == QLatin1String(k)) {
            return perm;
        }
    }
    return std::nullopt;
}

QList<Permission> allPermissions() {
    QList<Permission> all;
    for (const auto &entry : kKeys) {
        all.append(entry.first);
    }
    return all;
}
