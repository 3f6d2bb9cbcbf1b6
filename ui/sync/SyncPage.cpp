#include "SyncPage.h"

#include "ConflictReviewPanel.h"
#include "SyncPanel.h"

#include <QAction>
#include <QTabWidget>
#include <QVBoxLayout>

SyncPage::SyncPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("syncPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("syncTabs"));
    m_tabs->setAccessibleName(tr("Sync"));
    if (m_actor.can(Permission::SyncRun) && m_ctx.sync) {
        m_syncPanel = new SyncPanel(m_ctx, m_actor, m_tabs);
        m_tabs->addTab(m_syncPanel, tr("Sync"));
    }
    if (m_actor.can(Permission::ConflictResolve)) {
        m_conflicts = new ConflictReviewPanel(m_ctx, m_actor, m_tabs);
        m_tabs->addTab(m_conflicts, tr("Conflicts"));
        connect(m_conflicts, &ConflictReviewPanel::countChanged, this, &SyncPage::updateConflictTitle);
        updateConflictTitle(m_conflicts->count());
    }

    m_syncNowAction = new QAction(tr("Sync now"), this);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNowAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_syncNowAction);
    m_syncNowAction->setEnabled(m_syncPanel != nullptr);
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        if (m_syncPanel) {
            m_syncPanel->syncNow();
        }
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 4, 20, 16);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (QWidget *target = focusTarget()) {
            target->setFocus(Qt::TabFocusReason);
        }
    });
}

QString SyncPage::title() const {
    return tr("Sync");
}

QString SyncPage::subtitle() const {
    return m_syncPanel
               ? tr("Keep this desk and the council's record in step; it keeps working offline.")
               : tr("Devices lent at two desks while they were offline, for a coordinator to settle.");
}

void SyncPage::refresh() {
    if (m_syncPanel) {
        m_syncPanel->refresh();
    }
    if (m_conflicts) {
        m_conflicts->refresh();
    }
}

QWidget *SyncPage::focusTarget() const {
    QWidget *current = m_tabs->currentWidget();
    if (current && current == m_syncPanel) {
        return m_syncPanel->focusTarget();
    }
    if (current && current == m_conflicts) {
        return m_conflicts->focusTarget();
    }
    return m_tabs;
}

void SyncPage::showConflicts() {
    if (m_conflicts) {
        m_tabs->setCurrentWidget(m_conflicts);
    }
}

void SyncPage::updateConflictTitle(int unresolved) {
    const int index = m_tabs->indexOf(m_conflicts);
    if (index >= 0) {
        m_tabs->setTabText(index, unresolved > 0 ? tr("Conflicts (%1)").arg(unresolved) : tr("Conflicts"));
    }
}
