#pragma once

#include "BookingsPanel.h"

class QLabel;

// Sessions from today on (every volunteer's for staff, a volunteer's own otherwise) and the ones that still
// need an outcome. Alt+C confirms the selected session; Alt+O records what happened (OutcomeDialog).
class SessionsPanel : public BookingsPanel {
    Q_OBJECT
public:
    SessionsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void refresh() override;

    DataTable *table() const { return m_table; }

private:
    void confirm();
    void recordOutcome();

    QLabel *m_summary = nullptr;
    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QPushButton *m_confirm = nullptr;
    QPushButton *m_outcome = nullptr;
};
