#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "devices/Device.h"

#include <QDialog>
#include <memory>

class Command;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;

// The register's steps outside lending, each a command of models/devices/DeviceMovementCommands.
enum class DeviceStep {
    SendToRepair,
    ReturnFromRepair,
    MarkLost,
    MarkFound,
    Retire,
    TransferSend,
    TransferReceive
};

// Confirms one step for one device: says what will happen, asks for the reason or note the command
// records (and the branch, for a transfer or a found device), then runs the command. A refusal is shown in
// the dialog, which stays open with what was typed; nothing changes.
class DeviceStepDialog : public QDialog {
    Q_OBJECT
public:
    DeviceStepDialog(DeskContext &ctx, Actor actor, Device device, DeviceStep step,
                     QWidget *parent = nullptr);

    static QList<DeviceStep> allSteps();
    // The menu entry, with its mnemonic ("Send to &repair…").
    static QString actionText(DeviceStep step);
    static QString actionObjectName(DeviceStep step);
    // Whether the step starts from this status. The command is the authority (it re-reads the device in its
    // transaction); this only keeps the menu to the steps that make sense.
    static bool appliesTo(DeviceStep step, DeviceStatus status);

    DeviceStep step() const { return m_step; }
    QString savedSummary() const { return m_savedSummary; }
    QStringList savedWarnings() const { return m_savedWarnings; }

    void accept() override;

private:
    std::unique_ptr<Command> makeCommand() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    const Device m_device;
    const DeviceStep m_step;
    MessageBanner *m_message = nullptr;
    QLineEdit *m_reason = nullptr;
    QComboBox *m_branch = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_savedSummary;
    QStringList m_savedWarnings;
};
