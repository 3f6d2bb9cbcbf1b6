#include "LoansPage.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

LoansPage::LoansPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("loansPage"));

    m_overdueOnly = new QCheckBox(tr("&Overdue only"), this);
    m_overdueOnly->setObjectName(QStringLiteral("overdueOnly"));
    m_overdueOnly->setAccessibleName(tr("Show overdue loans only"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loanSummary"));
    m_summary->setProperty("muted", true);

    m_model = new ReadOnlyTableModel({tr("Device"), tr("Type"), tr("Card"), tr("Resident"), tr("Branch"),
                                      tr("Lent on"), tr("Due"), tr("Days overdue"), tr("Status")},
                                     this);
    m_model->setNumericColumns({7});
    m_table = new DataTable(QStringLiteral("activeLoans"), tr("Active loans"), this);
    m_table->setModel(m_model);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_overdueOnly);
    filterRow->addStretch(1);
    filterRow->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);

    setTabOrder(m_overdueOnly, m_table);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &LoansPage::refresh);
}

QString LoansPage::title() const {
    return tr("Loans");
}

QString LoansPage::subtitle() const {
    return tr("Devices out with residents now, soonest due first.");
}

QWidget *LoansPage::focusTarget() const {
    return m_table;
}

void LoansPage::refresh() {
    const OverviewQueries queries(m_ctx.store.database(), m_ctx.clock);
    QList<ActiveLoanRow> loans;
    LoanCounts counts;
    guarded([&] {
        loans = queries.activeLoans(m_actor, m_overdueOnly->isChecked());
        counts = queries.loanCounts(m_actor);
    });
    const QDate today = m_ctx.clock.today();
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(loans.size());
    for (const ActiveLoanRow &l : loans) {
        const qint64 days = today.daysTo(l.dueOn);
        QString status;
        if (l.overdue) {
            status = tr("Overdue");
        } else if (days == 0) {
            status = tr("Due today");
        } else if (days <= 7) {
            status = tr("Due this week");
        } else {
            status = tr("On loan");
        }
        rows.append({{l.deviceTag, l.deviceType, l.residentCard, l.residentName, l.branchName,
                      DisplayFormat::date(l.checkedOutOn), DisplayFormat::date(l.dueOn),
                      l.overdue ? QString::number(-days) : QString(), status},
                     l.loanId,
                     l.overdue});
    }
    m_model->setRows(rows);
    m_summary->setText(tr("Active loans: %1 · Overdue: %2").arg(counts.active).arg(counts.overdue));
    m_table->setEmptyText(m_overdueOnly->isChecked() ? tr("No loans are overdue.")
                                                     : tr("No devices are out on loan."));
}
