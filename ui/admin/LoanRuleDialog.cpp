#include "LoanRuleDialog.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "devices/FormFields.h"
#include "loans/LoanRuleCommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QSpinBox *spin(QWidget *parent, const QString &objectName, const QString &accessibleName, int min, int max) {
    auto *s = new QSpinBox(parent);
    s->setObjectName(objectName);
    s->setAccessibleName(accessibleName);
    s->setRange(min, max);
    return s;
}
} // namespace

LoanRuleDialog::LoanRuleDialog(DeskContext &ctx, Actor actor, std::optional<LoanRule> existing,
                               QList<DeviceType> types, QList<Branch> branches, QStringList categories,
                               QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("loanRuleDialog"));
    setWindowTitle(m_existing ? tr("Change loan rule") : tr("New loan rule"));
    auto *heading = new QLabel(m_existing ? tr("Change a loan rule") : tr("New loan rule"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    auto *hint =
        new QLabel(m_existing ? tr("The borrower category, device type and branch are what the rule is "
                                   "for; to cover another combination, add a new rule.")
                              : tr("Leave the type or branch as “any” to cover them all. If a rule for "
                                   "the same combination exists, it is changed."),
                   this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("loanRuleMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_category = FormFields::combo(fields, QStringLiteral("ruleCategory"), tr("Borrower category"));
    // A new category can be typed (a word in lower case, such as care_leaver); the known ones are listed.
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    QStringList keys = DisplayFormat::borrowerCategoryKeys();
    for (const QString &c : categories) {
        if (!keys.contains(c)) {
            keys.append(c);
        }
    }
    for (const QString &key : keys) {
        m_category->addItem(DisplayFormat::borrowerCategory(key), key);
    }
    m_type = FormFields::combo(fields, QStringLiteral("ruleType"), tr("Device type"));
    m_type->addItem(tr("Any device type"), QString());
    for (const DeviceType &t : types) {
        m_type->addItem(tr("%1 — %2").arg(t.code, t.name), t.code);
    }
    m_branch = FormFields::combo(fields, QStringLiteral("ruleBranch"), tr("Branch"));
    m_branch->addItem(tr("Any branch"), QString());
    for (const Branch &b : branches) {
        m_branch->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
    }
    m_days = spin(fields, QStringLiteral("ruleLoanDays"), tr("Loan length in days"), 1,
                  SetLoanRuleCommand::kMaxLoanDays);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(56);
    m_renewals = spin(fields, QStringLiteral("ruleMaxRenewals"), tr("Renewals allowed"), 0, 99);
    m_renewals->setValue(2);
    m_active =
        spin(fields, QStringLiteral("ruleMaxActive"), tr("Devices a resident may have at once"), 1, 20);
    m_active->setValue(1);
    m_hardEnd =
        FormFields::line(fields, QStringLiteral("ruleHardEnd"), tr("Hard end date, day month year"), 10, 12);
    m_hardEnd->setPlaceholderText(tr("DD/MM/YYYY, or blank for none"));
    m_hardEnd->setToolTip(tr("No loan under this rule runs past this date (for example when funding ends)"));
    FormFields::addRow(form, tr("Borrower &category"), m_category);
    FormFields::addRow(form, tr("Device &type"), m_type);
    FormFields::addRow(form, tr("&Branch"), m_branch);
    FormFields::addRow(form, tr("&Loan length"), m_days);
    FormFields::addRow(form, tr("&Renewals"), m_renewals);
    FormFields::addRow(form, tr("Devices at &once"), m_active);
    FormFields::addRow(form, tr("&Hard end date"), m_hardEnd);

    if (m_existing) {
        const LoanRule &r = *m_existing;
        int category = m_category->findData(r.borrowerCategory);
        if (category < 0) {
            m_category->addItem(r.borrowerCategory, r.borrowerCategory);
            category = m_category->count() - 1;
        }
        m_category->setCurrentIndex(category);
        for (const DeviceType &t : types) {
            if (t.id == r.deviceTypeId) {
                m_type->setCurrentIndex(m_type->findData(t.code));
            }
        }
        for (const Branch &b : branches) {
            if (b.id == r.branchId) {
                m_branch->setCurrentIndex(m_branch->findData(b.code));
            }
        }
        m_days->setValue(r.loanDays);
        m_renewals->setValue(r.maxRenewals);
        m_active->setValue(r.maxActiveLoans);
        m_hardEnd->setText(FormFields::dateText(r.hardEndDate));
        m_category->setEnabled(false);
        m_type->setEnabled(false);
        m_branch->setEnabled(false);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Save rule"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("ruleSaveButton"));
    save->setAccessibleName(tr("Save the loan rule"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("ruleCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoanRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoanRuleDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &LoanRuleDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    (m_existing ? static_cast<QWidget *>(m_days) : static_cast<QWidget *>(m_category))
        ->setFocus(Qt::OtherFocusReason);
}

QString LoanRuleDialog::categoryKey() const {
    // A known category is chosen by its label; anything else typed is taken as the category's key.
    const QString typed = m_category->currentText().trimmed();
    const int known = m_category->findText(typed, Qt::MatchFixedString);
    return known >= 0 ? m_category->itemData(known).toString()
                      : typed.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
}

void LoanRuleDialog::accept() {
    bool dateOk = true;
    SetLoanRuleCommand::Details details;
    details.borrowerCategory = FormFields::present(categoryKey());
    details.typeCode = m_type->currentData().toString();
    details.branchCode = m_branch->currentData().toString();
    details.loanDays = m_days->value();
    details.maxRenewals = m_renewals->value();
    details.maxActiveLoans = m_active->value();
    details.hardEndDate = FormFields::parseDate(m_hardEnd->text(), &dateOk);
    if (!dateOk) {
        m_message->showError(
            tr("Nothing was saved. Write the hard end date as day/month/year, or leave it blank."));
        m_hardEnd->setFocus(Qt::OtherFocusReason);
        return;
    }
    SetLoanRuleCommand command(details);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedId = result.entityId();
    m_savedSummary = result.message();
    QDialog::accept();
}
