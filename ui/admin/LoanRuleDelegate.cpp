#include "LoanRuleDelegate.h"

#include "LoanRulesModel.h"
#include "loans/LoanRuleCommands.h"

#include <QLineEdit>
#include <QSpinBox>

QWidget *LoanRuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const {
    const QString header = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    if (index.column() == LoanRulesModel::HardEndColumn) {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("ruleCellEditor"));
        edit->setAccessibleName(tr("Hard end date, day month year, blank for none"));
        edit->setPlaceholderText(tr("DD/MM/YYYY or blank"));
        edit->setMaxLength(10);
        return edit;
    }
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("ruleCellEditor"));
    spin->setAccessibleName(header);
    switch (index.column()) {
    case LoanRulesModel::LoanDaysColumn:
        spin->setRange(1, SetLoanRuleCommand::kMaxLoanDays);
        break;
    case LoanRulesModel::RenewalsColumn:
        spin->setRange(0, 99);
        break;
    case LoanRulesModel::ActiveLoansColumn:
        spin->setRange(1, 20);
        break;
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    return spin;
}
