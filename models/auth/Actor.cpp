#include "Actor.h"

#include "Permissions.h"

Actor::Actor(QString userId, QString username, QString displayName, Role role, QString branchId,
             QString volunteerId, QSet<Permission> grants)
    : m_userId(std::move(userId))
    , m_username(std::move(username))
    , m_displayName(std::move(displayName))
    , m_role(role)
    , m_branchId(std::move(branchId))
    , m_volunteerId(std::move(volunteerId))
    , m_grants(std::move(grants)) {}

Actor Actor::system() {
    Actor a({}, QStringLiteral("system"), QStringLiteral("TechMates Desk"), Role::Admin);
    a.m_system = true;
    return a;
}

bool Actor::can(Permission p) const {
    if (m_system) {
        return true;
    }
    if (!isSignedIn()) {
        return false;
    }
    return m_grants.contains(p) || Permissions::roleAllows(m_role, p);
}
