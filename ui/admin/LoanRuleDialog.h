#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "devices/Device.h"
#include "loans/LoanRule.h"

#include <QDialog>
#include <optional>

class MessageBanner;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Adds a cell to the loan rules matrix or changes one (SetLoanRuleCommand). When changing, the cell itself
// (category, type, branch) is fixed: a different cell is a different rule. Adding a cell that exists
// changes that rule, as the command does.
class LoanRuleDialog : public QDialog {
    Q_OBJECT
public:
    LoanRuleDialog(DeskContext &ctx, Actor actor, std::optional<LoanRule> existing, QList<DeviceType> types,
                   QList<Branch> branches, QStringList categories, QWidget *parent = nullptr);

    QString savedRuleId() const { return m_savedId; }
    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

private:
    QString categoryKey() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    const std::optional<LoanRule> m_existing;
    MessageBanner *m_message = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_branch = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_renewals = nullptr;
    QSpinBox *m_active = nullptr;
    QLineEdit *m_hardEnd = nullptr;
    QString m_savedId;
    QString m_savedSummary;
};
