#pragma once

#include "devices/Device.h"
#include "loans/LoanRule.h"

#include <QAbstractTableModel>
#include <QHash>
#include <functional>

// The loan rules matrix as a table: one row per cell (borrower category × device type × branch, "any" for
// an empty type or branch) with its loan length, renewals, devices at once and hard end date. Those four
// are edited in place; the model never writes anything itself but hands each edit to `commit`, which runs
// the command and says whether it was saved.
class LoanRulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CategoryColumn,
        TypeColumn,
        BranchColumn,
        LoanDaysColumn,
        RenewalsColumn,
        ActiveLoansColumn,
        HardEndColumn,
        ColumnCount
    };
    using Commit = std::function<bool(const LoanRule &rule, int column, const QVariant &value)>;

    explicit LoanRulesModel(QObject *parent = nullptr);

    void setRules(QList<LoanRule> rules, QHash<QString, DeviceType> types, QHash<QString, Branch> branches);
    void setCommit(Commit commit) { m_commit = std::move(commit); }
    const LoanRule &rule(int row) const { return m_rules.at(row); }
    int rowOfId(const QString &ruleId) const;
    QString typeCode(const LoanRule &rule) const;
    QString branchCode(const LoanRule &rule) const;
    QString describe(const LoanRule &rule) const; // "standard borrowers, any device type, any branch"

    // The standard "any type, any branch" rule is everyone's fallback.
    static bool isStandardFallback(const LoanRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    QString typeLabel(const LoanRule &rule) const;
    QString branchLabel(const LoanRule &rule) const;

    QList<LoanRule> m_rules;
    QHash<QString, DeviceType> m_types; // by id
    QHash<QString, Branch> m_branches;  // by id
    Commit m_commit;
};
