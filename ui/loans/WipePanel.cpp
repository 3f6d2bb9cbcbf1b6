#include "WipePanel.h"

#include "DeskStyle.h"
#include "FormField.h"
#include "MessageBanner.h"
#include "ScanField.h"
#include "SortedTable.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "devices/DeviceRepository.h"
#include "loans/LoanQueries.h"
#include "loans/RecordWipeCommand.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

QStringList WipePanel::methods() {
    return {tr("Factory reset"), tr("Blancco"), tr("ChromeOS powerwash"), tr("MDM wipe"), tr("Reimage")};
}

QStringList WipePanel::tools() {
    return {QString(),
            tr("Android recovery"),
            tr("Blancco Mobile"),
            tr("Google Admin console"),
            tr("Microsoft Intune"),
            tr("Apple Configurator")};
}

WipePanel::WipePanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : LoansPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("wipePanel"));

    m_tag = new ScanField(QStringLiteral("wipeTag"), tr("Asset tag of the wiped device"), this);
    m_tag->setPlaceholderText(tr("Scan the wiped device's tag, then Enter"));
    m_tag->setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    auto *tagLabel = new QLabel(tr("Device &tag"), this);
    tagLabel->setBuddy(m_tag);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tag);
    tagRow->addStretch(1);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("wipeMessage"));
    m_result = new MessageBanner(this);
    m_result->setObjectName(QStringLiteral("wipeResult"));

    m_form = new QFrame(this);
    m_form->setObjectName(QStringLiteral("wipeForm"));
    m_form->setProperty("tile", true);
    m_deviceTitle = new QLabel(m_form);
    m_deviceTitle->setObjectName(QStringLiteral("wipeDevice"));
    m_deviceTitle->setTextFormat(Qt::PlainText);
    m_deviceTitle->setWordWrap(true);
    m_deviceTitle->setFont(DeskStyle::scaledFont(this, 1.15));
    m_method = new QComboBox(m_form);
    m_method->setObjectName(QStringLiteral("wipeMethod"));
    m_method->setAccessibleName(tr("Wipe method"));
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems(methods());
    m_method->lineEdit()->setMaxLength(RecordWipeCommand::kMaxFieldLength);
    m_method->lineEdit()->setAccessibleName(tr("Wipe method"));
    m_tool = new QComboBox(m_form);
    m_tool->setObjectName(QStringLiteral("wipeTool"));
    m_tool->setAccessibleName(tr("Wipe tool"));
    m_tool->setEditable(true);
    m_tool->setInsertPolicy(QComboBox::NoInsert);
    m_tool->addItems(tools());
    m_tool->lineEdit()->setMaxLength(RecordWipeCommand::kMaxFieldLength);
    m_tool->lineEdit()->setAccessibleName(tr("Wipe tool"));
    m_tool->lineEdit()->setPlaceholderText(tr("Optional"));
    m_reportId = new FormField(QStringLiteral("wipeReportId"), tr("Wipe report or certificate id"), m_form);
    m_reportId->setMaxLength(RecordWipeCommand::kMaxFieldLength);
    m_reportId->setPlaceholderText(tr("The tool's report or certificate number, if it gives one"));
    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    fields->addRow(tr("&Method"), m_method);
    fields->addRow(tr("Too&l"), m_tool);
    fields->addRow(tr("&Report id"), m_reportId);
    m_record = new QPushButton(tr("Re&cord wipe"), m_form);
    m_record->setObjectName(QStringLiteral("recordWipeButton"));
    m_record->setAccessibleName(tr("Record the wipe"));
    m_record->setToolTip(tr("Record the wipe (Enter or Ctrl+Enter)"));
    m_record->setAutoDefault(true);
    m_clear = new QPushButton(tr("Start again"), m_form);
    m_clear->setObjectName(QStringLiteral("clearWipe"));
    m_clear->setAccessibleName(tr("Clear the form and start again"));
    m_clear->setToolTip(tr("Clear the form (Esc)"));
    m_clear->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_record);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(14, 10, 14, 10);
    formLayout->addWidget(m_deviceTitle);
    formLayout->addLayout(fields);
    formLayout->addLayout(buttons);

    auto *queueLabel = new QLabel(tr("Devices &awaiting wipe (Enter on a row opens it):"), this);
    m_queue = new SortedTable(
        QStringLiteral("wipeQueue"), tr("Devices awaiting wipe"),
        {tr("Tag"), tr("Type"), tr("Make and model"), tr("Serial"), tr("Branch"), tr("Notes")}, this);
    m_queue->setEmptyText(tr("No devices are waiting to be wiped."));
    queueLabel->setBuddy(m_queue->view());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(tagRow);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addWidget(m_form);
    layout->addWidget(queueLabel);
    layout->addWidget(m_queue, 1);

    setTabOrder(m_tag, m_method);
    setTabOrder(m_method, m_tool);
    setTabOrder(m_tool, m_reportId);
    setTabOrder(m_reportId, m_record);
    setTabOrder(m_record, m_clear);
    setTabOrder(m_clear, m_queue->view());

    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    confirm->setContext(Qt::WidgetWithChildrenShortcut);
    connect(confirm, &QShortcut::activated, this, &WipePanel::recordWipe);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &WipePanel::clearForm);

    connect(m_tag, &ScanField::scanned, this, &WipePanel::openTag);
    connect(m_tag, &QLineEdit::textEdited, this, [this] {
        if (!m_deviceTag.isEmpty()) {
            forgetDevice();
        }
    });
    // Enter in any field of the form records the wipe (editable combo boxes keep their own Enter).
    connect(m_method->lineEdit(), &QLineEdit::returnPressed, this, &WipePanel::recordWipe);
    connect(m_tool->lineEdit(), &QLineEdit::returnPressed, this, &WipePanel::recordWipe);
    connect(m_reportId, &QLineEdit::returnPressed, this, &WipePanel::recordWipe);
    connect(m_record, &QPushButton::clicked, this, &WipePanel::recordWipe);
    connect(m_clear, &QPushButton::clicked, this, &WipePanel::clearForm);
    connect(m_queue, &SortedTable::activated, this, [this](const QString &tag) {
        m_tag->setText(tag);
        openTag(tag);
    });
    forgetDevice();
}

