#pragma once

#include "ReadOnlyTableModel.h"

#include <QWidget>

class DataTable;
class QSortFilterProxyModel;
class QTableView;

// A DataTable (with its "nothing here" message) over a ReadOnlyTableModel, sorted through a proxy by each
// cell's sort value. The header sorts on click; keyboard users sort with the list's "Sort by" box.
class SortedTable : public QWidget {
    Q_OBJECT
public:
    SortedTable(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                QWidget *parent = nullptr);

    void setRows(QList<ReadOnlyTableModel::Row> rows);
    void setEmptyText(const QString &text);
    void setNumericColumns(const QSet<int> &columns);
    void sortBy(int column, Qt::SortOrder order);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    QStringList headers() const;
    int rowCount() const;
    // The row key (e.g. a device tag) of the selected row, or of row `row` in the shown order.
    QString currentKey() const;
    QString keyAt(int row) const;
    QStringList column(int column) const; // shown order, for tests and summaries

    DataTable *table() const { return m_table; }
    QTableView *view() const;

signals:
    void activated(const QString &key);
    void sortChanged(int column, Qt::SortOrder order);

private:
    ReadOnlyTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DataTable *m_table = nullptr;
};
