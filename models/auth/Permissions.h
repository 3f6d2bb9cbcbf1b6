#pragma once

#include "Permission.h"
#include "Role.h"

#include <QSet>

// The role → permission matrix (docs/roles.md lists it for people).
class Permissions {
public:
    static QSet<Permission> forRole(Role role);
    static bool roleAllows(Role role, Permission p) { return forRole(role).contains(p); }
};
