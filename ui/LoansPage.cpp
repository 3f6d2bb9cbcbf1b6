#include "LoansPage.h"

#include "loans/CheckInPanel.h"
#include "loans/CheckOutPanel.h"
#include "loans/LoanListsPanel.h"
#include "loans/WipePanel.h"

#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

LoansPage::LoansPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("loansPage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("loanTabs"));
    m_tabs->setAccessibleName(tr("Loans tasks"));
    m_tabs->setDocumentMode(true);

    m_checkOut = new CheckOutPanel(m_ctx, m_actor, m_tabs);
    addPanel(m_checkOut, tr("Check &out"));
    m_checkIn = new CheckInPanel(m_ctx, m_actor, m_tabs);
    addPanel(m_checkIn, tr("Check &in"));
    if (m_actor.can(Permission::WipeRecord)) {
        m_wipe = new WipePanel(m_ctx, m_actor, m_tabs);
        addPanel(m_wipe, tr("&Wipe"));
    }
    m_lists = new LoanListsPanel(m_ctx, m_actor, m_tabs);
    addPanel(m_lists, tr("Li&sts"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    // Choosing a tab puts the keyboard where that task starts (a scan box, or the list chooser).
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *panel = qobject_cast<LoansPanel *>(m_tabs->currentWidget())) {
            panel->refresh();
            if (panel->focusTarget()) {
                panel->focusTarget()->setFocus(Qt::TabFocusReason);
            }
        }
    });
    // Whatever one tab changes, the lists (and the wipe queue) show at once.
    connect(m_checkOut, &CheckOutPanel::loanMade, this, &LoansPage::refreshLists);
    connect(m_checkIn, &CheckInPanel::checkedIn, this, &LoansPage::refreshLists);
    connect(m_checkIn, &CheckInPanel::renewed, this, &LoansPage::refreshLists);
    if (m_wipe) {
        connect(m_wipe, &WipePanel::wipeRecorded, this, &LoansPage::refreshLists);
    }
    connect(m_lists, &LoanListsPanel::renewRequested, this, [this](const QString &tag) {
        showPanel(m_checkIn);
        m_checkIn->startRenewal(tag);
    });
    connect(m_lists, &LoanListsPanel::wipeRequested, this, [this](const QString &tag) {
        if (m_wipe) {
            showPanel(m_wipe);
            m_wipe->openTag(tag);
        }
    });
}

void LoansPage::addPanel(LoansPanel *panel, const QString &label) {
    m_tabs->addTab(panel, label);
    connect(panel, &LoansPanel::storeProblem, this,
            [this](const QString &message) { storeProblemBanner()->showError(message); });
    connect(panel, &LoansPanel::storeRecovered, this, &LoansPage::clearStoreProblem);
}

QString LoansPage::title() const {
    return tr("Loans");
}

QString LoansPage::subtitle() const {
    return tr(
        "Scan a library card, then a device, to lend it. Check in, renew, record wipes and see the lists.");
}

QWidget *LoansPage::focusTarget() const {
    auto *panel = qobject_cast<LoansPanel *>(m_tabs->currentWidget());
    return panel ? panel->focusTarget() : m_tabs;
}

void LoansPage::showPanel(LoansPanel *panel) {
    m_tabs->setCurrentWidget(panel);
    if (panel->focusTarget()) {
        panel->focusTarget()->setFocus(Qt::OtherFocusReason);
    }
}

void LoansPage::refresh() {
    refreshLists();
}

void LoansPage::refreshLists() {
    m_lists->refresh();
    if (m_wipe) {
        m_wipe->refresh();
    }
}
