#pragma once

#include "BookingsPanel.h"

class FormField;
class QSpinBox;

// Book a resident into a session: card, need, how and when; "Find volunteers" lists those who fit (best
// first), "Book with selected" books one, and when nobody is free the resident goes on the waiting list. A
// volunteer books only themself. Alt+I finds, Alt+K books, Alt+A adds to the waiting list.
class BookSessionPanel : public BookingsPanel {
    Q_OBJECT
public:
    BookSessionPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void refresh() override;

private:
    void find();
    void book();
    void addToWaitingList();
    SessionRequest request(QString *problem) const;

    FormField *m_card = nullptr;
    QComboBox *m_need = nullptr;
    FormField *m_needText = nullptr;
    QComboBox *m_channel = nullptr;
    QComboBox *m_branch = nullptr;
    FormField *m_start = nullptr;
    QSpinBox *m_minutes = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_book = nullptr;
    QPushButton *m_wait = nullptr;
    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
