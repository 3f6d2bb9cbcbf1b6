#pragma once

#include "SectionPage.h"

class ClaimsPanel;
class DataTable;
class GraduatesPanel;
class PortfolioPanel;
class QLabel;
class QPushButton;
class QTabWidget;
class ReadOnlyTableModel;

// The accredited TechMates pathway: a volunteer's portfolio (evidence, sign-offs, verification, printable
// portfolio), everyone on the pathway with what awaits sign-off (enrolment, loading the pathway), claims for
// certification, and graduates against the target. A volunteer sees only their own training.
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
    void refreshTrainees();
    void enrol();
    void loadPathway();

    QTabWidget *m_tabs = nullptr;
    PortfolioPanel *m_portfolio = nullptr;
    QWidget *m_traineesTab = nullptr;
    QLabel *m_summary = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QPushButton *m_enrol = nullptr;
    QPushButton *m_loadPathway = nullptr;
    ClaimsPanel *m_claims = nullptr;
    GraduatesPanel *m_graduates = nullptr;
};
