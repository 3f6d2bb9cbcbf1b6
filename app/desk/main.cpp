#include "Application.h"
#include "DeskLanguage.h"
#include "core/AppIdentity.h"

#include <QApplication>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TechMates Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.techmatesdesk.TechMatesDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.techmatesdesk.TechMatesDesk.svg")));
    // Desk ▸ Language, or the system's language: before any text is made.
    DeskLanguage::applyAtStartup(app, QSettings());

    Application desk(app);
    return desk.run();
}
