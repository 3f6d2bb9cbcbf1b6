#pragma once

#include "SectionPage.h"

class DataTable;
class QLabel;
class ReadOnlyTableModel;

// Volunteers' progress on the accredited TechMates pathway: units achieved out of the pathway's units,
// and who has graduated. A volunteer sees their own progress only.
class TrainingPage : public SectionPage {
    Q_OBJECT
public:
    TrainingPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

private:
    bool seesEveryone() const;

    QLabel *m_summary = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
