#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "devices/Device.h"

#include <QDialog>
#include <optional>

class MessageBanner;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// Adds a device to the register (AddDeviceCommand) or changes one (EditDeviceCommand). A scanner's Enter in
// the tag, serial or SIM field moves on to the next field instead of saving half a form; Enter elsewhere or
// Ctrl+S saves. A refusal is shown at the top and the dialog keeps everything typed.
class DeviceEditorDialog : public QDialog {
    Q_OBJECT
public:
    DeviceEditorDialog(DeskContext &ctx, Actor actor, std::optional<Device> existing,
                       QWidget *parent = nullptr);

    bool isNew() const { return !m_existing.has_value(); }
    QString savedDeviceId() const { return m_savedId; }
    QString savedSummary() const { return m_savedSummary; }
    QStringList savedWarnings() const { return m_savedWarnings; }

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const Device &device);

    DeskContext &m_ctx;
    const Actor m_actor;
    const std::optional<Device> m_existing;
    MessageBanner *m_message = nullptr;
    QLineEdit *m_tag = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_branch = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_serial = nullptr;
    QLineEdit *m_make = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_acquired = nullptr;
    QLineEdit *m_sim = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_save = nullptr;
    QString m_savedId;
    QString m_savedSummary;
    QStringList m_savedWarnings;
};
