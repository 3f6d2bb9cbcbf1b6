#include "TrainingPage.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "store/Store.h"
#include "training/ClaimsPanel.h"
#include "training/GraduatesPanel.h"
#include "training/PortfolioPanel.h"
#include "training/TrainingCommands.h"
#include "training/TrainingQueries.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

TrainingPage::TrainingPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("trainingPage"));
    m_portfolio = new PortfolioPanel(ctx, m_actor, this);

    m_traineesTab = new QWidget(this);
    m_summary = new QLabel(m_traineesTab);
    m_summary->setObjectName(QStringLiteral("trainingSummary"));
    m_summary->setProperty("muted", true);
    m_summary->setWordWrap(true);
    m_model = new ReadOnlyTableModel({tr("Volunteer"), tr("Pathway"), tr("Enrolled"), tr("Units achieved"),
                                      tr("Progress"), tr("Graduated"), tr("Awaiting sign-off"),
                                      tr("Awaiting verification")},
                                     this);
    m_model->setNumericColumns({4, 6, 7});
    m_table = new DataTable(QStringLiteral("trainingProgress"), tr("Training progress"), m_traineesTab);
    m_table->setModel(m_model);
    m_enrol = new QPushButton(tr("E&nrol a volunteer…"), m_traineesTab);
    m_enrol->setObjectName(QStringLiteral("enrolVolunteer"));
    m_enrol->setAccessibleName(tr("Enrol a volunteer on the pathway"));
    m_loadPathway = new QPushButton(tr("Load the TechMates path&way"), m_traineesTab);
    m_loadPathway->setObjectName(QStringLiteral("loadPathway"));
    m_loadPathway->setAccessibleName(tr("Load the TechMates pathway shipped with the desk"));
    m_enrol->setVisible(m_actor.can(Permission::TrainingVerify));
    m_loadPathway->setVisible(m_actor.can(Permission::TrainingVerify));
    auto *traineeButtons = new QHBoxLayout;
    traineeButtons->addStretch(1);
    traineeButtons->addWidget(m_loadPathway);
    traineeButtons->addWidget(m_enrol);
    auto *traineesLayout = new QVBoxLayout(m_traineesTab);
    traineesLayout->setContentsMargins(0, 8, 0, 0);
    traineesLayout->addWidget(m_summary);
    traineesLayout->addLayout(traineeButtons);
    auto *hint = new QLabel(tr("Enter on a row opens the volunteer's portfolio."), m_traineesTab);
    hint->setProperty("muted", true);
    traineesLayout->addWidget(hint);
    traineesLayout->addWidget(m_table, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("trainingTabs"));
    m_tabs->setAccessibleName(tr("Training views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_portfolio, tr("P&ortfolio"));
    m_tabs->addTab(m_traineesTab, seesEveryone() ? tr("&Trainees") : tr("&Progress"));
    if (m_actor.can(Permission::TrainingVerify)) {
        m_claims = new ClaimsPanel(ctx, m_actor, this);
        m_tabs->addTab(m_claims, tr("&Claims"));
    }
    if (seesEveryone()) {
        m_graduates = new GraduatesPanel(ctx, m_actor, this);
        m_tabs->addTab(m_graduates, tr("Gr&aduates"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    connect(m_table->view(), &QTableView::activated, this, [this](const QModelIndex &index) {
        m_portfolio->showVolunteer(m_model->row(index.row()).key);
        m_tabs->setCurrentWidget(m_portfolio);
        m_portfolio->focusTarget()->setFocus();
    });
    connect(m_enrol, &QPushButton::clicked, this, &TrainingPage::enrol);
    connect(m_loadPathway, &QPushButton::clicked, this, &TrainingPage::loadPathway);
    auto changed = [this] {
        refreshTrainees();
        if (m_claims) {
            m_claims->refresh();
        }
        if (m_graduates) {
            m_graduates->refresh();
        }
    };
    connect(m_portfolio, &PortfolioPanel::trainingChanged, this, changed);
    if (m_claims) {
        connect(m_claims, &ClaimsPanel::trainingChanged, this, [this] { m_portfolio->refresh(); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (QWidget *w = focusTarget()) {
            w->setFocus();
        }
    });
}

bool TrainingPage::seesEveryone() const {
    return TrainingQueries::seesEveryone(m_actor);
}

QString TrainingPage::title() const {
    return tr("Training");
}

QString TrainingPage::subtitle() const {
    return seesEveryone()
               ? tr("Volunteers on the accredited TechMates pathway: evidence, sign-offs, claims and "
                    "graduates.")
               : tr("Your progress on the accredited TechMates pathway.");
}

QWidget *TrainingPage::focusTarget() const {
    QWidget *current = m_tabs->currentWidget();
    if (current == m_portfolio) {
        return m_portfolio->focusTarget();
    }
    if (m_claims && current == m_claims) {
        return m_claims->focusTarget();
    }
    if (m_graduates && current == m_graduates) {
        return m_graduates->focusTarget();
    }
    return m_table;
}

void TrainingPage::refreshTrainees() {
    QList<TraineeRow> trainees;
    bool havePathway = true;
    guarded([&] {
        trainees = TrainingQueries(m_ctx.store.database()).trainees(m_actor);
        havePathway = !TrainingCatalogue(m_ctx.store.database()).pathways().isEmpty();
    });
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(trainees.size());
    int graduates = 0;
    for (const TraineeRow &p : trainees) {
        const int percent = p.unitsInPathway > 0 ? p.unitsAchieved * 100 / p.unitsInPathway : 0;
        const bool graduate = p.unitsInPathway > 0 && p.unitsAchieved >= p.unitsInPathway;
        QString graduated;
        if (p.graduatedOn.isValid()) {
            graduated = DisplayFormat::date(p.graduatedOn);
        } else if (graduate) {
            graduated = tr("All units achieved");
        }
        graduates += graduate ? 1 : 0;
        rows.append({{p.name, p.pathwayCode, DisplayFormat::date(p.enrolledOn),
                      tr("%1 of %2").arg(p.unitsAchieved).arg(p.unitsInPathway), tr("%1 %").arg(percent),
                      graduated, QString::number(p.awaitingSignOff), QString::number(p.awaitingVerification)},
                     p.volunteerId,
                     p.awaitingSignOff > 0,
                     {p.name, p.pathwayCode, p.enrolledOn, p.unitsAchieved, percent, p.graduatedOn,
                      p.awaitingSignOff, p.awaitingVerification}});
    }
    m_model->setRows(rows);
    m_table->fitColumns();
    m_summary->setText(tr("Enrolled: %1 · Graduates: %2").arg(trainees.size()).arg(graduates));
    m_table->setEmptyText(seesEveryone()
                              ? tr("No volunteers are enrolled on a training pathway yet.")
                              : tr("You are not enrolled on a training pathway yet. Ask your coordinator."));
    m_loadPathway->setVisible(m_actor.can(Permission::TrainingVerify) && !havePathway);
}

void TrainingPage::refresh() {
    refreshTrainees();
    guarded([&] {
        m_portfolio->refresh();
        if (m_claims) {
            m_claims->refresh();
        }
        if (m_graduates) {
            m_graduates->refresh();
        }
    });
}

void TrainingPage::enrol() {
    QList<Pathway> pathways;
    QList<QPair<QString, QString>> volunteers;
    if (!guarded([&] { pathways = TrainingCatalogue(m_ctx.store.database()).pathways(); })) {
        return;
    }
    if (pathways.isEmpty()) {
        m_summary->setText(tr("Load the TechMates pathway first."));
        return;
    }
    const Pathway &pathway = pathways.first();
    guarded(
        [&] { volunteers = TrainingQueries(m_ctx.store.database()).volunteersNotOn(pathway.code, m_actor); });
    QStringList names;
    for (const auto &[id, name] : volunteers) {
        names.append(name);
    }
    if (names.isEmpty()) {
        m_summary->setText(tr("Every volunteer is enrolled on %1 already.").arg(pathway.code));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Enrol a volunteer"),
                              tr("Volunteer to enrol on %1:").arg(pathway.name), names, 0, false, &ok);
    if (!ok) {
        return;
    }
    const QString id = volunteers.at(names.indexOf(chosen)).first;
    EnrolCommand command(id, pathway.code);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    m_summary->setText(r.message());
    if (r.ok()) {
        refresh();
    }
}

void TrainingPage::loadPathway() {
    const PathwayFile file = PathwayFile::defaultPathway();
    if (!file.ok()) {
        m_summary->setText(file.problems.join(QLatin1Char(' ')));
        return;
    }
    ImportPathwayCommand command(file.pathway);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    m_summary->setText(r.message());
    if (r.ok()) {
        refresh();
    }
}
