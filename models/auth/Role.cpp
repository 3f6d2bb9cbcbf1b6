#include "Role.h"

#include <QCoreApplication>

QString roleKey(Role role) {
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Coordinator:
        return QStringLiteral("coordinator");
    case Role::Librarian:
        return QStringLiteral("librarian");
    case Role::Volunteer:
        return QStringLiteral("volunteer");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key) {
    for (Role r : {Role::Admin, Role::Coordinator, Role::Librarian, Role::Volunteer}) {
        if (roleKey(r) == key) {
            return r;
        }
    }
    return std::nullopt;
}

QString roleDisplayName(Role role) {
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Coordinator:
        return QCoreApplication::translate("Role", "Coordinator");
    case Role::Librarian:
        return QCoreApplication::translate("Role", "Librarian");
    case Role::Volunteer:
        return QCoreApplication::translate("Role", "TechMate volunteer");
    }
    return {};
}
