#include "GraduatesPanel.h"

#include "DataTable.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "devices/StoreRead.h"
#include "store/Store.h"
#include "training/TrainingQueries.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

GraduatesPanel::GraduatesPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("graduatesPanel"));
    m_message = new MessageBanner(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("graduateTargetText"));
    m_target = new QProgressBar(this);
    m_target->setObjectName(QStringLiteral("graduateTarget"));
    auto *chart = new QChart;
    chart->setTitle(tr("Graduates by month"));
    chart->legend()->hide();
    m_chart = new QChartView(chart, this);
    m_chart->setObjectName(QStringLiteral("graduatesChart"));
    m_chart->setAccessibleName(tr("Chart of graduates by month"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_branchModel = new ReadOnlyTableModel({tr("Branch"), tr("Graduates")}, this);
    m_branchModel->setNumericColumns({1});
    m_byBranch = new DataTable(QStringLiteral("graduatesByBranch"), tr("Graduates by branch"), this);
    m_byBranch->setModel(m_branchModel);
    m_byBranch->setEmptyText(tr("No graduates yet."));
    auto *split = new QHBoxLayout;
    split->addWidget(m_chart, 3);
    split->addWidget(m_byBranch, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_text);
    layout->addWidget(m_target);
    layout->addLayout(split, 1);
}

QWidget *GraduatesPanel::focusTarget() const {
    return m_byBranch->view();
}

void GraduatesPanel::refresh() {
    GraduateTotals g;
    if (!StoreRead::run(m_message, [&] { g = TrainingQueries(m_ctx.store.database()).graduates(m_actor); })) {
        return;
    }
    m_message->clearMessage();
    m_target->setRange(0, std::max(1, g.target));
    m_target->setValue(std::min(g.total, std::max(1, g.target)));
    m_target->setFormat(tr("%1 of %2").arg(g.total).arg(g.target));
    const QString text = tr("%1 graduates of the target %2; %3 volunteers enrolled.")
                             .arg(g.total)
                             .arg(g.target)
                             .arg(g.enrolled);
    m_text->setText(text);
    m_target->setAccessibleName(text);
    QList<ReadOnlyTableModel::Row> rows;
    for (const auto &[branch, n] : g.byBranch) {
        rows.append({{branch, QString::number(n)}, branch, false, {branch, n}});
    }
    m_branchModel->setRows(rows);
    m_byBranch->fitColumns();

    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QList<QPair<QString, int>> recent = g.byMonth.mid(std::max<qsizetype>(0, g.byMonth.size() - 12));
    auto *set = new QBarSet(tr("Graduates"));
    QStringList months;
    int top = 1;
    for (const auto &[month, n] : recent) {
        months.append(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate)
                          .toString(QStringLiteral("MMM yyyy")));
        *set << n;
        top = std::max(top, n);
    }
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, top);
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}
