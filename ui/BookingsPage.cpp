#include "BookingsPage.h"

#include "bookings/BookSessionPanel.h"
#include "bookings/CalendarPanel.h"
#include "bookings/OtherPanels.h"
#include "bookings/RemindersPanel.h"
#include "bookings/SessionsPanel.h"
#include "bookings/VolunteersPanel.h"

#include <QTabWidget>
#include <QVBoxLayout>

BookingsPage::BookingsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("bookingsPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("bookingTabs"));
    m_tabs->setAccessibleName(tr("Bookings tasks"));
    m_tabs->setDocumentMode(true);
    // Eight tabs at 200 % text are wider than the desk: the bar scrolls instead of widening the window.
    m_tabs->setUsesScrollButtons(true);

    const bool staff = m_actor.can(Permission::BookingManage);
    if (staff) {
        addPanel(new BookSessionPanel(m_ctx, m_actor, m_tabs), tr("&Book"));
        addPanel(new SessionsPanel(m_ctx, m_actor, m_tabs), tr("&Sessions"));
        addPanel(new CalendarPanel(m_ctx, m_actor, m_tabs), tr("Cal&endar"));
        addPanel(new RemindersPanel(m_ctx, m_actor, m_tabs), tr("&Reminders"));
        addPanel(new WaitlistPanel(m_ctx, m_actor, m_tabs), tr("&Waiting list"));
        addPanel(new VolunteersPanel(m_ctx, m_actor, m_tabs), tr("&Volunteers"));
    } else {
        addPanel(new CalendarPanel(m_ctx, m_actor, m_tabs), tr("My w&eek"));
        addPanel(new SessionsPanel(m_ctx, m_actor, m_tabs), tr("My &sessions"));
        addPanel(new BookSessionPanel(m_ctx, m_actor, m_tabs), tr("&Book"));
        if (m_actor.can(Permission::VolunteerManage)) {
            addPanel(new VolunteersPanel(m_ctx, m_actor, m_tabs), tr("&Volunteers"));
        } else {
            addPanel(new VolunteersPanel(m_ctx, m_actor, m_tabs), tr("&Me"));
        }
    }
    addPanel(new HoursPanel(m_ctx, m_actor, m_tabs), tr("Ho&urs"));
    addPanel(new EventsPanel(m_ctx, m_actor, m_tabs), tr("Eve&nts"));

    BookingText::nameInnerEditors(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *panel = qobject_cast<BookingsPanel *>(m_tabs->currentWidget())) {
            panel->refresh();
            if (panel->focusTarget()) {
                panel->focusTarget()->setFocus(Qt::TabFocusReason);
            }
        }
    });
}

void BookingsPage::addPanel(BookingsPanel *panel, const QString &label) {
    m_tabs->addTab(panel, label);
    m_panels.append(panel);
    connect(panel, &BookingsPanel::storeProblem, this,
            [this](const QString &message) { storeProblemBanner()->showError(message); });
    // What one tab writes shows in the others when they are next looked at; the sessions list at once.
    connect(panel, &BookingsPanel::changed, this, [this, panel] {
        for (BookingsPanel *other : std::as_const(m_panels)) {
            if (other != panel && qobject_cast<SessionsPanel *>(other)) {
                other->refresh();
            }
        }
    });
}

QString BookingsPage::title() const {
    return tr("Bookings");
}

QString BookingsPage::subtitle() const {
    return m_actor.can(Permission::BookingManage)
               ? tr("Book residents into TechMates sessions, record outcomes, and keep volunteers' times, "
                    "DBS and "
                    "hours.")
               : tr("Your week of TechMates sessions, their outcomes, your times and your hours.");
}

QWidget *BookingsPage::focusTarget() const {
    auto *panel = qobject_cast<BookingsPanel *>(m_tabs->currentWidget());
    return panel ? panel->focusTarget() : m_tabs;
}

void BookingsPage::refresh() {
    clearStoreProblem();
    // The tab in view and the sessions list; the others reload when they are chosen (a borough's volunteer
    // list need not be read by someone booking a session).
    for (BookingsPanel *panel : std::as_const(m_panels)) {
        if (panel == m_tabs->currentWidget() || qobject_cast<SessionsPanel *>(panel)) {
            panel->refresh();
        }
    }
}