QWidget *WipePanel::focusTarget() const {
    return m_tag;
}

void WipePanel::keyPressEvent(QKeyEvent *event) {
    if (isFormEnter(event) && !m_form->isHidden()) {
        recordWipe();
        return;
    }
    LoansPanel::keyPressEvent(event);
}

void WipePanel::refresh() {
    QList<Device> devices;
    if (!guarded([&] { devices = LoanQueries(m_ctx.store.database(), m_actor).awaitingWipe(); })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(devices.size());
    for (const Device &d : devices) {
        rows.append({{d.tag, d.type.name, QStringList{d.make, d.model}.join(QLatin1Char(' ')).simplified(),
                      d.serial, d.branch.name, d.notes},
                     d.tag,
                     false});
    }
    m_queue->setRows(rows);
}

void WipePanel::forgetDevice() {
    m_deviceTag.clear();
    m_form->hide();
    m_reportId->clear();
    DeskStyle::setProblem(m_tag, false);
}

void WipePanel::clearForm() {
    m_message->clearMessage();
    if (m_tag->text().isEmpty() && m_deviceTag.isEmpty()) {
        m_result->clearMessage();
    }
    forgetDevice();
    m_tag->clear();
    m_tag->setFocus(Qt::OtherFocusReason);
}

void WipePanel::openTag(const QString &tag) {
    m_message->clearMessage();
    m_result->clearMessage();
    forgetDevice();
    DeviceScan scan;
    std::optional<QString> refusal;
    const bool read = guarded([&] {
        scan = DeviceRepository(m_ctx.store.database()).scan(tag);
        if (scan.found()) {
            // The wipe command's own rules say whether this device can be recorded as wiped now (on loan,
            // in repair, already available …), in its words. The method is not the question here.
            const QString method = m_method->currentText().simplified();
            RecordWipeCommand probe({scan.device->tag,
                                     method.isEmpty() ? methods().constFirst() : method,
                                     m_tool->currentText(),
                                     m_reportId->text(),
                                     {}});
            refusal = m_ctx.bus.preview(probe, m_actor);
        }
    });
    if (!read) {
        return;
    }
    if (!scan.found() || refusal) {
        m_message->showError(scan.found() ? *refusal : scan.message);
        DeskStyle::setProblem(m_tag, true);
        m_tag->readyForRescan();
        return;
    }
    const Device &d = *scan.device;
    m_deviceTag = d.tag;
    m_tag->setText(d.tag);
    const QString makeModel = QStringList{d.make, d.model}.join(QLatin1Char(' ')).simplified();
    m_deviceTitle->setText(makeModel.isEmpty()
                               ? tr("%1 · %2 (%3)").arg(d.tag, d.type.name, d.branch.name)
                               : tr("%1 · %2, %3 (%4)").arg(d.tag, d.type.name, makeModel, d.branch.name));
    m_form->show();
    m_method->setFocus(Qt::OtherFocusReason);
    m_method->lineEdit()->selectAll();
}

void WipePanel::recordWipe() {
    m_message->clearMessage();
    if (m_deviceTag.isEmpty()) {
        m_message->showError(tr("Scan the wiped device's asset tag first."));
        m_tag->readyForRescan();
        return;
    }
    RecordWipeCommand command(
        {m_deviceTag, m_method->currentText(), m_tool->currentText(), m_reportId->text(), {}});
    const CommandResult result = execute(command);
    if (!result.ok()) {
        m_message->showError(result.message());
        (m_method->currentText().simplified().isEmpty() ? static_cast<QWidget *>(m_method) : m_reportId)
            ->setFocus(Qt::OtherFocusReason);
        return;
    }
    QStringList lines{result.message()};
    lines += result.warnings();
    forgetDevice();
    m_tag->clear();
    m_result->showInfo(lines.join(QLatin1Char('\n')));
    refresh();
    emit wipeRecorded();
    m_tag->setFocus(Qt::OtherFocusReason);
}
