#pragma once

#include "Permission.h"
#include "Role.h"

#include <QSet>
#include <QString>

// The person a command or query acts for: who is signed in at this desk right now.
class Actor {
public:
    Actor() = default;
    Actor(QString userId, QString username, QString displayName, Role role, QString branchId = {},
          QString volunteerId = {}, QSet<Permission> grants = {});

    // The core itself (migrations, demo data, first-run setup); may do everything, audited as "system".
    static Actor system();

    bool isSignedIn() const { return !m_username.isEmpty(); }
    bool can(Permission p) const;

    QString userId() const { return m_userId; }
    QString username() const { return m_username; }
    QString displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    QString branchId() const { return m_branchId; }
    QString volunteerId() const { return m_volunteerId; }

private:
    QString m_userId;
    QString m_username;
    QString m_displayName;
    Role m_role = Role::Volunteer;
    QString m_branchId;
    QString m_volunteerId;
    QSet<Permission> m_grants;
    bool m_system = false;
};
