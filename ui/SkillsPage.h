#pragma once

#include "SectionPage.h"

class DataTable;
class QLabel;
class QTabWidget;
class ReadOnlyTableModel;

// iDEA badges: the latest achievements this person may see, and the council's catalogue with its award
// levels (data the council edits, not constants).
class SkillsPage : public SectionPage {
    Q_OBJECT
public:
    SkillsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

private:
    QTabWidget *m_tabs = nullptr;
    DataTable *m_recent = nullptr;
    DataTable *m_catalogue = nullptr;
    ReadOnlyTableModel *m_recentModel = nullptr;
    ReadOnlyTableModel *m_catalogueModel = nullptr;
    QLabel *m_awards = nullptr;
};
