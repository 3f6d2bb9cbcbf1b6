#pragma once

#include "SectionPage.h"

class CheckInPanel;
class CheckOutPanel;
class LoanListsPanel;
class LoansPanel;
class QTabWidget;
class WipePanel;

// The Loans section, keyboard and scanner first: Check out (where the keyboard lands), Check in (and
// renew), Wipe (for people who record wipes) and Lists. Alt+O, Alt+I, Alt+W and Alt+S choose a tab;
// Ctrl+Tab moves between them. Every change goes through the command bus as the signed-in person.
class LoansPage : public SectionPage {
    Q_OBJECT
public:
    LoansPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    QTabWidget *tabs() const { return m_tabs; }
    CheckOutPanel *checkOut() const { return m_checkOut; }
    CheckInPanel *checkIn() const { return m_checkIn; }
    WipePanel *wipe() const { return m_wipe; } // nullptr without wipe.record
    LoanListsPanel *lists() const { return m_lists; }

    void showPanel(LoansPanel *panel);

private:
    void addPanel(LoansPanel *panel, const QString &label);
    void refreshLists();

    QTabWidget *m_tabs = nullptr;
    CheckOutPanel *m_checkOut = nullptr;
    CheckInPanel *m_checkIn = nullptr;
    WipePanel *m_wipe = nullptr;
    LoanListsPanel *m_lists = nullptr;
};
