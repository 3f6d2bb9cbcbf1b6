#pragma once

#include "SectionPage.h"

class DataOffersPanel;
class DeviceRegisterPanel;
class ExpiringOffersPanel;
class QTabWidget;

// The Devices section (Ctrl+8), one tab each: the device register with its labels and CSV import, the SIM
// and voucher stock, and the data offers ending soon. Librarians, coordinators and administrators
// (device.manage) reach it.
class DevicesPage : public SectionPage {
    Q_OBJECT
public:
    DevicesPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    DeviceRegisterPanel *registerPanel() const { return m_register; }
    DataOffersPanel *dataPanel() const { return m_data; }
    ExpiringOffersPanel *expiringPanel() const { return m_expiring; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void tabChanged();
    QTabWidget *m_tabs = nullptr;
    DeviceRegisterPanel *m_register = nullptr;
    DataOffersPanel *m_data = nullptr;
    ExpiringOffersPanel *m_expiring = nullptr;
};
