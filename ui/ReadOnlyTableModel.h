#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QStringList>

// A small read-only table of already-formatted text, for the overview screens: each screen turns its
// query rows into cells. A row can ask for attention (overdue, problem), drawn in the warning colours;
// screens also say so in words, so colour is never the only signal.
class ReadOnlyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { RowKeyRole = Qt::UserRole + 1, AttentionRole };

    struct Row {
        QStringList cells;
        QString key; // the record's id, for opening it
        bool attention = false;
    };

    explicit ReadOnlyTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(QList<Row> rows);
    void setNumericColumns(QSet<int> columns) { m_numeric = std::move(columns); }
    const Row &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QSet<int> m_numeric;
};
