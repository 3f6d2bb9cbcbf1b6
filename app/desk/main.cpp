#include "Application.h"
#include "core/AppIdentity.h"

#include <QApplication>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TechMates Desk"));
    QApplication::setDesktopFileName(QStringLiteral("techmates-desk"));

    Application desk(app);
    return desk.run();
}
