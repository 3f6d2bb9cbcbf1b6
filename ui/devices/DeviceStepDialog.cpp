#include "DeviceStepDialog.h"

#include "DeskStyle.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "StoreRead.h"
#include "commands/CommandBus.h"
#include "devices/DeviceMovementCommands.h"
#include "devices/DeviceRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

QList<DeviceStep> DeviceStepDialog::allSteps() {
    return {DeviceStep::SendToRepair, DeviceStep::ReturnFromRepair, DeviceStep::MarkLost,
            DeviceStep::MarkFound,    DeviceStep::TransferSend,     DeviceStep::TransferReceive,
            DeviceStep::Retire};
}

QString DeviceStepDialog::actionText(DeviceStep step) {
    switch (step) {
    case DeviceStep::SendToRepair:
        return tr("Send to &repair…");
    case DeviceStep::ReturnFromRepair:
        return tr("&Back from repair…");
    case DeviceStep::MarkLost:
        return tr("Mark &lost…");
    case DeviceStep::MarkFound:
        return tr("Mark &found…");
    case DeviceStep::Retire:
        return tr("Re&tire…");
    case DeviceStep::TransferSend:
        return tr("Send to another &branch…");
    case DeviceStep::TransferReceive:
        return tr("Re&ceive from another branch…");
    }
    return {};
}

QString DeviceStepDialog::actionObjectName(DeviceStep step) {
    switch (step) {
    case DeviceStep::SendToRepair:
        return QStringLiteral("sendToRepairAction");
    case DeviceStep::ReturnFromRepair:
        return QStringLiteral("returnFromRepairAction");
    case DeviceStep::MarkLost:
        return QStringLiteral("markLostAction");
    case DeviceStep::MarkFound:
        return QStringLiteral("markFoundAction");
    case DeviceStep::Retire:
        return QStringLiteral("retireAction");
    case DeviceStep::TransferSend:
        return QStringLiteral("transferSendAction");
    case DeviceStep::TransferReceive:
        return QStringLiteral("transferReceiveAction");
    }
    return {};
}

bool DeviceStepDialog::appliesTo(DeviceStep step, DeviceStatus status) {
    using S = DeviceStatus;
    switch (step) {
    case DeviceStep::SendToRepair:
    case DeviceStep::TransferSend:
        return status == S::Available || status == S::AwaitingWipe;
    case DeviceStep::ReturnFromRepair:
        return status == S::InRepair;
    case DeviceStep::MarkLost:
        return status != S::Lost && status != S::Retired;
    case DeviceStep::MarkFound:
        return status == S::Lost;
    case DeviceStep::Retire:
        return status == S::Available || status == S::AwaitingWipe || status == S::InRepair ||
               status == S::Lost;
    case DeviceStep::TransferReceive:
        return status == S::InTransit;
    }
    return false;
}

