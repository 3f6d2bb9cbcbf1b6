#pragma once

#include "BookingsPanel.h"

class QDateEdit;
class QLabel;

// Tomorrow's sessions (or another day's) for residents who are offline, to remind by phone or by post as each
// consented (consent_phone / consent_post). Residents with neither consent are counted, never listed. Alt+C
// saves the CSV, Alt+P prints.
class RemindersPanel : public BookingsPanel {
    Q_OBJECT
public:
    RemindersPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void refresh() override;
    QString csvText() const;
    QString documentHtml() const;

private:
    void saveCsv();
    void print();

    QDateEdit *m_date = nullptr;
    QLabel *m_note = nullptr;
    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    ReminderList m_list;
};
