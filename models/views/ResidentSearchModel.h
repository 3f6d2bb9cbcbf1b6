#pragma once

#include "residents/ResidentSearch.h"

#include <QAbstractTableModel>

class Actor;

// Search hits as a read-only table (card, name, postcode, phone) for list views. Each search replaces the
// rows; what the actor may see is enforced by ResidentSearch.
class ResidentSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { CardColumn, NameColumn, PostcodeColumn, PhoneColumn, ColumnCount };
    enum Roles { ResidentIdRole = Qt::UserRole + 1 };

    explicit ResidentSearchModel(QSqlDatabase db, QObject *parent = nullptr);

    // Throws StoreError when the store cannot be read; the rows are left empty then.
    void search(const QString &text, const Actor &actor, int limit = kDefaultLimit);
    void clear();

    QString residentId(int row) const;
    int rowOf(const QString &residentId) const; // -1 when not shown
    bool limitReached() const { return m_limitReached; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kDefaultLimit = 50;

private:
    ResidentSearch m_search;
    QList<ResidentHit> m_hits;
    bool m_limitReached = false;
};
