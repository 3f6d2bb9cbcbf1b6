#include "DevicesPage.h"

#include "DataOffersPanel.h"
#include "DeviceRegisterPanel.h"

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
    m_tabs->addTab(m_register, tr("&Register"));
    m_tabs->addTab(m_data, tr("SI&Ms and data"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    // Each tab reads the store when it is shown, so the page opens fast on a borough store.
    connect(m_tabs, &QTabWidget::currentChanged, this, &DevicesPage::refresh);
}

QString DevicesPage::title() const {
    return tr("Devices");
}

QString DevicesPage::subtitle() const {
    return tr("The device register, asset labels and CSV import; SIMs, vouchers and data offers.");
}

void DevicesPage::refresh() {
    if (m_tabs->currentWidget() == m_register) {
        m_register->refresh();
    } else {
        m_data->refresh();
    }
}

QWidget *DevicesPage::focusTarget() const {
    return m_tabs->currentWidget() == m_register ? m_register->focusTarget() : m_data->focusTarget();
}
