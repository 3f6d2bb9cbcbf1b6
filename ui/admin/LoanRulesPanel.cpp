#include "LoanRulesPanel.h"

#include "DataTable.h"
#include "DeskStyle.h"
#include "LoanRuleDelegate.h"
#include "LoanRuleDialog.h"
#include "LoanRulesModel.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "devices/DeviceRepository.h"
#include "devices/FormFields.h"
#include "devices/StoreRead.h"
#include "loans/LoanRuleCommands.h"
#include "loans/LoanRules.h"
#include "store/Store.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

LoanRulesPanel::LoanRulesPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("loanRulesTab"));
    auto *intro =
        new QLabel(tr("The most specific rule for the resident's category, the device type and the branch "
                      "applies; “any” fits every type or branch. Type a number on a value to change it."),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("loanRulesNotice"));

    m_model = new LoanRulesModel(this);
    m_model->setCommit([this](const LoanRule &rule, int column, const QVariant &value) {
        return commitEdit(rule, column, value);
    });
    m_table = new DataTable(QStringLiteral("loanRulesTable"), tr("Loan rules"), this);
    m_table->setModel(m_model);
    m_table->setEmptyText(tr("No loan rules: nothing can be lent until the standard rule is set."));
    QTableView *view = m_table->view();
    view->setToolTip(
        tr("Type a number on a loan length, renewals or devices at once (or press F2) to change it; "
           "Enter saves, Esc leaves it as it was. Enter on a row opens it."));
    connect(m_model, &QAbstractItemModel::modelReset, this, &LoanRulesPanel::fitTypeColumn);
    view->setItemDelegate(new LoanRuleDelegate(view));
    view->setHorizontalScrollMode(
        QAbstractItemView::ScrollPerPixel); // at large text, scroll no further than needed
    view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked |
                          QAbstractItemView::AnyKeyPressed);

    m_add =
        FormFields::button(this, tr("&New rule…"), QStringLiteral("addRuleButton"), tr("Add a loan rule"));
    m_edit = FormFields::button(this, tr("&Change rule…"), QStringLiteral("editRuleButton"),
                                tr("Change the selected loan rule"));
    m_edit->setToolTip(tr("Change the selected rule (Enter)"));
    m_remove = FormFields::button(this, tr("Re&move rule…"), QStringLiteral("removeRuleButton"),
                                  tr("Remove the selected loan rule"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);

    connect(view, &QTableView::activated, this, [this](const QModelIndex &) { editCurrent(); });
    connect(m_add, &QPushButton::clicked, this, &LoanRulesPanel::addRule);
    connect(m_edit, &QPushButton::clicked, this, &LoanRulesPanel::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &LoanRulesPanel::removeCurrent);
}

QWidget *LoanRulesPanel::focusTarget() const {
    return m_table;
}

QWidget *LoanRulesPanel::openDialog() const {
    return m_dialog ? static_cast<QWidget *>(m_dialog.data()) : static_cast<QWidget *>(m_confirm.data());
}

void LoanRulesPanel::refresh() {
    const QModelIndex current = m_table->view()->currentIndex();
    const QString keep = current.isValid() ? m_model->rule(current.row()).id : QString();
    const int column = current.isValid() ? current.column() : LoanRulesModel::LoanDaysColumn;
    QList<LoanRule> rules;
    const bool read = StoreRead::run(m_notice, [&] {
        if (!m_actor.can(Permission::LoanRulesManage)) {
            return; // the tab is not built for others; this keeps a stray call harmless
        }
        const DeviceRepository repo(m_ctx.store.database());
        m_types = repo.types();
        m_branches = repo.branches();
        rules = LoanRules(m_ctx.store.database()).all();
    });
    if (read && m_notice->isError()) {
        m_notice->clearMessage();
    }
    QHash<QString, DeviceType> types;
    for (const DeviceType &t : std::as_const(m_types)) {
        types.insert(t.id, t);
    }
    QHash<QString, Branch> branches;
    for (const Branch &b : std::as_const(m_branches)) {
        branches.insert(b.id, b);
    }
    m_model->setRules(rules, types, branches);
    selectRule(keep);
    if (current.isValid() && m_table->view()->currentIndex().isValid()) {
        m_table->view()->setCurrentIndex(m_model->index(m_table->view()->currentIndex().row(), column));
    }
    // Keep the category in view: scroll sideways only as far as the current value needs, once the
    // columns have their final widths (the first time, the view is not even laid out yet).
    QTimer::singleShot(0, this, [this] {
        fitTypeColumn();
        m_table->view()->horizontalScrollBar()->setValue(0);
        m_table->view()->scrollTo(m_table->view()->currentIndex());
    });
}

void LoanRulesPanel::fitTypeColumn() {
    // A long type name ("MIFI — TP-Link M7350 MiFi hotspot") gives way when the table is wider than the view
    // (large text), down to 18 characters, so the values stay beside it; the tooltip has the whole name.
    QTableView *view = m_table->view();
    view->resizeColumnToContents(LoanRulesModel::TypeColumn);
    int total = 0;
    for (int c = 0; c < LoanRulesModel::ColumnCount - 1; ++c) {
        total += view->columnWidth(c);
    }
    const int excess = total - view->viewport()->width();
    const int floor = view->fontMetrics().averageCharWidth() * 18;
    const int width = view->columnWidth(LoanRulesModel::TypeColumn);
    if (excess > 0 && width > floor) {
        view->setColumnWidth(LoanRulesModel::TypeColumn, qMax(floor, width - excess));
    }
}

