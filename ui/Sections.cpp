#include "Sections.h"

#include "auth/Actor.h"

#include <QCoreApplication>

namespace Sections {

QList<SectionId> all() {
    return {SectionId::Residents, SectionId::Loans,  SectionId::Devices,
            SectionId::Bookings,  SectionId::Skills, SectionId::Training,
            SectionId::Reports,   SectionId::Sync,   SectionId::Admin};
}

bool allowed(SectionId section, const Actor &actor) {
    switch (section) {
    case SectionId::Residents:
        return actor.can(Permission::ResidentView);
    case SectionId::Loans:
        return actor.can(Permission::LoanCirculate);
    case SectionId::Devices:
        return actor.can(Permission::DeviceManage);
    case SectionId::Bookings:
        return actor.can(Permission::BookingManage) || actor.can(Permission::BookingOwn);
    case SectionId::Skills:
        return actor.can(Permission::BadgeRecord);
    case SectionId::Training:
        return actor.can(Permission::TrainingOwn) || actor.can(Permission::TrainingAssess) ||
               actor.can(Permission::TrainingVerify);
    case SectionId::Reports:
        return actor.can(Permission::ReportView);
    case SectionId::Admin:
        return actor.can(Permission::AdminUsers);
    case SectionId::Sync:
        return actor.can(Permission::SyncRun) || actor.can(Permission::ConflictResolve);
    }
    return false;
}

QList<SectionId> allowedFor(const Actor &actor) {
    QList<SectionId> result;
    for (SectionId s : all()) {
        if (allowed(s, actor)) {
            result.append(s);
        }
    }
    return result;
}

QString title(SectionId section) {
    switch (section) {
    case SectionId::Residents:
        return QCoreApplication::translate("Sections", "Residents");
    case SectionId::Loans:
        return QCoreApplication::translate("Sections", "Loans");
    case SectionId::Devices:
        return QCoreApplication::translate("Sections", "Devices");
    case SectionId::Bookings:
        return QCoreApplication::translate("Sections", "Bookings");
    case SectionId::Skills:
        return QCoreApplication::translate("Sections", "Skills");
    case SectionId::Training:
        return QCoreApplication::translate("Sections", "Training");
    case SectionId::Reports:
        return QCoreApplication::translate("Sections", "Reports");
    case SectionId::Admin:
        return QCoreApplication::translate("Sections", "Admin");
    case SectionId::Sync:
        return QCoreApplication::translate("Sections", "Sync");
    }
    return {};
}

int shortcutNumber(SectionId section) {
    switch (section) {
    case SectionId::Residents:
        return 1;
    case SectionId::Loans:
        return 2;
    case SectionId::Bookings:
        return 3;
    case SectionId::Skills:
        return 4;
    case SectionId::Training:
        return 5;
    case SectionId::Reports:
        return 6;
    case SectionId::Admin:
        return 7;
    case SectionId::Devices:
        return 8;
    case SectionId::Sync:
        return 9;
    }
    return 0;
}

} // namespace Sections
