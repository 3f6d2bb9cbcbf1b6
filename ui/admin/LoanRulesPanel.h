#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "devices/Device.h"

#include <QPointer>
#include <QWidget>

class DataTable;
class LoanRulesModel;
class MessageBanner;
class QDialog;
class QMessageBox;
class QPushButton;
struct LoanRule;

// Admin → Loan rules: the matrix, edited in place (F2 or just type on a loan length, renewals, devices at
// once or hard end date) or through "New rule" / "Change rule", and "Remove rule". Every change is a
// SetLoanRuleCommand or RemoveLoanRuleCommand; a refusal (such as removing the standard rule) is shown above
// the table and nothing changes.
class LoanRulesPanel : public QWidget {
    Q_OBJECT
public:
    LoanRulesPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

    void addRule();
    void editCurrent();
    void removeCurrent();
    LoanRulesModel *model() const { return m_model; }
    DataTable *table() const { return m_table; }
    QWidget *openDialog() const;

private:
    bool commitEdit(const LoanRule &rule, int column, const QVariant &value);
    void removeConfirmed(const QString &ruleId);
    void dialogFinished(int result);
    void selectRule(const QString &ruleId);
    void fitTypeColumn();

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_notice = nullptr;
    DataTable *m_table = nullptr;
    LoanRulesModel *m_model = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QList<DeviceType> m_types;
    QList<Branch> m_branches;
    QPointer<QDialog> m_dialog;
    QPointer<QMessageBox> m_confirm;
};
