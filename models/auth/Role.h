#pragma once

#include <QString>
#include <optional>

enum class Role { Admin, Coordinator, Librarian, Volunteer };

QString roleKey(Role role); // "admin", stored in the users table
std::optional<Role> roleFromKey(const QString &key);
QString roleDisplayName(Role role); // translated, for screens
