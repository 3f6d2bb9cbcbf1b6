#pragma once

#include "BookingsPanel.h"

class QDateEdit;
class QLabel;

// Printable views: a volunteer's week ("My week" for a volunteer), a branch's day, and the coordinator's
// calendar (every volunteer's week). Alt+P prints, Alt+F saves a PDF.
class CalendarPanel : public BookingsPanel {
    Q_OBJECT
public:
    enum class View { VolunteerWeek, BranchDay, Everyone };

    CalendarPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;
    void refresh() override;
    // The printed form of what is shown (HTML), for Print and PDF.
    QString documentHtml() const;
    QString documentTitle() const;

private:
    View view() const;
    void fillChoosers();
    void print();
    void savePdf();

    QComboBox *m_view = nullptr;
    QComboBox *m_volunteer = nullptr;
    QComboBox *m_branch = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_heading = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    MessageBanner *m_message = nullptr;
    QList<BookingListRow> m_rows;
    QList<EventRow> m_events;
    QDate m_from;
    QDate m_to;
};
