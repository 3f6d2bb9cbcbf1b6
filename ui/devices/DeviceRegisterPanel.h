#pragma once

#include "DeskContext.h"
#include "DeviceStepDialog.h"
#include "auth/Actor.h"
#include "devices/Device.h"

#include <QHash>
#include <QPointer>
#include <QWidget>
#include <optional>

class DataTable;
class MessageBanner;
class QAction;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class ReadOnlyTableModel;

// The device register: every device with its type, branch, status and SIM, narrowed as you type or by
// status. A scanned tag and Enter selects that device (whatever the status filter); Enter on a row opens
// it. Adding, editing, the status steps, labels and the CSV import are buttons with mnemonics, and the
// steps are also in the row's context menu (Menu key).
class DeviceRegisterPanel : public QWidget {
    Q_OBJECT
public:
    DeviceRegisterPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

    void addDevice();
    void editCurrent();
    void addDeviceType();
    void importDevices();
    void printLabels();
    void runStep(DeviceStep step);

    std::optional<Device> currentDevice() const;
    bool selectDevice(const QString &deviceId);
    QAction *stepAction(DeviceStep step) const { return m_stepActions.value(int(step)); }
    QDialog *openDialog() const { return m_dialog; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filterEntered();
    void currentChanged();
    void showDialog(QDialog *dialog);
    void dialogFinished(int result);
    int rowOfId(const QString &deviceId) const;
    void updateCount();
    void limitWideColumns();

    DeskContext &m_ctx;
    const Actor m_actor;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_notice = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_steps = nullptr;
    QPushButton *m_labels = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_addType = nullptr;
    QMap<int, QAction *> m_stepActions;
    QList<Device> m_devices;
    QHash<QString, int> m_indexById; // device id → position in m_devices
    QPointer<QDialog> m_dialog;
};
