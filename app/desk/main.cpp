#include "Application.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    // The organisation and application names place the default store
    // (QStandardPaths::AppDataLocation/techmates.db); the CLI must use the same ones to find it.
    QApplication::setOrganizationName(QStringLiteral("TechMates"));
    QApplication::setApplicationName(QStringLiteral("techmates"));
    QApplication::setApplicationDisplayName(QStringLiteral("TechMates Desk"));
    QApplication::setApplicationVersion(QStringLiteral(TECHMATES_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("techmates-desk"));

    Application desk(app);
    return desk.run();
}