DeviceStepDialog::DeviceStepDialog(DeskContext &ctx, Actor actor, Device device, DeviceStep step,
                                   QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_device(std::move(device))
    , m_step(step) {
    setObjectName(QStringLiteral("deviceStepDialog"));
    const QString tag = m_device.tag;

    QString title;
    QString explanation;
    QString reasonLabel = tr("&Note");
    QString reasonHint = tr("Optional. No personal details: the note shows on the register.");
    QString okText;
    switch (m_step) {
    case DeviceStep::SendToRepair:
        title = tr("Send %1 to repair").arg(tag);
        explanation =
            tr("%1 goes to repair. When it comes back it waits for a wipe before its next loan.").arg(tag);
        reasonLabel = tr("&Fault");
        reasonHint = tr("What is wrong with it, for the repairer and the next person at the desk");
        okText = tr("Send to repair");
        break;
    case DeviceStep::ReturnFromRepair:
        title = tr("%1 is back from repair").arg(tag);
        explanation = tr("%1 comes back from repair and waits for a wipe: a repairer's own reset is not a "
                         "recorded wipe.")
                          .arg(tag);
        reasonHint = tr("What was done (optional)");
        okText = tr("Back from repair");
        break;
    case DeviceStep::MarkLost:
        title = tr("Mark %1 as lost").arg(tag);
        explanation = m_device.status == DeviceStatus::OnLoan
                          ? tr("%1 is recorded as lost, and its loan is closed as lost.").arg(tag)
                          : tr("%1 is recorded as lost. If it turns up, use “Mark found”.").arg(tag);
        reasonLabel = tr("&Reason");
        reasonHint = tr("For example: not returned after three reminders");
        okText = tr("Mark lost");
        break;
    case DeviceStep::MarkFound:
        title = tr("%1 has been found").arg(tag);
        explanation =
            tr("%1 comes back into the register and waits for a wipe before its next loan.").arg(tag);
        okText = tr("Mark found");
        break;
    case DeviceStep::Retire:
        title = tr("Retire %1").arg(tag);
        explanation = tr("%1 leaves circulation for good: a retired device is never lent again.").arg(tag);
        if (m_device.isMifi() && !m_device.simIccid.isEmpty()) {
            explanation += QLatin1Char(' ') + tr("Its SIM %1 goes back into stock.").arg(m_device.simIccid);
        }
        reasonLabel = tr("&Reason");
        reasonHint = tr("For example: battery swollen, beyond economic repair");
        okText = tr("Retire");
        break;
    case DeviceStep::TransferSend:
        title = tr("Send %1 to another branch").arg(tag);
        explanation =
            tr("%1 leaves %2 and stays “in transit” until the other branch receives it. It arrives in the "
               "status it leaves in.")
                .arg(tag, m_device.branch.name);
        okText = tr("Send");
        break;
    case DeviceStep::TransferReceive:
        title = tr("Receive %1").arg(tag);
        explanation =
            tr("%1 has arrived at the branch it was sent to, and goes back on the shelf in the status it was "
               "sent in.")
                .arg(tag);
        okText = tr("Receive");
        break;
    }
    setWindowTitle(title);

    auto *heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("stepHeading"));
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    heading->setTextFormat(Qt::PlainText);
    auto *summary = new QLabel(
        tr("%1 · %2 · %3 · %4")
            .arg(m_device.tag, m_device.type.name, m_device.branch.name, deviceStatusLabel(m_device.status)),
        this);
    summary->setProperty("muted", true);
    summary->setTextFormat(Qt::PlainText);
    auto *what = new QLabel(explanation, this);
    what->setObjectName(QStringLiteral("stepExplanation"));
    what->setWordWrap(true);
    what->setTextFormat(Qt::PlainText);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("stepMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    if (m_step == DeviceStep::TransferSend || m_step == DeviceStep::MarkFound) {
        m_branch = FormFields::combo(fields, QStringLiteral("stepBranch"),
                                     m_step == DeviceStep::TransferSend ? tr("Branch to send it to")
                                                                        : tr("Branch where it was found"));
        QList<Branch> branches;
        StoreRead::run(m_message, [&] { branches = DeviceRepository(m_ctx.store.database()).branches(); });
        for (const Branch &b : branches) {
            if (m_step == DeviceStep::TransferSend && b.id == m_device.branch.id) {
                continue; // a device is not sent to where it already belongs
            }
            m_branch->addItem(tr("%1 (%2)").arg(b.name, b.code), b.code);
        }
        if (m_step == DeviceStep::MarkFound) {
            // Found where the person at the desk works, unless they have no branch.
            const QString here = m_actor.branchId().isEmpty() ? m_device.branch.id : m_actor.branchId();
            for (const Branch &b : branches) {
                if (b.id == here) {
                    m_branch->setCurrentIndex(m_branch->findData(b.code));
                }
            }
        }
        FormFields::addRow(form, m_step == DeviceStep::TransferSend ? tr("&To branch") : tr("Found &at"),
                           m_branch);
    }
    m_reason =
        FormFields::line(fields, QStringLiteral("stepReason"), QString(reasonLabel).remove(QLatin1Char('&')),
                         DeviceStepCommand::kMaxNoteLength, 36);
    m_reason->setPlaceholderText(reasonHint);
    FormFields::addRow(form, reasonLabel, m_reason);
    if (m_step == DeviceStep::Retire) {
        m_confirm = new QCheckBox(tr("I understand %1 can never be lent again").arg(tag), fields);
        m_confirm->setObjectName(QStringLiteral("stepConfirm"));
        m_confirm->setAccessibleName(m_confirm->text());
        form->addRow(m_confirm);
    }

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("stepOkButton"));
    m_ok->setAccessibleName(okText);
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("stepCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DeviceStepDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeviceStepDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(what);
    layout->addWidget(m_message);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (m_branch) {
        m_branch->setFocus(Qt::OtherFocusReason);
    } else {
        m_reason->setFocus(Qt::OtherFocusReason);
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

std::unique_ptr<Command> DeviceStepDialog::makeCommand() const {
    const QString tag = m_device.tag;
    const QString note = m_reason->text();
    const QString branch = m_branch ? m_branch->currentData().toString() : QString();
    switch (m_step) {
    case DeviceStep::SendToRepair:
        return std::make_unique<SendToRepairCommand>(tag, note);
    case DeviceStep::ReturnFromRepair:
        return std::make_unique<ReturnFromRepairCommand>(tag, note);
    case DeviceStep::MarkLost:
        return std::make_unique<MarkLostCommand>(tag, note);
    case DeviceStep::MarkFound:
        return std::make_unique<MarkFoundCommand>(tag, branch, note);
    case DeviceStep::Retire:
        return std::make_unique<RetireDeviceCommand>(tag, note);
    case DeviceStep::TransferSend:
        return std::make_unique<SendTransferCommand>(tag, branch, note);
    case DeviceStep::TransferReceive:
        return std::make_unique<ReceiveTransferCommand>(tag, note);
    }
    return nullptr;
}

void DeviceStepDialog::accept() {
    if (m_confirm && !m_confirm->isChecked()) {
        m_message->showError(
            tr("Tick the box to confirm that %1 is to be retired for good.").arg(m_device.tag));
        m_confirm->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_branch && m_branch->currentIndex() < 0) {
        m_message->showError(tr("Choose a branch."));
        m_branch->setFocus(Qt::OtherFocusReason);
        return;
    }
    std::unique_ptr<Command> command = makeCommand();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(*command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedSummary = result.message();
    m_savedWarnings = result.warnings();
    QDialog::accept();
}
