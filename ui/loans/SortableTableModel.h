#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVariantList>

// A read-only table of formatted text that sorts by what the text means: each cell has its shown text
// and a sort value (a date sorts as a date, "10" after "9"), given by the screen that fills it. A row can
// ask for attention (overdue), drawn in the warning colours; screens also say so in words.
class SortableTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { SortRole = Qt::UserRole + 10, RowKeyRole, AttentionRole };

    struct Row {
        QStringList cells;
        QVariantList sortValues; // one per cell; a missing or null one sorts by the text
        QString key;             // e.g. the device tag, for acting on the row
        bool attention = false;
    };

    explicit SortableTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    void setNumericColumns(QSet<int> columns) { m_numeric = std::move(columns); }
    const Row &row(int index) const { return m_rows.at(index); }
    QStringList headers() const { return m_headers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QSet<int> m_numeric;
};
