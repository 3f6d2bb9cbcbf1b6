#include "SkillsPage.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

SkillsPage::SkillsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("skillsPage"));

    m_recentModel = new ReadOnlyTableModel(
        {tr("Achieved"), tr("Learner"), tr("Who"), tr("Badge"), tr("Category"), tr("Points")}, this);
    m_recentModel->setNumericColumns({5});
    m_recent = new DataTable(QStringLiteral("recentBadges"), tr("Recent badge achievements"), this);
    m_recent->setModel(m_recentModel);

    m_catalogueModel =
        new ReadOnlyTableModel({tr("Code"), tr("Badge"), tr("Category"), tr("Points"), tr("Offered")}, this);
    m_catalogueModel->setNumericColumns({3});
    m_catalogue = new DataTable(QStringLiteral("badgeCatalogue"), tr("Badge catalogue"), this);
    m_catalogue->setModel(m_catalogueModel);
    m_catalogue->setEmptyText(
        tr("The badge catalogue is empty. An administrator can load the iDEA catalogue."));

    m_awards = new QLabel(this);
    m_awards->setObjectName(QStringLiteral("awardLevels"));
    m_awards->setProperty("muted", true);
    m_awards->setWordWrap(true);

    auto *catalogueTab = new QWidget(this);
    auto *catalogueLayout = new QVBoxLayout(catalogueTab);
    catalogueLayout->setContentsMargins(0, 8, 0, 0);
    catalogueLayout->addWidget(m_awards);
    catalogueLayout->addWidget(m_catalogue, 1);

    auto *recentTab = new QWidget(this);
    auto *recentLayout = new QVBoxLayout(recentTab);
    recentLayout->setContentsMargins(0, 8, 0, 0);
    recentLayout->addWidget(m_recent, 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("skillsTabs"));
    m_tabs->setAccessibleName(tr("Skills views"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(recentTab, tr("&Recent achievements"));
    m_tabs->addTab(catalogueTab, tr("Badge &catalogue"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);
}

QString SkillsPage::title() const {
    return tr("Skills");
}

QString SkillsPage::subtitle() const {
    return tr("iDEA badges earned by residents, volunteers and staff.");
}

QWidget *SkillsPage::focusTarget() const {
    return m_tabs->currentIndex() == 0 ? m_recent : m_catalogue;
}

void SkillsPage::refresh() {
    const OverviewQueries queries(m_ctx.store.database(), m_ctx.clock);
    QList<BadgeAchievementRow> recent;
    QList<BadgeCatalogueRow> catalogue;
    QList<AwardLevelRow> awards;
    guarded([&] {
        recent = queries.recentBadgeAchievements(m_actor);
        catalogue = queries.badgeCatalogue(m_actor);
        awards = queries.awardLevels(m_actor);
    });

    QList<ReadOnlyTableModel::Row> rows;
    for (const BadgeAchievementRow &a : recent) {
        rows.append(
            {{DisplayFormat::date(a.achievedOn), a.learnerName, DisplayFormat::learnerKind(a.learnerKind),
              a.badgeName, a.category, QString::number(a.points)},
             a.achievementId,
             false});
    }
    m_recentModel->setRows(rows);
    m_recent->setEmptyText(m_actor.can(Permission::ResidentViewAll)
                               ? tr("No badges have been recorded yet.")
                               : tr("No badges you recorded or supported yet."));

    rows.clear();
    for (const BadgeCatalogueRow &c : catalogue) {
        rows.append({{c.code, c.name, c.category, QString::number(c.points), c.active ? tr("Yes") : tr("No")},
                     c.code,
                     false});
    }
    m_catalogueModel->setRows(rows);

    QStringList levels;
    for (const AwardLevelRow &a : awards) {
        levels.append(tr("%1 from %2 points").arg(a.name).arg(a.threshold));
    }
    m_awards->setText(levels.isEmpty() ? tr("No award levels are set.")
                                       : tr("Awards: %1.").arg(levels.join(QStringLiteral(", "))));
}
