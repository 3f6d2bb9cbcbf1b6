#include "Application.h"
#include "DeskLanguage.h"
#include "core/AppIdentity.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TechMates Desk"));
    QApplication::setDesktopFileName(QStringLiteral("techmates-desk"));
    // Desk ▸ Language, or the system's language: before any text is made.
    DeskLanguage::applyAtStartup(app, QSettings());

    Application desk(app);
    return desk.run();
}
