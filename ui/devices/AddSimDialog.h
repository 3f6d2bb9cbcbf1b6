#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QLineEdit;
class QSpinBox;

// Adds a SIM card (by its ICCID, Luhn-checked by the core) or a data voucher to the stock (AddSimCommand).
// Enter after a scanned code moves on instead of saving.
class AddSimDialog : public QDialog {
    Q_OBJECT
public:
    AddSimDialog(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_network = nullptr;
    QSpinBox *m_gb = nullptr;
    QSpinBox *m_months = nullptr;
    QComboBox *m_branch = nullptr;
    QString m_savedSummary;
};
