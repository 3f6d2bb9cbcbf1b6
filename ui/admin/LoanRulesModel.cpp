#include "LoanRulesModel.h"

#include "DisplayFormat.h"
#include "loans/LoanRules.h"

#include <QFont>

LoanRulesModel::LoanRulesModel(QObject *parent)
    : QAbstractTableModel(parent) {}

void LoanRulesModel::setRules(QList<LoanRule> rules, QHash<QString, DeviceType> types,
                              QHash<QString, Branch> branches) {
    beginResetModel();
    m_rules = std::move(rules);
    m_types = std::move(types);
    m_branches = std::move(branches);
    endResetModel();
}

int LoanRulesModel::rowOfId(const QString &ruleId) const {
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == ruleId) {
            return i;
        }
    }
    return -1;
}

bool LoanRulesModel::isStandardFallback(const LoanRule &rule) {
    return rule.borrowerCategory == QLatin1String(LoanRules::kStandardCategory) &&
           rule.deviceTypeId.isEmpty() && rule.branchId.isEmpty();
}

QString LoanRulesModel::typeCode(const LoanRule &rule) const {
    return m_types.value(rule.deviceTypeId).code;
}

QString LoanRulesModel::branchCode(const LoanRule &rule) const {
    return m_branches.value(rule.branchId).code;
}

QString LoanRulesModel::typeLabel(const LoanRule &rule) const {
    if (rule.deviceTypeId.isEmpty()) {
        return tr("Any type");
    }
    const auto it = m_types.constFind(rule.deviceTypeId);
    return it == m_types.cend() ? tr("(removed type)") : tr("%1 — %2").arg(it->code, it->name);
}

QString LoanRulesModel::branchLabel(const LoanRule &rule) const {
    if (rule.branchId.isEmpty()) {
        return tr("Any branch");
    }
    const auto it = m_branches.constFind(rule.branchId);
    return it == m_branches.cend() ? tr("(removed branch)") : it->name;
}

QString LoanRulesModel::describe(const LoanRule &rule) const {
    return tr("%1 borrowers, %2, %3")
        .arg(DisplayFormat::borrowerCategory(rule.borrowerCategory), typeLabel(rule), branchLabel(rule));
}

int LoanRulesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}

int LoanRulesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoanRulesModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rules.size()) {
        return {};
    }
    const LoanRule &r = m_rules.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case CategoryColumn:
            return DisplayFormat::borrowerCategory(r.borrowerCategory);
        case TypeColumn:
            return typeLabel(r);
        case BranchColumn:
            return branchLabel(r);
        case LoanDaysColumn:
            return QString::number(r.loanDays);
        case RenewalsColumn:
            return QString::number(r.maxRenewals);
        case ActiveLoansColumn:
            return QString::number(r.maxActiveLoans);
        case HardEndColumn:
            return r.hardEndDate.isValid() ? DisplayFormat::date(r.hardEndDate) : tr("None");
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case LoanDaysColumn:
            return r.loanDays;
        case RenewalsColumn:
            return r.maxRenewals;
        case ActiveLoansColumn:
            return r.maxActiveLoans;
        case HardEndColumn:
            return r.hardEndDate.isValid() ? r.hardEndDate.toString(QStringLiteral("dd/MM/yyyy")) : QString();
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == TypeColumn) {
            return typeLabel(r); // the column may be too narrow for the whole name
        }
        return isStandardFallback(r) ? tr("The standard rule for any device at any branch: everyone's "
                                          "fallback. It can be changed "
                                          "but not removed.")
                                     : tr("Type a number (or press F2) to change the highlighted value");
    }
    if (role == Qt::FontRole && isStandardFallback(r)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= LoanDaysColumn && index.column() <= ActiveLoansColumn
                   ? int(Qt::AlignRight | Qt::AlignVCenter)
                   : int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

QVariant LoanRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CategoryColumn:
        return tr("Borrower category");
    case TypeColumn:
        return tr("Device type");
    case BranchColumn:
        return tr("Branch");
    case LoanDaysColumn:
        return tr("Loan days");
    case RenewalsColumn:
        return tr("Renewals");
    case ActiveLoansColumn:
        return tr("Devices at once");
    case HardEndColumn:
        return tr("Hard end date");
    default:
        return {};
    }
}

Qt::ItemFlags LoanRulesModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // The cell (category, type, branch) is what a rule is; only its values change in place.
    if (index.isValid() && index.column() >= LoanDaysColumn && m_commit) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool LoanRulesModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (!index.isValid() || role != Qt::EditRole || !m_commit || index.row() >= m_rules.size()) {
        return false;
    }
    if (value == data(index, Qt::EditRole)) {
        return false; // nothing changed: no command, no audit row
    }
    return m_commit(m_rules.at(index.row()), index.column(), value);
}
