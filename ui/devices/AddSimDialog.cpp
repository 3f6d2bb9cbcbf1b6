#include "AddSimDialog.h"

#include "DeskStyle.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "StoreRead.h"
#include "commands/CommandBus.h"
#include "devices/DeviceRepository.h"
#include "loans/DataOfferCommands.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AddSimDialog::AddSimDialog(DeskContext &ctx, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("addSimDialog"));
    setWindowTitle(tr("Add a SIM or voucher"));
    auto *heading = new QLabel(tr("Add a SIM card or data voucher to the stock"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    heading->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("addSimMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_kind = FormFields::combo(fields, QStringLiteral("simKind"), tr("SIM card or voucher"));
    m_kind->addItem(tr("SIM card"), QStringLiteral("sim"));
    m_kind->addItem(tr("Data voucher"), QStringLiteral("voucher"));
    m_code = FormFields::line(fields, QStringLiteral("simCode"), tr("ICCID or voucher code"), 48);
    m_code->setPlaceholderText(tr("Scan or type the ICCID (19–20 digits starting 89)"));
    m_code->installEventFilter(this);
    m_network = FormFields::line(fields, QStringLiteral("simNetwork"), tr("Network"), 60, 16);
    m_network->setPlaceholderText(tr("e.g. Vodafone"));
    m_gb = new QSpinBox(fields);
    m_gb->setObjectName(QStringLiteral("simGbPerMonth"));
    m_gb->setAccessibleName(tr("Gigabytes a month"));
    m_gb->setRange(1, 1000);
    m_gb->setValue(20);
    m_gb->setSuffix(tr(" GB"));
    m_months = new QSpinBox(fields);
    m_months->setObjectName(QStringLiteral("simMonths"));
    m_months->setAccessibleName(tr("Number of months"));
    m_months->setRange(1, 36);
    m_months->setValue(6);
    m_branch = FormFields::combo(fields, QStringLiteral("simBranch"), tr("Branch holding it"));
    m_branch->addItem(tr("No particular branch"), QString());
    QList<Branch> branches;
    StoreRead::run(m_message, [&] { branches = DeviceRepository(m_ctx.store.database()).branches(); });
    for (const Branch &b : branches) {
        m_branch->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
        if (b.id == m_actor.branchId()) {
            m_branch->setCurrentIndex(m_branch->count() - 1);
        }
    }
    FormFields::addRow(form, tr("&Kind"), m_kind);
    FormFields::addRow(form, tr("&Code *"), m_code);
    FormFields::addRow(form, tr("&Network *"), m_network);
    FormFields::addRow(form, tr("&Data a month"), m_gb);
    FormFields::addRow(form, tr("&Months"), m_months);
    FormFields::addRow(form, tr("&Branch"), m_branch);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_code->setPlaceholderText(m_kind->currentData().toString() == QLatin1String("sim")
                                       ? tr("Scan or type the ICCID (19–20 digits starting 89)")
                                       : tr("The voucher code, 4 to 40 letters, digits or -"));
    });

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("&Add to stock"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("simSaveButton"));
    save->setAccessibleName(tr("Add to stock"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("simCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSimDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSimDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_message);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_code->setFocus(Qt::OtherFocusReason);
}

bool AddSimDialog::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_code && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            focusNextChild(); // the scanner's Enter after the code
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void AddSimDialog::accept() {
    AddSimCommand::Details details;
    details.kind = m_kind->currentData().toString();
    details.code = FormFields::present(m_code->text());
    details.network = FormFields::present(m_network->text());
    details.gbPerMonth = m_gb->value();
    details.months = m_months->value();
    details.branchCode = m_branch->currentData().toString();
    AddSimCommand command(details);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedSummary = result.message();
    QDialog::accept();
}
