#include "ViewTour.h"

#include "SectionPage.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTabWidget>

int ViewTour::openEveryView(Workspace &workspace) {
    int shown = 0;
    for (const SectionId section : workspace.sections()) {
        if (!workspace.showSection(section, false)) {
            continue;
        }
        ++shown;
        QCoreApplication::processEvents();
        SectionPage *page = workspace.page(section);
        if (!page) {
            continue;
        }
        // Tabs fill their tables when shown, so each is brought forward in turn.
        for (QTabWidget *tabs : page->findChildren<QTabWidget *>()) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                ++shown;
            }
        }
    }
    return shown;
}
