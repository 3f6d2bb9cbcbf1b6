#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

// Adds a kind of device (AddDeviceTypeCommand, an administrator's step): code, name, category, the kit that
// goes out with it and its replacement cost, both printed on every loan agreement.
class DeviceTypeDialog : public QDialog {
    Q_OBJECT
public:
    DeviceTypeDialog(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

    static QString categoryLabel(const QString &key);

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QLineEdit *m_kit = nullptr;
    QDoubleSpinBox *m_cost = nullptr;
    QString m_savedSummary;
};
