#pragma once

#include "SectionPage.h"

class BadgeImportPanel;
class CataloguePanel;
class DataTable;
class GroupSessionPanel;
class LearnerPanel;
class QTabWidget;
class ReadOnlyTableModel;
class SkillsTotalsPanel;

// iDEA badges: one learner's record and progress (record a badge, revoke one, print a summary), group
// sessions, CSV imports of completions, the programme's figures against its target, the latest achievements
// this person may see, and the council's catalogue with its award levels.
class SkillsPage : public SectionPage {
    Q_OBJECT
public:
    SkillsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

private:
    void refreshRecent();

    QTabWidget *m_tabs = nullptr;
    LearnerPanel *m_learner = nullptr;
    GroupSessionPanel *m_group = nullptr;
    BadgeImportPanel *m_import = nullptr;
    SkillsTotalsPanel *m_totals = nullptr;
    CataloguePanel *m_catalogue = nullptr;
    DataTable *m_recent = nullptr;
    ReadOnlyTableModel *m_recentModel = nullptr;
};
