#include "DeviceRegisterPanel.h"

#include "AssetLabelsDialog.h"
#include "DataTable.h"
#include "DeviceEditorDialog.h"
#include "DeviceImportDialog.h"
#include "DeviceTypeDialog.h"
#include "DisplayFormat.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "StoreRead.h"
#include "devices/DeviceRepository.h"
#include "loans/LoanQueries.h"
#include "store/Store.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The status filter's choices besides the single statuses.
const QString kInService = QStringLiteral("in_service");
const QString kEverything = QStringLiteral("everything");
} // namespace

DeviceRegisterPanel::DeviceRegisterPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("deviceRegisterPanel"));

    m_filter = FormFields::line(this, QStringLiteral("deviceFilter"), tr("Find a device"), 100, 20);
    m_filter->setPlaceholderText(tr("Tag, serial, make or model, or scan a tag and press Enter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);
    auto *filterLabel = new QLabel(tr("&Find"), this);
    filterLabel->setBuddy(m_filter);

    m_status = FormFields::combo(this, QStringLiteral("deviceStatusFilter"), tr("Show devices with status"));
    m_status->addItem(tr("In service (all but retired)"), kInService);
    m_status->addItem(tr("All, with retired"), kEverything);
    for (DeviceStatus s : allDeviceStatuses()) {
        m_status->addItem(DisplayFormat::deviceStatus(deviceStatusKey(s)), deviceStatusKey(s));
    }
    auto *statusLabel = new QLabel(tr("Stat&us"), this);
    statusLabel->setBuddy(m_status);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("deviceCount"));
    m_count->setProperty("muted", true);
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("deviceNotice"));

    m_model = new ReadOnlyTableModel(
        {tr("Tag"), tr("Type"), tr("Make and model"), tr("Serial"), tr("Branch"), tr("Status"), tr("SIM")},
        this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // any column: a tag, a serial or part of a model name
    m_table = new DataTable(QStringLiteral("deviceRegister"), tr("Device register"), this);
    m_table->setModel(m_proxy);
    // Several devices can be selected (Shift+arrows) for printing their labels together.
    m_table->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Type names and models can be long ("Lenovo IdeaPad Slim 3 Chromebook"): they are held to a width that
    // leaves the status and SIM in view (the full text is in the tooltip and the line under the list).
    // Connected after the DataTable's own fitting, so this runs last.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeviceRegisterPanel::limitWideColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DeviceRegisterPanel::limitWideColumns);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DeviceRegisterPanel::limitWideColumns);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("registerDeviceDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setProperty("muted", true);

    m_add =
        FormFields::button(this, tr("&Add device…"), QStringLiteral("addDeviceButton"), tr("Add a device"));
    m_edit = FormFields::button(this, tr("&Edit…"), QStringLiteral("editDeviceButton"),
                                tr("Edit the selected device"));
    m_edit->setToolTip(tr("Open the selected device (Enter)"));
    m_steps = FormFields::button(this, tr("Change &status"), QStringLiteral("deviceStepsButton"),
                                 tr("Change the selected device's status"));
    m_steps->setToolTip(tr("Repair, lost and found, transfers, retire (also on the Menu key in the list)"));
    m_labels = FormFields::button(this, tr("Print la&bels…"), QStringLiteral("printLabelsButton"),
                                  tr("Print asset labels for the selected devices"));
    m_import = FormFields::button(this, tr("&Import CSV…"), QStringLiteral("importDevicesButton"),
                                  tr("Import devices from a CSV file"));
    m_addType = FormFields::button(this, tr("Add device &type…"), QStringLiteral("addDeviceTypeButton"),
                                   tr("Add a device type"));
    m_addType->setVisible(m_actor.can(Permission::LoanRulesManage));

    auto *menu = new QMenu(m_steps);
    menu->setObjectName(QStringLiteral("deviceStepsMenu"));
    for (DeviceStep step : DeviceStepDialog::allSteps()) {
        QAction *action = menu->addAction(DeviceStepDialog::actionText(step));
        action->setObjectName(DeviceStepDialog::actionObjectName(step));
        connect(action, &QAction::triggered, this, [this, step] { runStep(step); });
        m_stepActions.insert(int(step), action);
        m_table->view()->addAction(action);
    }
    m_steps->setMenu(menu);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filter, 1);
    filterRow->addSpacing(12);
    filterRow->addWidget(statusLabel);
    filterRow->addWidget(m_status);

    // The actions stand in a column beside the list, so they fit at any text size.
    auto *actions = new QVBoxLayout;
    actions->setSpacing(8);
    for (QPushButton *b : {m_add, m_edit, m_steps, m_labels, m_import, m_addType}) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto *tableColumn = new QVBoxLayout;
    tableColumn->addWidget(m_table, 1);
    tableColumn->addWidget(m_details);
    auto *body = new QHBoxLayout;
    body->setSpacing(12);
    body->addLayout(tableColumn, 1);
    body->addLayout(actions);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(filterRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_count);
    layout->addLayout(body, 1);

    setTabOrder(m_filter, m_status);
    setTabOrder(m_status, m_table);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_steps);
    setTabOrder(m_steps, m_labels);
    setTabOrder(m_labels, m_import);
    setTabOrder(m_import, m_addType);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        if (m_proxy->rowCount() > 0 && !m_table->view()->currentIndex().isValid()) {
            m_table->view()->setCurrentIndex(m_proxy->index(0, 0));
        }
        updateCount();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeviceRegisterPanel::refresh);
    connect(m_table->view(), &QTableView::activated, this, [this](const QModelIndex &) { editCurrent(); });
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DeviceRegisterPanel::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeviceRegisterPanel::currentChanged);
    connect(m_add, &QPushButton::clicked, this, &DeviceRegisterPanel::addDevice);
    connect(m_edit, &QPushButton::clicked, this, &DeviceRegisterPanel::editCurrent);
    connect(m_labels, &QPushButton::clicked, this, &DeviceRegisterPanel::printLabels);
    connect(m_import, &QPushButton::clicked, this, &DeviceRegisterPanel::importDevices);
    connect(m_addType, &QPushButton::clicked, this, &DeviceRegisterPanel::addDeviceType);
    currentChanged();
}

