#include "Workspace.h"

#include "AdminPage.h"
#include "BookingsPage.h"
#include "DeskStyle.h"
#include "LoansPage.h"
#include "ReportsPage.h"
#include "ResidentsPage.h"
#include "SkillsPage.h"
#include "TrainingPage.h"
#include "devices/DevicesPage.h"
#include "sync/SyncPage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

Workspace::Workspace(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("workspace"));

    // Navigation panel: the sections this person may use, and a lock button for mouse users.
    auto *navPanel = new QWidget(this);
    navPanel->setObjectName(QStringLiteral("navPanel"));
    navPanel->setAttribute(Qt::WA_StyledBackground, true);
    auto *brand = new QLabel(tr("TechMates Desk"), navPanel);
    brand->setObjectName(QStringLiteral("navBrand"));
    brand->setFont(DeskStyle::scaledFont(this, 1.15));
    m_navigation = new QListWidget(navPanel);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setFont(DeskStyle::scaledFont(this, 1.1, false));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("sectionStack"));

    int widest = brand->sizeHint().width();
    for (SectionId id : Sections::allowedFor(m_actor)) {
        if (id == SectionId::Sync && !m_ctx.sync && !m_actor.can(Permission::ConflictResolve)) {
            continue; // a desk without a sync engine has nothing to show this person there
        }
        SectionPage *page = nullptr;
        switch (id) {
        case SectionId::Residents:
            page = new ResidentsPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Loans:
            page = new LoansPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Devices:
            page = new DevicesPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Bookings:
            page = new BookingsPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Skills:
            page = new SkillsPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Training:
            page = new TrainingPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Reports:
            page = new ReportsPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Admin:
            page = new AdminPage(m_ctx, m_actor, m_stack);
            break;
        case SectionId::Sync:
            page = new SyncPage(m_ctx, m_actor, m_stack);
            break;
        }
        m_pages.insert(id, page);
        m_stack->addWidget(page);
        auto *item = new QListWidgetItem(Sections::title(id), m_navigation);
        item->setData(Qt::UserRole, int(id));
        const QString keys = QStringLiteral("Ctrl+%1").arg(Sections::shortcutNumber(id));
        item->setToolTip(tr("%1 (%2)").arg(Sections::title(id), keys));
        item->setData(Qt::AccessibleDescriptionRole, keys);
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(Sections::title(id)));
    }
    // Created after the sections, so Tab runs navigation → section → lock button.
    auto *lock = new QPushButton(tr("&Lock desk"), navPanel);
    lock->setObjectName(QStringLiteral("lockButton"));
    lock->setAccessibleName(tr("Lock the desk"));
    lock->setToolTip(tr("Hide everything until someone signs in (Ctrl+L)"));
    connect(lock, &QPushButton::clicked, this, &Workspace::lockRequested);

    // Wide enough for the longest title at any text size, never more.
    navPanel->setFixedWidth(widest + m_navigation->fontMetrics().averageCharWidth() * 8);

    auto *navLayout = new QVBoxLayout(navPanel);
    navLayout->setContentsMargins(0, 16, 0, 12);
    navLayout->setSpacing(12);
    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(16, 0, 16, 0);
    brandRow->addWidget(brand);
    navLayout->addLayout(brandRow);
    navLayout->addWidget(m_navigation, 1);
    auto *lockRow = new QHBoxLayout;
    lockRow->setContentsMargins(12, 0, 12, 0);
    lockRow->addWidget(lock);
    navLayout->addLayout(lockRow);

    // Header with the section's title, then the section.
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("sectionHeader"));
    header->setAttribute(Qt::WA_StyledBackground, true);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_title->setFont(DeskStyle::scaledFont(this, 1.6));
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("sectionSubtitle"));
    m_subtitle->setProperty("muted", true);
    m_subtitle->setWordWrap(true);
    auto *headerLayout = new QVBoxLayout(header);
    headerLayout->setContentsMargins(20, 14, 20, 12);
    headerLayout->setSpacing(2);
    headerLayout->addWidget(m_title);
    headerLayout->addWidget(m_subtitle);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("workspaceContent"));
    content->setAttribute(Qt::WA_StyledBackground, true);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header);
    contentLayout->addWidget(m_stack, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(navPanel);
    layout->addWidget(content, 1);

    connect(m_navigation, &QListWidget::currentRowChanged, this, &Workspace::sectionChosen);
    // Enter on a section moves into it, so the list works like a menu.
    connect(m_navigation, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showSection(SectionId(item->data(Qt::UserRole).toInt()), true);
    });

    // Workspace-wide keys; they disappear with the workspace when the desk locks.
    auto *newResident = new QAction(tr("New resident"), this);
    newResident->setObjectName(QStringLiteral("newResidentAction"));
    newResident->setShortcut(QKeySequence::New);
    newResident->setEnabled(m_actor.can(Permission::ResidentEdit) && m_pages.contains(SectionId::Residents));
    connect(newResident, &QAction::triggered, this, [this] {
        if (showSection(SectionId::Residents, false)) {
            residentsPage()->newResident();
        }
    });
    auto *findResident = new QAction(tr("Find resident"), this);
    findResident->setObjectName(QStringLiteral("findResidentAction"));
    findResident->setShortcut(QKeySequence::Find);
    findResident->setEnabled(m_pages.contains(SectionId::Residents));
    connect(findResident, &QAction::triggered, this, [this] {
        if (showSection(SectionId::Residents, false)) {
            residentsPage()->focusSearch();
        }
    });
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &Workspace::refreshCurrent);
    addActions({newResident, findResident, refresh});

    if (!m_pages.isEmpty()) {
        m_navigation->setCurrentRow(0);
    } else {
        m_title->setText(tr("Nothing to show"));
        m_subtitle->setText(tr("Your account has no sections. Ask an administrator to check your role."));
    }
}

ResidentsPage *Workspace::residentsPage() const {
    return qobject_cast<ResidentsPage *>(m_pages.value(SectionId::Residents));
}

bool Workspace::showSection(SectionId section, bool focusPage) {
    SectionPage *target = m_pages.value(section);
    if (!target) {
        return false;
    }
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == int(section)) {
            m_navigation->setCurrentRow(row);
            break;
        }
    }
    if (focusPage && target->focusTarget()) {
        target->focusTarget()->setFocus(Qt::ShortcutFocusReason);
    }
    return true;
}

void Workspace::sectionChosen(int row) {
    if (row < 0 || row >= m_navigation->count()) {
        return;
    }
    const auto section = SectionId(m_navigation->item(row)->data(Qt::UserRole).toInt());
    SectionPage *target = m_pages.value(section);
    if (!target) {
        return;
    }
    m_current = section;
    m_stack->setCurrentWidget(target);
    m_title->setText(target->title());
    m_subtitle->setText(target->subtitle());
    target->refresh();
}

void Workspace::refreshCurrent() {
    if (SectionPage *current = m_pages.value(m_current)) {
        current->refresh();
    }
}
