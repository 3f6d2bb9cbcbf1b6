#include "DevicesPage.h"

#include "DataOffersPanel.h"
#include "DeviceRegisterPanel.h"
#include "ExpiringOffersPanel.h"

#include <QApplication>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

DevicesPage::DevicesPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("devicesPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("devicesTabs"));
    m_tabs->setAccessibleName(tr("Devices, SIMs and data"));
    m_register = new DeviceRegisterPanel(m_ctx, m_actor, m_tabs);
    m_data = new DataOffersPanel(m_ctx, m_actor, m_tabs);
    m_expiring = new ExpiringOffersPanel(m_ctx, m_actor, m_tabs);
    m_tabs->addTab(m_register, tr("&Register"));
    m_tabs->addTab(m_data, tr("SI&Ms and vouchers"));
    m_tabs->addTab(m_expiring, tr("Ending &within 14 days"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    // Each tab reads the store when it is shown, so the page opens fast on a borough store.
    connect(m_tabs, &QTabWidget::currentChanged, this, &DevicesPage::tabChanged);
}

void DevicesPage::tabChanged() {
    refresh();
    // A tab chosen by its mnemonic (Alt+…) hides the widget that had the keyboard; carry on in the tab that
    // is now shown. Someone walking the tabs on the tab bar keeps the focus there.
    // (Qt has already moved the keyboard to whatever came next in the focus chain, which is no place to be.)
    if (QApplication::focusWidget() != m_tabs->tabBar()) {
        if (QWidget *target = focusTarget()) {
            target->setFocus(Qt::TabFocusReason);
        }
    }
}

QString DevicesPage::title() const {
    return tr("Devices");
}

QString DevicesPage::subtitle() const {
    return tr(
        "The device register, asset labels and CSV import; SIMs, vouchers and data offers ending soon.");
}

void DevicesPage::refresh() {
    if (m_tabs->currentWidget() == m_register) {
        m_register->refresh();
    } else if (m_tabs->currentWidget() == m_data) {
        m_data->refresh();
    } else {
        m_expiring->refresh();
    }
}

QWidget *DevicesPage::focusTarget() const {
    if (m_tabs->currentWidget() == m_data) {
        return m_data->focusTarget();
    }
    if (m_tabs->currentWidget() == m_expiring) {
        return m_expiring->focusTarget();
    }
    return m_register->focusTarget();
}
