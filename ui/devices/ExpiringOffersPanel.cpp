#include "ExpiringOffersPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "StoreRead.h"
#include "core/Clock.h"
#include "loans/LoanQueries.h"
#include "store/Store.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

ExpiringOffersPanel::ExpiringOffersPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("expiringOffersPanel"));
    auto *intro =
        new QLabel(tr("Data offers that end within %1 days, soonest first. A good moment to talk to the "
                      "resident about what comes next, such as a social tariff.")
                       .arg(kWithinDays),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("expiringNotice"));
    m_model = new ReadOnlyTableModel({tr("Ends"), tr("Days left"), tr("Card"), tr("Resident"), tr("Kind"),
                                      tr("ICCID or code"), tr("Network"), tr("A month"), tr("Branch")},
                                     this);
    m_model->setNumericColumns({1, 7});
    m_table = new DataTable(QStringLiteral("expiringOffers"), tr("Data offers ending within 14 days"), this);
    m_table->setModel(m_model);
    m_table->setEmptyText(tr("No data offers end in the next %1 days.").arg(kWithinDays));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(intro);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
}

QWidget *ExpiringOffersPanel::focusTarget() const {
    return m_table;
}

void ExpiringOffersPanel::refresh() {
    QList<DataOfferRow> offers;
    const bool read = StoreRead::run(m_notice, [&] {
        offers =
            LoanQueries(m_ctx.store.database(), m_actor).dataOffersExpiring(m_ctx.clock.today(), kWithinDays);
    });
    if (read && m_notice->isError()) {
        m_notice->clearMessage();
    }
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(offers.size());
    for (const DataOfferRow &o : std::as_const(offers)) {
        rows.append({{DisplayFormat::date(o.expiresOn), QString::number(o.daysLeft), o.residentCard,
                      o.residentName, o.kind == QLatin1String("voucher") ? tr("Voucher") : tr("SIM"), o.code,
                      o.network, tr("%1 GB").arg(o.gbPerMonth), o.branchCode},
                     o.id,
                     o.daysLeft <= kUrgentDays});
    }
    m_model->setRows(rows);
    if (!rows.isEmpty()) {
        m_table->view()->setCurrentIndex(m_model->index(0, 0)); // the soonest, ready for the keyboard
    }
}
