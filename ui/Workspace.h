#pragma once

#include "DeskContext.h"
#include "Sections.h"
#include "auth/Actor.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class ResidentsPage;
class SectionPage;

// Everything one signed-in person sees: the navigation (only the sections their role may use), a header
// with the section's title, and the section itself. Built at sign-in and destroyed on lock, so nothing
// of one person's view survives into the next person's.
class Workspace : public QWidget {
    Q_OBJECT
public:
    Workspace(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    const Actor &actor() const { return m_actor; }
    QList<SectionId> sections() const { return m_pages.keys(); }
    bool showSection(SectionId section, bool focusPage = true);
    SectionId currentSection() const { return m_current; }
    SectionPage *page(SectionId section) const { return m_pages.value(section); }
    ResidentsPage *residentsPage() const;
    void refreshCurrent();

signals:
    void lockRequested();

private:
    void sectionChosen(int row);

    DeskContext &m_ctx;
    const Actor m_actor;
    QListWidget *m_navigation = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMap<SectionId, SectionPage *> m_pages;
    SectionId m_current = SectionId::Residents;
};
