#pragma once

#include "SectionPage.h"

class DataTable;
class QLabel;
class ReadOnlyTableModel;

// Sessions from today on: every volunteer's for people who manage bookings, a volunteer's own otherwise.
class BookingsPage : public SectionPage {
    Q_OBJECT
public:
    BookingsPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

private:
    QLabel *m_summary = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
