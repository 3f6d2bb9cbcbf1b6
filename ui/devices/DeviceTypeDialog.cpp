#include "DeviceTypeDialog.h"

#include "DeskStyle.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "devices/DeviceCommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QString DeviceTypeDialog::categoryLabel(const QString &key) {
    if (key == QLatin1String("tablet")) {
        return tr("Tablet");
    }
    if (key == QLatin1String("laptop")) {
        return tr("Laptop");
    }
    if (key == QLatin1String("chromebook")) {
        return tr("Chromebook");
    }
    if (key == QLatin1String("mifi")) {
        return tr("MiFi hotspot");
    }
    if (key == QLatin1String("phone")) {
        return tr("Phone");
    }
    if (key == QLatin1String("other")) {
        return tr("Other");
    }
    return key;
}

DeviceTypeDialog::DeviceTypeDialog(DeskContext &ctx, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("deviceTypeDialog"));
    setWindowTitle(tr("Add device type"));
    auto *heading = new QLabel(tr("Add a device type"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    auto *hint = new QLabel(tr("The kit and the replacement cost are printed on every loan agreement for "
                               "this type."),
                            this);
    hint->setProperty("muted", true);
    hint->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("deviceTypeMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_code = FormFields::line(fields, QStringLiteral("typeCode"), tr("Type code"), 16, 12);
    m_code->setPlaceholderText(tr("e.g. IPAD10"));
    m_name = FormFields::line(fields, QStringLiteral("typeName"), tr("Type name"), 120);
    m_name->setPlaceholderText(tr("e.g. Apple iPad (10th generation)"));
    m_category = FormFields::combo(fields, QStringLiteral("typeCategory"), tr("Category"));
    for (const QString &key : AddDeviceTypeCommand::categories()) {
        m_category->addItem(categoryLabel(key), key);
    }
    m_kit = FormFields::line(fields, QStringLiteral("typeKit"), tr("Kit contents, separated by commas"), 400);
    m_kit->setPlaceholderText(tr("e.g. charger, cable, case"));
    m_cost = new QDoubleSpinBox(fields);
    m_cost->setObjectName(QStringLiteral("typeCost"));
    m_cost->setAccessibleName(tr("Replacement cost in pounds"));
    m_cost->setPrefix(tr("£"));
    m_cost->setDecimals(2);
    m_cost->setRange(0, 100000);
    m_cost->setSingleStep(10);
    FormFields::addRow(form, tr("&Code *"), m_code);
    FormFields::addRow(form, tr("&Name *"), m_name);
    FormFields::addRow(form, tr("C&ategory"), m_category);
    FormFields::addRow(form, tr("&Kit"), m_kit);
    FormFields::addRow(form, tr("&Replacement cost"), m_cost);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Add &type"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("typeSaveButton"));
    save->setAccessibleName(tr("Add device type"));
    save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("typeCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceTypeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeviceTypeDialog::reject);

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
    m_code->setFocus(Qt::OtherFocusReason);
}

void DeviceTypeDialog::accept() {
    AddDeviceTypeCommand::Details details;
    details.code = FormFields::present(m_code->text());
    details.name = FormFields::present(m_name->text());
    details.category = m_category->currentData().toString();
    details.kitContents = m_kit->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    details.replacementCostPence = int(qRound64(m_cost->value() * 100));
    AddDeviceTypeCommand command(details);
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
