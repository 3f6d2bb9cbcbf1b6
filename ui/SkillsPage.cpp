#include "SkillsPage.h"
#include "commands/CommandBus.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "skills/BadgeImportPanel.h"
#include "skills/CataloguePanel.h"
#include "skills/GroupSessionPanel.h"
#include "skills/LearnerPanel.h"
#include "skills/SkillsTotalsPanel.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SkillsPage::SkillsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("skillsPage"));

    m_learner = new LearnerPanel(ctx, m_actor, this);
    m_group = new GroupSessionPanel(ctx, m_actor, this);
    m_import = new BadgeImportPanel(ctx, m_actor, this);
    m_catalogue = new CataloguePanel(ctx, m_actor, this);

    m_recentModel = new ReadOnlyTableModel(
        {tr("Achieved"), tr("Learner"), tr("Who"), tr("Badge"), tr("Category"), tr("Points")}, this);
    m_recentModel->setNumericColumns({5});
    m_recent = new DataTable(QStringLiteral("recentBadges"), tr("Recent badge achievements"), this);
    m_recent->setModel(m_recentModel);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("skillsTabs"));
    m_tabs->setAccessibleName(tr("Skills views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_learner, tr("L&earner"));
    m_tabs->addTab(m_group, tr("Gro&up session"));
    m_tabs->addTab(m_import, tr("I&mport completions"));
    // Figures over every learner: for staff who may see everyone.
    if (m_actor.can(Permission::ResidentViewAll) || m_actor.can(Permission::ReportView)) {
        m_totals = new SkillsTotalsPanel(ctx, m_actor, this);
        m_tabs->addTab(m_totals, tr("&Organisation"));
    }
    m_tabs->addTab(m_recent, tr("Rece&nt"));
    m_tabs->addTab(m_catalogue, tr("Badge &catalogue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    // The organisation figures read every badge record (about a second on a borough's half a million), so
    // they are worked out when their tab is shown, not on every visit to the section.
    auto changed = [this] {
        refreshRecent();
        if (m_totals && m_tabs->currentWidget() == m_totals) {
            m_totals->refresh();
        }
    };
    connect(m_learner, &LearnerPanel::badgesChanged, this, changed);
    connect(m_group, &GroupSessionPanel::badgesChanged, this, changed);
    connect(m_import, &BadgeImportPanel::badgesChanged, this, changed);
    connect(m_catalogue, &CataloguePanel::catalogueChanged, this, [this] {
        m_learner->refresh();
        m_group->refresh();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_totals && m_tabs->currentWidget() == m_totals) {
            m_totals->refresh();
        }
        if (QWidget *w = focusTarget()) {
            w->setFocus();
        }
    });
}

QString SkillsPage::title() const {
    return tr("Skills");
}

QString SkillsPage::subtitle() const {
    return tr("iDEA badges earned by residents, volunteers and staff, and progress towards Bronze, Silver "
              "and Gold.");
}

QWidget *SkillsPage::focusTarget() const {
    QWidget *current = m_tabs->currentWidget();
    if (current == m_learner) {
        return m_learner->focusTarget();
    }
    if (current == m_group) {
        return m_group->focusTarget();
    }
    if (current == m_import) {
        return m_import->focusTarget();
    }
    if (m_totals && current == m_totals) {
        return m_totals->focusTarget();
    }
    if (current == m_catalogue) {
        return m_catalogue->focusTarget();
    }
    return m_recent;
}

void SkillsPage::refreshRecent() {
    QList<BadgeAchievementRow> recent;
    guarded([&] {
        recent = OverviewQueries(m_ctx.store.database(), m_ctx.clock).recentBadgeAchievements(m_actor);
    });
    QList<ReadOnlyTableModel::Row> rows;
    for (const BadgeAchievementRow &a : recent) {
        rows.append(
            {{DisplayFormat::date(a.achievedOn), a.learnerName, DisplayFormat::learnerKind(a.learnerKind),
              a.badgeName, a.category, QString::number(a.points)},
             a.achievementId,
             false,
             {a.achievedOn, a.learnerName, a.learnerKind, a.badgeName, a.category, a.points}});
    }
    m_recentModel->setRows(rows);
    m_recent->setEmptyText(m_actor.can(Permission::ResidentViewAll)
                               ? tr("No badges have been recorded yet.")
                               : tr("No badges you recorded or supported yet."));
}

void SkillsPage::refresh() {
    guarded([&] {
        m_learner->refresh();
        m_group->refresh();
        m_catalogue->refresh();
        if (m_totals && m_tabs->currentWidget() == m_totals) {
            m_totals->refresh();
        }
    });
    refreshRecent();
}
