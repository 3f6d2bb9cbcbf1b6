#pragma once

#include "BookingsPanel.h"

class QLabel;

// Volunteers with their DBS state (alerts at 60, 30 and 7 days by default, expired, missing), and for
// coordinators the profile and DBS forms; everyone who may book sees the list, a volunteer sees themself and
// edits their own weekly times and time away. Alt+A adds, Alt+I edits, Alt+K records a DBS check, Alt+T opens
// the times.
class VolunteersPanel : public BookingsPanel {
    Q_OBJECT
public:
    VolunteersPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void refresh() override;

private:
    void editProfile(bool isNew);
    void recordDbs();
    void editTimes();
    QString selected();

    QLabel *m_alerts = nullptr;
    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
