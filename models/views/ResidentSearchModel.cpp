#include "ResidentSearchModel.h"

#include "auth/Actor.h"

ResidentSearchModel::ResidentSearchModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(std::move(db)) {}

void ResidentSearchModel::search(const QString &text, const Actor &actor, int limit) {
    beginResetModel();
    m_hits.clear();
    m_limitReached = false;
    try {
        const ResidentSearch::Result result = m_search.search(text, actor, limit);
        m_hits = result.hits;
        m_limitReached = result.moreThanShown || m_hits.size() >= limit;
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

void ResidentSearchModel::clear() {
    beginResetModel();
    m_hits.clear();
    m_limitReached = false;
    endResetModel();
}

QString ResidentSearchModel::residentId(int row) const {
    return row >= 0 && row < m_hits.size() ? m_hits.at(row).id : QString();
}

int ResidentSearchModel::rowOf(const QString &residentId) const {
    for (int i = 0; i < m_hits.size(); ++i) {
        if (m_hits.at(i).id == residentId) {
            return i;
        }
    }
    return -1;
}

int ResidentSearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

int ResidentSearchModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResidentSearchModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_hits.size()) {
        return {};
    }
    const ResidentHit &hit = m_hits.at(index.row());
    if (role == ResidentIdRole) {
        return hit.id;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case CardColumn:
        return hit.card;
    case NameColumn:
        return hit.displayName();
    case PostcodeColumn:
        return hit.postcode;
    case PhoneColumn:
        return hit.phone;
    default:
        return {};
    }
}

QVariant ResidentSearchModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CardColumn:
        return tr("Card");
    case NameColumn:
        return tr("Name");
    case PostcodeColumn:
        return tr("Postcode");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}
