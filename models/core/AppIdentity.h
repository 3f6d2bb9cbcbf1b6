#pragma once

#include <QCoreApplication>

// The names every TechMates program gives Qt. They decide where QStandardPaths puts the default store, so the
// desk and the CLI must agree: ~/.local/share/TechMates/TechMates Desk/techmates.db on Linux.
inline void applyAppIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("TechMates"));
    QCoreApplication::setApplicationName(QStringLiteral("TechMates Desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TECHMATES_VERSION));
}
