#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QStackedLayout;
class QTableView;

// A table that says something useful when it has no rows ("No loans are overdue.") instead of showing
// an empty grid. The view and the message share one place in the layout.
class DataTable : public QWidget {
    Q_OBJECT
public:
    DataTable(const QString &objectName, const QString &accessibleName, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    void setEmptyText(const QString &text);
    QTableView *view() const { return m_view; }

    // Sizes columns to their contents once data has arrived, leaving the last one to stretch.
    void fitColumns();

private:
    void updateEmptyState();

    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QStackedLayout *m_stack = nullptr;
    QAbstractItemModel *m_model = nullptr;
};