void LoanRulesPanel::selectRule(const QString &ruleId) {
    const int row = ruleId.isEmpty() ? -1 : m_model->rowOfId(ruleId);
    if (row >= 0) {
        m_table->view()->setCurrentIndex(m_model->index(row, LoanRulesModel::LoanDaysColumn));
    } else if (m_model->rowCount() > 0) {
        m_table->view()->setCurrentIndex(m_model->index(0, LoanRulesModel::LoanDaysColumn));
    }
}

bool LoanRulesPanel::commitEdit(const LoanRule &rule, int column, const QVariant &value) {
    SetLoanRuleCommand::Details d;
    d.borrowerCategory = rule.borrowerCategory;
    d.typeCode = m_model->typeCode(rule);
    d.branchCode = m_model->branchCode(rule);
    d.loanDays = rule.loanDays;
    d.maxRenewals = rule.maxRenewals;
    d.maxActiveLoans = rule.maxActiveLoans;
    d.hardEndDate = rule.hardEndDate;
    switch (column) {
    case LoanRulesModel::LoanDaysColumn:
        d.loanDays = value.toInt();
        break;
    case LoanRulesModel::RenewalsColumn:
        d.maxRenewals = value.toInt();
        break;
    case LoanRulesModel::ActiveLoansColumn:
        d.maxActiveLoans = value.toInt();
        break;
    case LoanRulesModel::HardEndColumn: {
        bool ok = true;
        d.hardEndDate = FormFields::parseDate(value.toString(), &ok);
        if (!ok) {
            m_notice->showError(
                tr("Nothing was saved. Write the hard end date as day/month/year, or leave it blank "
                   "for none."));
            return false;
        }
        break;
    }
    default:
        return false;
    }
    SetLoanRuleCommand command(d);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (result.ok()) {
        m_notice->showInfo(tr("Saved. %1").arg(result.message()));
    } else {
        m_notice->showError(result.message());
    }
    // Reloaded once the editor has closed: the model must not be reset while the view is committing.
    QTimer::singleShot(0, this, &LoanRulesPanel::refresh);
    return result.ok();
}

void LoanRulesPanel::addRule() {
    if (m_dialog || m_confirm) {
        return;
    }
    m_notice->clearMessage();
    QStringList categories;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        categories.append(m_model->rule(r).borrowerCategory);
    }
    auto *dialog = new LoanRuleDialog(m_ctx, m_actor, std::nullopt, m_types, m_branches, categories, this);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, &LoanRulesPanel::dialogFinished);
    dialog->open();
}

void LoanRulesPanel::editCurrent() {
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid() || m_dialog || m_confirm) {
        return;
    }
    m_notice->clearMessage();
    auto *dialog =
        new LoanRuleDialog(m_ctx, m_actor, m_model->rule(current.row()), m_types, m_branches, {}, this);
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, &LoanRulesPanel::dialogFinished);
    dialog->open();
}

void LoanRulesPanel::dialogFinished(int result) {
    auto *dialog = qobject_cast<LoanRuleDialog *>(m_dialog.data());
    m_dialog = nullptr;
    if (!dialog) {
        return;
    }
    dialog->deleteLater();
    window()->activateWindow();
    if (result == QDialog::Accepted) {
        refresh();
        selectRule(dialog->savedRuleId());
        m_notice->showInfo(tr("Saved. %1").arg(dialog->savedSummary()));
    }
    m_table->view()->setFocus(Qt::OtherFocusReason);
}

void LoanRulesPanel::removeCurrent() {
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid() || m_dialog || m_confirm) {
        return;
    }
    m_notice->clearMessage();
    const LoanRule rule = m_model->rule(current.row());
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Remove loan rule"),
                                tr("Remove the rule for %1?").arg(m_model->describe(rule)),
                                QMessageBox::Yes | QMessageBox::No, this);
    m_confirm->setObjectName(QStringLiteral("removeRuleConfirm"));
    m_confirm->setInformativeText(
        tr("Loans already made keep their due dates. New loans for this combination "
           "use the next most specific rule."));
    m_confirm->setDefaultButton(QMessageBox::No);
    m_confirm->button(QMessageBox::Yes)->setText(tr("&Remove"));
    m_confirm->button(QMessageBox::Yes)->setObjectName(QStringLiteral("removeRuleYes"));
    m_confirm->button(QMessageBox::No)->setText(tr("&Keep it"));
    const QString id = rule.id;
    connect(m_confirm, &QMessageBox::finished, this, [this, id] {
        QMessageBox *box = m_confirm;
        m_confirm = nullptr;
        const bool yes = box && box->clickedButton() == box->button(QMessageBox::Yes);
        if (box) {
            box->deleteLater();
        }
        window()->activateWindow();
        if (yes) {
            removeConfirmed(id);
        }
        m_table->view()->setFocus(Qt::OtherFocusReason);
    });
    m_confirm->open();
}

void LoanRulesPanel::removeConfirmed(const QString &ruleId) {
    RemoveLoanRuleCommand command(ruleId);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_notice->showError(result.message());
        return;
    }
    refresh();
    m_notice->showInfo(result.message());
}
