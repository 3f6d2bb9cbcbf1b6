#pragma once

#include "SectionPage.h"

class ConflictReviewPanel;
class QAction;
class QTabWidget;
class SyncPanel;

// The Sync section: the Sync tab for everyone who may sync, and the Conflicts tab for coordinators. Its
// "Sync now" action (Ctrl+Shift+S) works anywhere in the section; not desk-wide, because in Loans the same
// keys save the receipt as a PDF (two owners of one shortcut would silence both).
class SyncPage : public SectionPage {
    Q_OBJECT
public:
    SyncPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    QAction *syncNowAction() const { return m_syncNowAction; }
    QTabWidget *tabs() const { return m_tabs; }
    SyncPanel *syncPanel() const { return m_syncPanel; }
    ConflictReviewPanel *conflictPanel() const { return m_conflicts; }
    void showConflicts();

private:
    void updateConflictTitle(int unresolved);

    QTabWidget *m_tabs = nullptr;
    SyncPanel *m_syncPanel = nullptr;           // with sync.run
    ConflictReviewPanel *m_conflicts = nullptr; // with conflict.resolve
    QAction *m_syncNowAction = nullptr;
};
