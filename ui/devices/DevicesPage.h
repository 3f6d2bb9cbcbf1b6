#pragma once

#include "SectionPage.h"

class DataOffersPanel;
class DeviceRegisterPanel;
class QTabWidget;

// The Devices section (Ctrl+8): the device register with its labels and CSV import, and the SIMs and data
// offers. Librarians, coordinators and administrators (device.manage) reach it.
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
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs = nullptr;
    DeviceRegisterPanel *m_register = nullptr;
    DataOffersPanel *m_data = nullptr;
};
