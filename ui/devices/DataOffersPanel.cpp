#include "DataOffersPanel.h"

#include "AddSimDialog.h"
#include "DataTable.h"
#include "DisplayFormat.h"
#include "FormFields.h"
#include "IssueDataOfferDialog.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "StoreRead.h"
#include "store/Store.h"
#include "views/SimStockQueries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString kindLabel(const QString &kind) {
    return kind == QLatin1String("voucher") ? QCoreApplication::translate("DataOffersPanel", "Voucher")
                                            : QCoreApplication::translate("DataOffersPanel", "SIM");
}

QString simStatusLabel(const QString &status) {
    if (status == QLatin1String("in_stock")) {
        return QCoreApplication::translate("DataOffersPanel", "In stock");
    }
    if (status == QLatin1String("issued")) {
        return QCoreApplication::translate("DataOffersPanel", "Issued");
    }
    if (status == QLatin1String("in_device")) {
        return QCoreApplication::translate("DataOffersPanel", "In a MiFi");
    }
    if (status == QLatin1String("expired")) {
        return QCoreApplication::translate("DataOffersPanel", "Ended");
    }
    if (status == QLatin1String("void")) {
        return QCoreApplication::translate("DataOffersPanel", "Void");
    }
    return status;
}
} // namespace

DataOffersPanel::DataOffersPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("dataOffersPanel"));
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("dataNotice"));

    m_addSim = FormFields::button(this, tr("Add SIM or &voucher…"), QStringLiteral("addSimButton"),
                                  tr("Add a SIM or data voucher to the stock"));
    m_addSim->setVisible(m_actor.can(Permission::DeviceManage));
    m_issue = FormFields::button(this, tr("Issue to a reside&nt…"), QStringLiteral("issueDataButton"),
                                 tr("Issue a SIM or voucher to a resident"));
    m_issue->setToolTip(tr("Issue the selected SIM or voucher (Enter on the list)"));
    m_issue->setVisible(m_actor.can(Permission::LoanCirculate));
    m_inStockOnly = new QCheckBox(tr("In stock &only"), this);
    m_inStockOnly->setObjectName(QStringLiteral("simInStockOnly"));
    m_inStockOnly->setAccessibleName(tr("Show only SIMs and vouchers in stock"));
    m_inStockOnly->setChecked(true);

    m_stockCount = new QLabel(this);
    m_stockCount->setObjectName(QStringLiteral("simCount"));
    m_stockCount->setProperty("muted", true);
    m_stockModel =
        new ReadOnlyTableModel({tr("Kind"), tr("ICCID or code"), tr("Network"), tr("A month"), tr("Months"),
                                tr("Branch"), tr("Where"), tr("Issued to"), tr("Ends")},
                               this);
    m_stockModel->setNumericColumns({3, 4});
    m_stock = new DataTable(QStringLiteral("simStock"), tr("SIMs and vouchers"), this);
    m_stock->setModel(m_stockModel);

    // The count has a line of its own, so the row fits beside the navigation at 200 % text.
    auto *top = new QHBoxLayout;
    top->addWidget(m_inStockOnly);
    top->addStretch(1);
    top->addWidget(m_addSim);
    top->addWidget(m_issue);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addWidget(m_stockCount);
    layout->addWidget(m_stock, 1);

    setTabOrder(m_inStockOnly, m_addSim);
    setTabOrder(m_addSim, m_issue);
    setTabOrder(m_issue, m_stock);

    connect(m_inStockOnly, &QCheckBox::toggled, this, &DataOffersPanel::refresh);
    connect(m_addSim, &QPushButton::clicked, this, &DataOffersPanel::addSim);
    connect(m_issue, &QPushButton::clicked, this, &DataOffersPanel::issueOffer);
    connect(m_stock->view(), &QTableView::activated, this, [this](const QModelIndex &) { issueOffer(); });
}

QWidget *DataOffersPanel::focusTarget() const {
    return m_stock;
}

void DataOffersPanel::refresh() {
    const bool inStock = m_inStockOnly->isChecked();
    QList<SimStockRow> sims;
    int total = 0;
    const bool read = StoreRead::run(m_notice, [&] {
        const SimStockQueries stock(m_ctx.store.database());
        sims = stock.sims(m_actor, inStock);
        total = stock.count(m_actor, inStock);
    });
    if (read && m_notice->isError()) {
        m_notice->clearMessage();
    }
    QList<ReadOnlyTableModel::Row> rows;
    for (const SimStockRow &s : std::as_const(sims)) {
        const QString where =
            !s.deviceTag.isEmpty() ? tr("In %1").arg(s.deviceTag) : simStatusLabel(s.status);
        rows.append(
            {{kindLabel(s.kind), s.code, s.network, tr("%1 GB").arg(s.gbPerMonth), QString::number(s.months),
              s.branchCode, where, s.residentCard, DisplayFormat::date(s.expiresOn)},
             s.code,
             false});
    }
    m_stockModel->setRows(rows);
    m_stock->setEmptyText(inStock ? tr("No SIMs or vouchers are in stock. Add some with Alt+V.")
                                  : tr("No SIMs or vouchers are recorded yet."));
    m_stockCount->setText(total > sims.size() ? tr("Showing %1 of %2.").arg(sims.size()).arg(total)
                                              : tr("%1 in the list.").arg(total));
}

QString DataOffersPanel::selectedStockCode() const {
    const QModelIndex current = m_stock->view()->currentIndex();
    if (!current.isValid()) {
        return {};
    }
    // Only stock that can still be issued is handed to the issue form.
    const QString where = m_stockModel->row(current.row()).cells.value(6);
    return where == simStatusLabel(QStringLiteral("in_stock")) ? m_stockModel->row(current.row()).key
                                                               : QString();
}

void DataOffersPanel::showDialog(QDialog *dialog) {
    if (m_dialog) {
        delete dialog;
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_notice->clearMessage();
    m_dialog = dialog;
    connect(dialog, &QDialog::finished, this, &DataOffersPanel::dialogFinished);
    dialog->open();
}

void DataOffersPanel::dialogFinished(int result) {
    QDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog) {
        return;
    }
    dialog->deleteLater();
    window()->activateWindow();
    if (result == QDialog::Accepted) {
        QString summary;
        if (auto *add = qobject_cast<AddSimDialog *>(dialog)) {
            summary = add->savedSummary();
        } else if (auto *issue = qobject_cast<IssueDataOfferDialog *>(dialog)) {
            summary = issue->savedSummary();
        }
        refresh();
        m_notice->showInfo(summary);
    }
    m_stock->setFocus(Qt::OtherFocusReason);
}

void DataOffersPanel::addSim() {
    if (m_actor.can(Permission::DeviceManage)) {
        showDialog(new AddSimDialog(m_ctx, m_actor, this));
    }
}

void DataOffersPanel::issueOffer() {
    if (m_actor.can(Permission::LoanCirculate)) {
        showDialog(new IssueDataOfferDialog(m_ctx, m_actor, selectedStockCode(), this));
    }
}
