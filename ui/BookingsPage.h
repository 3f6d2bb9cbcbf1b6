#pragma once

#include "SectionPage.h"

class BookSessionPanel;
class BookingsPanel;
class CalendarPanel;
class QTabWidget;
class SessionsPanel;

// The Bookings section (docs/user-guide-bookings.md). Staff: Book (where the keyboard lands), Sessions,
// Calendar, Reminders, Waiting list, Volunteers, Hours and Events. A volunteer: My week (where they land), My
// sessions, Book (themself), Me (their times), Hours and Events. Alt + the underlined letter chooses a tab.
class BookingsPage : public SectionPage {
    Q_OBJECT
public:
    BookingsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    QTabWidget *tabs() const { return m_tabs; }

private:
    void addPanel(BookingsPanel *panel, const QString &label);

    QTabWidget *m_tabs = nullptr;
    QList<BookingsPanel *> m_panels;
};
