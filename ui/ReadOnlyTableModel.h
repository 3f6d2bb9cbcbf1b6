#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>
#include <QVariantList>

// A small read-only table of already-formatted text: each screen turns its query rows into cells. A row can
// ask for attention (overdue, problem), drawn in the warning colours; screens also say so in words, so colour
// is never the only signal. SortRole gives each cell's sort value when the screen supplies one (a date sorts
// as a date, "10" after "9"), else its case-folded text.
class ReadOnlyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { RowKeyRole = Qt::UserRole + 1, AttentionRole, SortRole };

    struct Row {
        QStringList cells;
        QString key; // the record's id, for opening it
        bool attention = false;
        QVariantList sortValues = {}; // one per cell; a missing or null one sorts by the text
    };

    explicit ReadOnlyTableModel(QStringList headers, QObject *parent = nullptr);

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
