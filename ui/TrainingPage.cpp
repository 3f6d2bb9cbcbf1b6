#include "TrainingPage.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

TrainingPage::TrainingPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("trainingPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    m_summary->setProperty("muted", true);

    m_model = new ReadOnlyTableModel({tr("Volunteer"), tr("Pathway"), tr("Enrolled"), tr("Units achieved"),
                                      tr("Progress"), tr("Graduated")},
                                     this);
    m_model->setNumericColumns({4});
    m_table = new DataTable(QStringLiteral("trainingProgress"), tr("Training progress"), this);
    m_table->setModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

bool TrainingPage::seesEveryone() const {
    return m_actor.can(Permission::TrainingAssess) || m_actor.can(Permission::TrainingVerify);
}

QString TrainingPage::title() const {
    return tr("Training");
}

QString TrainingPage::subtitle() const {
    return seesEveryone()
               ? tr("Volunteers on the accredited TechMates pathway: units achieved and graduates.")
               : tr("Your progress on the accredited TechMates pathway.");
}

QWidget *TrainingPage::focusTarget() const {
    return m_table;
}

void TrainingPage::refresh() {
    QList<TrainingProgressRow> progress;
    guarded(
        [&] { progress = OverviewQueries(m_ctx.store.database(), m_ctx.clock).trainingProgress(m_actor); });
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(progress.size());
    int graduates = 0;
    for (const TrainingProgressRow &p : progress) {
        const int percent = p.unitsInPathway > 0 ? p.unitsAchieved * 100 / p.unitsInPathway : 0;
        QString graduated;
        if (p.graduatedOn.isValid()) {
            graduated = DisplayFormat::date(p.graduatedOn);
        } else if (p.graduate()) {
            graduated = tr("All units achieved");
        }
        graduates += p.graduate() ? 1 : 0;
        rows.append(
            {{p.volunteerName, p.pathwayName, DisplayFormat::date(p.enrolledOn),
              tr("%1 of %2").arg(p.unitsAchieved).arg(p.unitsInPathway), tr("%1 %").arg(percent), graduated},
             p.volunteerId,
             false});
    }
    m_model->setRows(rows);
    m_summary->setText(tr("Enrolled: %1 · Graduates: %2").arg(progress.size()).arg(graduates));
    m_table->setEmptyText(seesEveryone()
                              ? tr("No volunteers are enrolled on a training pathway yet.")
                              : tr("You are not enrolled on a training pathway yet. Ask your coordinator."));
}
