#include "ReadOnlyTableModel.h"

#include "DeskStyle.h"

#include <QBrush>

ReadOnlyTableModel::ReadOnlyTableModel(QStringList headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(std::move(headers)) {}

void ReadOnlyTableModel::setRows(QList<Row> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ReadOnlyTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReadOnlyTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReadOnlyTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return index.column() < r.cells.size() ? r.cells.at(index.column()) : QString();
    case SortRole:
        if (index.column() < r.sortValues.size() && !r.sortValues.at(index.column()).isNull()) {
            return r.sortValues.at(index.column());
        }
        return index.column() < r.cells.size() ? r.cells.at(index.column()).toCaseFolded() : QString();
    case Qt::TextAlignmentRole:
        return m_numeric.contains(index.column()) ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                  : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::BackgroundRole:
        return r.attention ? QVariant(QBrush(DeskStyle::attentionBackground())) : QVariant();
    case Qt::ForegroundRole:
        return r.attention ? QVariant(QBrush(DeskStyle::attentionText())) : QVariant();
    case RowKeyRole:
        return r.key;
    case AttentionRole:
        return r.attention;
    default:
        return {};
    }
}

QVariant ReadOnlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size()) {
        return m_headers.at(section);
    }
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole) {
        return m_numeric.contains(section) ? int(Qt::AlignRight | Qt::AlignVCenter)
                                           : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}
