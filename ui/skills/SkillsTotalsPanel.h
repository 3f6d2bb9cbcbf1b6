#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class QChart;
class QChartView;
class QLabel;
class QProgressBar;
class ReadOnlyTableModel;

// The programme's badge figures: the running total against the council's target (26,000 badges), a chart of
// badges per month with the running total, and badges, learners and awards by branch, team and month.
class SkillsTotalsPanel : public QWidget {
    Q_OBJECT
public:
    SkillsTotalsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QProgressBar *m_target = nullptr;
    QLabel *m_targetText = nullptr;
    QChartView *m_chartView = nullptr;
    DataTable *m_byBranch = nullptr;
    DataTable *m_byTeam = nullptr;
    DataTable *m_byMonth = nullptr;
    ReadOnlyTableModel *m_branchModel = nullptr;
    ReadOnlyTableModel *m_teamModel = nullptr;
    ReadOnlyTableModel *m_monthModel = nullptr;
};
