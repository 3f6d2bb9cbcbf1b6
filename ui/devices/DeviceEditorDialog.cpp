#include "DeviceEditorDialog.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "StoreRead.h"
#include "commands/CommandBus.h"
#include "devices/DeviceCommands.h"
#include "devices/DeviceRepository.h"
#include "devices/ScanInput.h"
#include "store/Store.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

DeviceEditorDialog::DeviceEditorDialog(DeskContext &ctx, Actor actor, std::optional<Device> existing,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_existing(std::move(existing)) {
    setObjectName(QStringLiteral("deviceEditor"));
    setWindowTitle(isNew() ? tr("Add device") : tr("Device %1").arg(m_existing->tag));

    auto *heading =
        new QLabel(isNew() ? tr("Add a device to the register") : tr("Device %1").arg(m_existing->tag), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    heading->setTextFormat(Qt::PlainText);
    auto *hint =
        new QLabel(isNew() ? tr("Scan the asset label into the tag field. Fields marked * are needed.")
                           : tr("%1 at %2. Its status and branch change through the status steps and "
                                "transfers, not here.")
                                 .arg(DisplayFormat::deviceStatus(deviceStatusKey(m_existing->status)),
                                      m_existing->branch.name),
                   this);
    hint->setProperty("muted", true);
    hint->setWordWrap(true);
    hint->setTextFormat(Qt::PlainText);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("deviceEditorMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_tag = FormFields::line(fields, QStringLiteral("deviceTag"), tr("Asset tag"), 64);
    m_tag->setPlaceholderText(tr("Scan the label, e.g. LIB-00042"));
    m_type = FormFields::combo(fields, QStringLiteral("deviceType"), tr("Device type"));
    m_branch = FormFields::combo(fields, QStringLiteral("deviceBranch"), tr("Branch"));
    m_serial = FormFields::line(fields, QStringLiteral("deviceSerial"), tr("Serial number"), 64);
    m_make = FormFields::line(fields, QStringLiteral("deviceMake"), tr("Make"), 80);
    m_make->setPlaceholderText(tr("e.g. Lenovo"));
    m_model = FormFields::line(fields, QStringLiteral("deviceModel"), tr("Model"), 80);
    m_model->setPlaceholderText(tr("e.g. Tab M10"));
    m_acquired =
        FormFields::line(fields, QStringLiteral("deviceAcquired"), tr("Date acquired, day month year"), 10);
    m_acquired->setPlaceholderText(tr("DD/MM/YYYY"));
    m_sim = FormFields::line(fields, QStringLiteral("deviceSim"), tr("SIM ICCID"), 32);
    m_sim->setPlaceholderText(tr("For a MiFi: scan the SIM (it must be in stock)"));
    m_notes = FormFields::text(fields, QStringLiteral("deviceNotes"), tr("Notes"), 3);
    m_notes->setPlaceholderText(
        tr("Condition, accessories, anything the next person should know. No personal "
           "details."));

    QList<DeviceType> types;
    QList<Branch> branches;
    StoreRead::run(m_message, [&] {
        const DeviceRepository repo(m_ctx.store.database());
        types = repo.types();
        branches = repo.branches();
    });
    for (const DeviceType &t : types) {
        m_type->addItem(tr("%1 — %2").arg(t.code, t.name), t.code);
    }
    for (const Branch &b : branches) {
        m_branch->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
    }
    if (types.isEmpty()) {
        m_message->showInfo(tr("There are no device types yet. An administrator adds them with “Add device "
                               "type” before devices can be registered."));
    }

    FormFields::addRow(form, tr("Asset &tag *"), m_tag);
    FormFields::addRow(form, tr("T&ype *"), m_type);
    FormFields::addRow(form, tr("&Branch *"), m_branch);
    if (isNew()) {
        m_status = FormFields::combo(fields, QStringLiteral("deviceInitialStatus"), tr("Status when added"));
        m_status->addItem(tr("Available: new or already wiped"), deviceStatusKey(DeviceStatus::Available));
        m_status->addItem(tr("Awaiting wipe: history unknown"), deviceStatusKey(DeviceStatus::AwaitingWipe));
        FormFields::addRow(form, tr("&Status"), m_status);
    }
    FormFields::addRow(form, tr("Se&rial number"), m_serial);
    FormFields::addRow(form, tr("&Make"), m_make);
    FormFields::addRow(form, tr("M&odel"), m_model);
    FormFields::addRow(form, tr("Date &acquired"), m_acquired);
    FormFields::addRow(form, tr("S&IM (MiFi)"), m_sim);
    FormFields::addRow(form, tr("&Notes"), m_notes);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(isNew() ? tr("Add &device") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("deviceSaveButton"));
    m_save->setAccessibleName(isNew() ? tr("Add device") : tr("Save device"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    m_save->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("deviceCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeviceEditorDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &DeviceEditorDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(fields, 1);
    layout->addWidget(buttons);

    for (QLineEdit *scanned : {m_tag, m_serial, m_sim}) {
        scanned->installEventFilter(this);
    }
    connect(m_acquired, &QLineEdit::textEdited, this, [this] { DeskStyle::setProblem(m_acquired, false); });

    if (m_existing) {
        load(*m_existing);
        // The branch belongs to the device's place in circulation: a transfer moves it.
        m_branch->setEnabled(false);
    } else {
        // A new device belongs to the branch of the person adding it, unless they have none.
        int mine = branches.isEmpty() ? -1 : 0;
        for (const Branch &b : branches) {
            if (b.id == m_actor.branchId()) {
                mine = m_branch->findData(b.code);
            }
        }
        m_branch->setCurrentIndex(mine);
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_tag->setFocus(Qt::OtherFocusReason);
}

void DeviceEditorDialog::load(const Device &device) {
    m_tag->setText(device.tag);
    int type = m_type->findData(device.type.code);
    if (type < 0) {
        m_type->addItem(tr("%1 — %2").arg(device.type.code, device.type.name), device.type.code);
        type = m_type->count() - 1;
    }
    m_type->setCurrentIndex(type);
    int branch = m_branch->findData(device.branch.code);
    if (branch < 0) {
        m_branch->addItem(tr("%1 (%2)").arg(device.branch.name, device.branch.code), device.branch.code);
        branch = m_branch->count() - 1;
    }
    m_branch->setCurrentIndex(branch);
    m_serial->setText(device.serial);
    m_make->setText(device.make);
    m_model->setText(device.model);
    m_acquired->setText(FormFields::dateText(device.acquiredOn));
    m_sim->setText(device.simIccid);
    m_notes->setPlainText(device.notes);
}

bool DeviceEditorDialog::eventFilter(QObject *watched, QEvent *event) {
    // A barcode scanner ends every code with Enter: in a scanned field that means "next field".
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier &&
            (watched == m_tag || watched == m_serial || watched == m_sim)) {
            auto *field = static_cast<QLineEdit *>(watched);
            if (field == m_tag || field == m_sim) {
                field->setText(ScanInput::normalise(field->text()));
            }
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DeviceEditorDialog::accept() {
    bool dateOk = true;
    DeviceDetails details;
    details.tag = FormFields::present(m_tag->text());
    details.typeCode = m_type->currentData().toString();
    details.branchCode = m_branch->currentData().toString();
    details.serial = FormFields::present(m_serial->text());
    details.make = FormFields::present(m_make->text());
    details.model = FormFields::present(m_model->text());
    details.acquiredOn = FormFields::parseDate(m_acquired->text(), &dateOk);
    details.notes = FormFields::present(m_notes->toPlainText());
    details.simIccid = FormFields::present(m_sim->text());
    if (m_status) {
        details.status =
            deviceStatusFromKey(m_status->currentData().toString()).value_or(DeviceStatus::AwaitingWipe);
    }
    if (!dateOk) {
        DeskStyle::setProblem(m_acquired, true);
        m_message->showError(tr("Nothing was saved. Write the date acquired as day/month/year, for example "
                                "30/09/2024."));
        m_acquired->setFocus(Qt::OtherFocusReason);
        return;
    }

    CommandResult result = CommandResult::failed(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    if (m_existing) {
        EditDeviceCommand command(m_existing->id, m_existing->version, details);
        result = m_ctx.bus.execute(command, m_actor);
    } else {
        AddDeviceCommand command(details);
        result = m_ctx.bus.execute(command, m_actor);
    }
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedId = result.entityId();
    m_savedSummary = result.message();
    m_savedWarnings = result.warnings();
    QDialog::accept();
}
