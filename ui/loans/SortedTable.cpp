#include "SortedTable.h"

#include "DataTable.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

SortedTable::SortedTable(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                         QWidget *parent)
    : QWidget(parent) {
    m_model = new ReadOnlyTableModel(headers, this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReadOnlyTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    setObjectName(objectName); // the same name as its view: find<SortedTable> or find<QTableView> by it
    m_table = new DataTable(objectName, accessibleName, this);
    m_table->setModel(m_proxy);
    view()->setSortingEnabled(true);
    view()->horizontalHeader()->setSortIndicatorShown(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    setFocusProxy(m_table);

    connect(view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        emit activated(m_proxy->data(index, ReadOnlyTableModel::RowKeyRole).toString());
    });
    connect(view()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &SortedTable::sortChanged);
}

QTableView *SortedTable::view() const {
    return m_table->view();
}

void SortedTable::setRows(QList<ReadOnlyTableModel::Row> rows) {
    const QString keep = currentKey();
    m_model->setRows(std::move(rows));
    // Keep the selection on the same record across a refresh, else start at the top, ready for Enter.
    int select = 0;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        if (!keep.isEmpty() && keyAt(r) == keep) {
            select = r;
            break;
        }
    }
    if (m_proxy->rowCount() > 0) {
        view()->setCurrentIndex(m_proxy->index(select, 0));
    }
}

void SortedTable::setEmptyText(const QString &text) {
    m_table->setEmptyText(text);
}

void SortedTable::setNumericColumns(const QSet<int> &columns) {
    m_model->setNumericColumns(columns);
}

void SortedTable::sortBy(int column, Qt::SortOrder order) {
    view()->sortByColumn(column, order);
}

int SortedTable::sortColumn() const {
    return view()->horizontalHeader()->sortIndicatorSection();
}

Qt::SortOrder SortedTable::sortOrder() const {
    return view()->horizontalHeader()->sortIndicatorOrder();
}

QStringList SortedTable::headers() const {
    return m_model->headers();
}

int SortedTable::rowCount() const {
    return m_proxy->rowCount();
}

QString SortedTable::currentKey() const {
    const QModelIndex current = view()->currentIndex();
    return current.isValid() ? keyAt(current.row()) : QString();
}

QString SortedTable::keyAt(int row) const {
    return m_proxy->index(row, 0).data(ReadOnlyTableModel::RowKeyRole).toString();
}

QStringList SortedTable::column(int column) const {
    QStringList values;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        values.append(m_proxy->index(r, column).data().toString());
    }
    return values;
}
