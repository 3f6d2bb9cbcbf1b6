#include "SkillsTotalsPanel.h"
#include "commands/CommandBus.h"

#include "DataTable.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "devices/StoreRead.h"
#include "skills/SkillsProgress.h"
#include "store/Store.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace {
QStringList awardColumns(const SkillsTotals &t) {
    return t.awardNames;
}

QList<ReadOnlyTableModel::Row> rowsFor(const QList<SkillsTotals::Line> &lines, const QStringList &awards) {
    QList<ReadOnlyTableModel::Row> rows;
    for (const SkillsTotals::Line &l : lines) {
        QStringList cells{l.label, QString::number(l.badges), QString::number(l.learners),
                          QString::number(l.points)};
        QVariantList sort{l.key, l.badges, l.learners, l.points};
        for (const QString &a : awards) {
            cells.append(QString::number(l.awards.value(a)));
            sort.append(l.awards.value(a));
        }
        rows.append({cells, l.key, false, sort});
    }
    return rows;
}
} // namespace

SkillsTotalsPanel::SkillsTotalsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("skillsTotalsPanel"));
    m_message = new MessageBanner(this);
    m_target = new QProgressBar(this);
    m_target->setObjectName(QStringLiteral("badgeTarget"));
    m_targetText = new QLabel(this);
    m_targetText->setObjectName(QStringLiteral("badgeTargetText"));
    m_targetText->setBuddy(m_target);
    auto *chart = new QChart;
    chart->setTitle(tr("Badges per month and running total"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("badgesChart"));
    m_chartView->setAccessibleName(tr("Chart of badges per month and the running total"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);

    auto makeTable = [this](const QString &name, const QString &accessible, ReadOnlyTableModel **model) {
        *model = new ReadOnlyTableModel({}, this);
        auto *table = new DataTable(name, accessible, this);
        table->setModel(*model);
        table->setEmptyText(tr("No badges recorded yet."));
        return table;
    };
    m_byBranch = makeTable(QStringLiteral("totalsByBranch"), tr("Badges by branch"), &m_branchModel);
    m_byTeam = makeTable(QStringLiteral("totalsByTeam"), tr("Badges by team"), &m_teamModel);
    m_byMonth = makeTable(QStringLiteral("totalsByMonth"), tr("Badges by month"), &m_monthModel);
    auto *tables = new QTabWidget(this);
    tables->setObjectName(QStringLiteral("totalsTabs"));
    tables->setAccessibleName(tr("Badge figures by branch, team and month"));
    tables->setDocumentMode(true);
    tables->addTab(m_byBranch, tr("By &branch"));
    tables->addTab(m_byTeam, tr("By &team"));
    tables->addTab(m_byMonth, tr("B&y month"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_message);
    layout->addWidget(m_targetText);
    layout->addWidget(m_target);
    auto *split = new QHBoxLayout;
    split->addWidget(m_chartView, 3);
    split->addWidget(tables, 2);
    layout->addLayout(split, 1);
}

QWidget *SkillsTotalsPanel::focusTarget() const {
    return m_byBranch->view();
}

void SkillsTotalsPanel::refresh() {
    SkillsTotals t;
    if (!StoreRead::run(m_message, [&] { t = SkillsProgress(m_ctx.store.database()).totals(m_actor); })) {
        return;
    }
    m_message->clearMessage();
    const QLocale locale;
    m_target->setRange(0, std::max(1, t.target));
    m_target->setValue(std::min(t.totalBadges, std::max(1, t.target)));
    const QString text = t.target > 0
                             ? tr("%1 badges of the target %2 (%3 %), earned by %4 learners.")
                                   .arg(locale.toString(t.totalBadges), locale.toString(t.target))
                                   .arg(t.totalBadges * 100 / t.target)
                                   .arg(locale.toString(t.totalLearners))
                             : tr("%1 badges, earned by %2 learners; no target is set.")
                                   .arg(locale.toString(t.totalBadges), locale.toString(t.totalLearners));
    m_targetText->setText(text);
    m_target->setFormat(tr("%1 of %2").arg(locale.toString(t.totalBadges), locale.toString(t.target)));
    m_target->setAccessibleName(text);

    const QStringList awards = awardColumns(t);
    QStringList headers{tr("Branch"), tr("Badges"), tr("Learners"), tr("Points")};
    for (const QString &a : awards) {
        headers.append(tr("%1 awards").arg(a));
    }
    auto apply = [&](ReadOnlyTableModel *&model, DataTable *table, const QString &first,
                     const QList<SkillsTotals::Line> &lines) {
        QStringList h = headers;
        h[0] = first;
        auto *fresh = new ReadOnlyTableModel(h, this);
        QSet<int> numeric;
        for (int i = 1; i < h.size(); ++i) {
            numeric.insert(i);
        }
        fresh->setNumericColumns(numeric);
        fresh->setRows(rowsFor(lines, awards));
        table->setModel(fresh);
        model->deleteLater();
        model = fresh;
        table->fitColumns();
    };
    apply(m_branchModel, m_byBranch, tr("Branch"), t.byBranch);
    apply(m_teamModel, m_byTeam, tr("Team"), t.byTeam);
    apply(m_monthModel, m_byMonth, tr("Month"), t.byMonth);

    // The last 12 months with badges as bars, the running total as a line on its own axis.
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    const QList<SkillsTotals::Line> recent = t.byMonth.mid(std::max<qsizetype>(0, t.byMonth.size() - 12));
    auto *bars = new QBarSet(tr("Badges in the month"));
    auto *running = new QLineSeries;
    running->setName(tr("Running total"));
    QStringList months;
    int maxBar = 1;
    int maxTotal = 1;
    for (int i = 0; i < recent.size(); ++i) {
        months.append(recent.at(i).label);
        *bars << recent.at(i).badges;
        maxBar = std::max(maxBar, recent.at(i).badges);
        for (const auto &[month, total] : t.runningTotal) {
            if (month == recent.at(i).key) {
                running->append(i, total);
                maxTotal = std::max(maxTotal, total);
            }
        }
    }
    auto *series = new QBarSeries;
    series->append(bars);
    chart->addSeries(series);
    chart->addSeries(running);
    auto *x = new QBarCategoryAxis;
    x->append(months);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    running->attachAxis(x);
    auto *yBars = new QValueAxis;
    yBars->setRange(0, maxBar);
    yBars->setLabelFormat(QStringLiteral("%d"));
    yBars->setTitleText(tr("Badges"));
    chart->addAxis(yBars, Qt::AlignLeft);
    series->attachAxis(yBars);
    auto *yTotal = new QValueAxis;
    yTotal->setRange(0, std::max(maxTotal, t.target));
    yTotal->setLabelFormat(QStringLiteral("%d"));
    yTotal->setTitleText(tr("Running total"));
    chart->addAxis(yTotal, Qt::AlignRight);
    running->attachAxis(yTotal);
}