QWidget *DeviceRegisterPanel::focusTarget() const {
    return m_filter;
}

void DeviceRegisterPanel::refresh() {
    const std::optional<Device> keep = currentDevice();
    const QString choice = m_status->currentData().toString();
    QList<Device> devices;
    const bool read = StoreRead::run(m_notice, [&] {
        const LoanQueries queries(m_ctx.store.database(), m_actor);
        devices = queries.devices(deviceStatusFromKey(choice));
    });
    if (read && m_notice->isError()) {
        m_notice->clearMessage();
    }
    m_devices.clear();
    m_indexById.clear();
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(devices.size());
    for (const Device &d : std::as_const(devices)) {
        if (choice == kInService && d.status == DeviceStatus::Retired) {
            continue;
        }
        m_indexById.insert(d.id, int(m_devices.size()));
        m_devices.append(d);
        const QString model = QStringList{d.make, d.model}.join(QLatin1Char(' ')).simplified();
        rows.append({{d.tag, d.type.name, model, d.serial, d.branch.name,
                      DisplayFormat::deviceStatus(deviceStatusKey(d.status)), d.simIccid},
                     d.id,
                     d.status == DeviceStatus::Lost});
    }
    m_model->setRows(rows);
    m_table->setEmptyText(
        m_devices.isEmpty() && choice == kInService
            ? tr("No devices in the register yet. Add one (Alt+A) or import a CSV file (Alt+I).")
            : tr("No device matches."));
    if (!keep || !selectDevice(keep->id)) {
        if (m_proxy->rowCount() > 0) {
            m_table->view()->setCurrentIndex(m_proxy->index(0, 0));
        }
    }
    limitWideColumns(); // setEmptyText fits the columns again
    updateCount();
    currentChanged();
}

void DeviceRegisterPanel::limitWideColumns() {
    const int cap = m_table->view()->fontMetrics().averageCharWidth() * 28;
    for (int column : {1, 2}) {
        if (m_table->view()->columnWidth(column) > cap) {
            m_table->view()->setColumnWidth(column, cap);
        }
    }
}

