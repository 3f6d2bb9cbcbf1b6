#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QPointer>
#include <QWidget>

class DataTable;
class MessageBanner;
class QCheckBox;
class QDialog;
class QLabel;
class QPushButton;
class ReadOnlyTableModel;

// SIMs and vouchers: the stock (in stock only, or all with where each one is), adding to it, and issuing a
// data offer to a resident (Enter on a SIM in stock issues that one).
class DataOffersPanel : public QWidget {
    Q_OBJECT
public:
    DataOffersPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

    void addSim();
    void issueOffer();
    QDialog *openDialog() const { return m_dialog; }

private:
    void showDialog(QDialog *dialog);
    void dialogFinished(int result);
    QString selectedStockCode() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_notice = nullptr;
    QPushButton *m_addSim = nullptr;
    QPushButton *m_issue = nullptr;
    QCheckBox *m_inStockOnly = nullptr;
    QLabel *m_stockCount = nullptr;
    DataTable *m_stock = nullptr;
    ReadOnlyTableModel *m_stockModel = nullptr;
    QPointer<QDialog> m_dialog;
};
