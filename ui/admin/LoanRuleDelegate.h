#pragma once

#include <QStyledItemDelegate>

// Editors for the loan rules table: number boxes held to the ranges the loan rules allow, and a date typed
// as day/month/year (blank for none).
class LoanRuleDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
};