void DeviceRegisterPanel::updateCount() {
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("Devices: %1").arg(m_model->rowCount())
                         : tr("Devices: %1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

int DeviceRegisterPanel::rowOfId(const QString &deviceId) const {
    return m_indexById.value(deviceId, -1); // the model's rows are m_devices, in the same order
}

bool DeviceRegisterPanel::selectDevice(const QString &deviceId) {
    const int row = rowOfId(deviceId);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return false;
    }
    m_table->view()->setCurrentIndex(index);
    m_table->view()->scrollTo(index);
    return true;
}

std::optional<Device> DeviceRegisterPanel::currentDevice() const {
    const QModelIndex current = m_table->view()->currentIndex();
    if (!current.isValid()) {
        return std::nullopt;
    }
    const int at = m_indexById.value(m_proxy->data(current, ReadOnlyTableModel::RowKeyRole).toString(), -1);
    return at < 0 ? std::nullopt : std::optional<Device>(m_devices.at(at));
}

void DeviceRegisterPanel::currentChanged() {
    const std::optional<Device> d = currentDevice();
    m_edit->setEnabled(d.has_value());
    m_labels->setEnabled(!m_devices.isEmpty());
    // Only the steps that start from the device's status are offered (the command still checks).
    bool anyStep = false;
    for (DeviceStep step : DeviceStepDialog::allSteps()) {
        const bool applies = d && DeviceStepDialog::appliesTo(step, d->status);
        m_stepActions.value(int(step))->setEnabled(applies);
        m_stepActions.value(int(step))->setVisible(applies);
        anyStep = anyStep || applies;
    }
    m_steps->setEnabled(anyStep);
    if (!d) {
        m_details->clear();
        return;
    }
    QStringList parts{tr("%1: %2 (%3) at %4, %5")
                          .arg(d->tag, d->type.name, d->type.code, d->branch.name,
                               DisplayFormat::deviceStatus(deviceStatusKey(d->status)).toLower())};
    if (d->acquiredOn.isValid()) {
        parts.append(tr("acquired %1").arg(DisplayFormat::date(d->acquiredOn)));
    }
    if (!d->simIccid.isEmpty()) {
        parts.append(tr("SIM %1").arg(d->simIccid));
    }
    if (!d->type.kitContents.isEmpty()) {
        parts.append(tr("kit: %1").arg(d->type.kitContents.join(QStringLiteral(", "))));
    }
    QString text = parts.join(QStringLiteral(" · "));
    if (!d->notes.isEmpty()) {
        // The latest note is the one that matters at the desk (steps append theirs at the end).
        text += QLatin1Char('\n') +
                tr("Notes: %1").arg(d->notes.split(QLatin1Char('\n')).constLast().simplified());
    }
    m_details->setText(text);
}

bool DeviceRegisterPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier) {
            filterEntered();
            return true;
        }
        // Down from the filter walks into the list, as in the residents search.
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && m_proxy->rowCount() > 0) {
            m_table->view()->setFocus(Qt::TabFocusReason);
            if (!m_table->view()->currentIndex().isValid()) {
                m_table->view()->setCurrentIndex(m_proxy->index(0, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DeviceRegisterPanel::filterEntered() {
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    m_notice->clearMessage();
    DeviceScan scan;
    if (!StoreRead::run(m_notice, [&] { scan = DeviceRepository(m_ctx.store.database()).scan(text); })) {
        return;
    }
    if (scan.found()) {
        // The scanned tag is the one wanted, even when the status filter hides it.
        m_filter->setText(scan.tag);
        if (!selectDevice(scan.device->id)) {
            m_status->setCurrentIndex(m_status->findData(kEverything)); // refreshes
            selectDevice(scan.device->id);
        }
        m_table->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (scan.outcome == DeviceScan::Outcome::Unknown && m_proxy->rowCount() > 0) {
        // Typed words rather than a tag: the matching rows are the answer.
        m_table->view()->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_notice->showError(scan.outcome == DeviceScan::Outcome::Unknown
                            ? tr("%1 Press Alt+A to add it.").arg(scan.message)
                            : scan.message);
    m_filter->selectAll();
}

void DeviceRegisterPanel::showDialog(QDialog *dialog) {
    if (m_dialog) {
        delete dialog;
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_notice->clearMessage();
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, &DeviceRegisterPanel::dialogFinished);
    dialog->open();
}

void DeviceRegisterPanel::dialogFinished(int result) {
    QDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog) {
        return;
    }
    dialog->deleteLater();
    // Hand the keyboard back to the desk window: without a window manager nothing else would.
    window()->activateWindow();
    QString summary;
    QStringList warnings;
    QString selectId;
    if (auto *editor = qobject_cast<DeviceEditorDialog *>(dialog)) {
        summary = editor->savedSummary();
        warnings = editor->savedWarnings();
        selectId = editor->savedDeviceId();
    } else if (auto *step = qobject_cast<DeviceStepDialog *>(dialog)) {
        summary = step->savedSummary();
        warnings = step->savedWarnings();
    } else if (auto *type = qobject_cast<DeviceTypeDialog *>(dialog)) {
        summary = type->savedSummary();
    } else if (auto *import = qobject_cast<DeviceImportDialog *>(dialog)) {
        summary = import->imported() ? import->resultSummary() : QString();
        if (import->imported()) {
            result = QDialog::Accepted; // closing the last step still reports the import
        }
    }
    if (result == QDialog::Accepted) {
        refresh();
        if (!selectId.isEmpty() && !selectDevice(selectId)) {
            m_status->setCurrentIndex(m_status->findData(kEverything));
            selectDevice(selectId);
        }
        if (!summary.isEmpty()) {
            QStringList lines{summary};
            lines.append(warnings);
            m_notice->showInfo(lines.join(QLatin1Char('\n')));
        }
    }
    m_table->view()->setFocus(Qt::OtherFocusReason);
}

void DeviceRegisterPanel::addDevice() {
    if (!m_actor.can(Permission::DeviceManage)) {
        return;
    }
    showDialog(new DeviceEditorDialog(m_ctx, m_actor, std::nullopt, this));
}

void DeviceRegisterPanel::editCurrent() {
    const std::optional<Device> d = currentDevice();
    if (!d) {
        return;
    }
    // Open what is stored now, not what the list read a while ago.
    std::optional<Device> fresh;
    if (!StoreRead::run(m_notice, [&] { fresh = DeviceRepository(m_ctx.store.database()).byId(d->id); })) {
        return;
    }
    if (!fresh) {
        m_notice->showError(tr("%1 is no longer in the register.").arg(d->tag));
        refresh();
        return;
    }
    showDialog(new DeviceEditorDialog(m_ctx, m_actor, fresh, this));
}

void DeviceRegisterPanel::addDeviceType() {
    if (!m_actor.can(Permission::LoanRulesManage)) {
        return;
    }
    showDialog(new DeviceTypeDialog(m_ctx, m_actor, this));
}

void DeviceRegisterPanel::importDevices() {
    showDialog(new DeviceImportDialog(m_ctx, m_actor, this));
}

void DeviceRegisterPanel::printLabels() {
    QSet<QString> ticked;
    for (const QModelIndex &index : m_table->view()->selectionModel()->selectedRows()) {
        ticked.insert(m_proxy->data(index, ReadOnlyTableModel::RowKeyRole).toString());
    }
    if (const std::optional<Device> d = currentDevice(); ticked.isEmpty() && d) {
        ticked.insert(d->id);
    }
    // The list offers the devices shown now, in the order shown.
    QList<Device> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QString id = m_proxy->data(m_proxy->index(r, 0), ReadOnlyTableModel::RowKeyRole).toString();
        if (const int at = m_indexById.value(id, -1); at >= 0) {
            shown.append(m_devices.at(at));
        }
    }
    showDialog(new AssetLabelsDialog(m_ctx, m_actor, shown, ticked, this));
}

void DeviceRegisterPanel::runStep(DeviceStep step) {
    const std::optional<Device> d = currentDevice();
    if (!d) {
        return;
    }
    showDialog(new DeviceStepDialog(m_ctx, m_actor, *d, step, this));
}
