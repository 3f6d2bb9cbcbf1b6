#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class QChartView;
class QLabel;
class QProgressBar;
class ReadOnlyTableModel;

// Graduates of the pathway against the council's target (500): a bar, a chart by month and a table by branch.
class GraduatesPanel : public QWidget {
    Q_OBJECT
public:
    GraduatesPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_target = nullptr;
    QChartView *m_chart = nullptr;
    DataTable *m_byBranch = nullptr;
    ReadOnlyTableModel *m_branchModel = nullptr;
};
