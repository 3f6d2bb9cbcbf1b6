#pragma once

#include "SectionPage.h"

class DataTable;
class QCheckBox;
class QLabel;
class ReadOnlyTableModel;

// Active loans, soonest due first, overdue ones marked (in words and colour); a filter narrows the list
// to the overdue ones for the morning's reminder calls.
class LoansPage : public SectionPage {
    Q_OBJECT
public:
    LoansPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

private:
    QCheckBox *m_overdueOnly = nullptr;
    QLabel *m_summary = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
