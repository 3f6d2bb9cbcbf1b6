#include "Application.h"
#include "core/AppIdentity.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    applyAppIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("TechMates Desk"));
    QApplication::setDesktopFileName(QStringLiteral("org.techmatesdesk.TechMatesDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.techmatesdesk.TechMatesDesk.svg")));

    Application desk(app);
    return desk.run();
}
