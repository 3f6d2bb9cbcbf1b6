#include "OtherPanels.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "FormDialog.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "bookings/BookingCommands.h"
#include "bookings/BookingKeys.h"
#include "bookings/EventCommands.h"
#include "bookings/HoursCommands.h"
#include "bookings/WaitlistCommands.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QVBoxLayout *panelLayout(QWidget *panel, QHBoxLayout *bar, MessageBanner *message, DataTable *table) {
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(bar);
    layout->addWidget(message);
    layout->addWidget(table, 1);
    return layout;
}
} // namespace

WaitlistPanel::WaitlistPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("waitlistPanel"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("waitlistMessage"));
    m_model = new ReadOnlyTableModel({tr("Place"), tr("Resident"), tr("Card"), tr("How"), tr("Branch"),
                                      tr("Need"), tr("Waiting since"), tr("Offered")},
                                     this);
    m_table = new DataTable(QStringLiteral("waitlistTable"), tr("Waiting list"), this);
    m_table->setModel(m_model);
    auto *book =
        button(tr("Book the &offer"), QStringLiteral("waitlistBook"), tr("Book the slot offered"), this);
    auto *remove =
        button(tr("Re&move…"), QStringLiteral("waitlistRemove"), tr("Take off the waiting list"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(book);
    bar->addWidget(remove);
    bar->addStretch(1);
    panelLayout(this, bar, m_message, m_table);
    connect(book, &QPushButton::clicked, this, &WaitlistPanel::bookOffer);
    connect(remove, &QPushButton::clicked, this, &WaitlistPanel::remove);
}

QWidget *WaitlistPanel::focusTarget() const {
    return m_table;
}

void WaitlistPanel::refresh() {
    if (!guarded([&] { m_rows = queries().waitlist(m_actor); })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> cells;
    for (const WaitlistRow &w : m_rows) {
        const QString offered =
            w.status == QLatin1String("offered")
                ? tr("%1 with %2").arg(BookingText::when(w.offeredStart), w.offeredVolunteerName)
                : QString();
        cells.append({{QString::number(w.place), w.residentName, w.residentCard,
                       BookingText::channel(w.channel), w.branchName, BookingKeys::skillAreaName(w.needArea),
                       BookingText::when(w.requestedAt), offered},
                      w.id,
                      !offered.isEmpty()});
    }
    m_model->setRows(cells);
    m_table->setEmptyText(tr("Nobody is waiting."));
}

void WaitlistPanel::bookOffer() {
    const QString id = currentKey(m_table, m_model);
    for (const WaitlistRow &w : std::as_const(m_rows)) {
        if (w.id != id) {
            continue;
        }
        if (w.status != QLatin1String("offered")) {
            m_message->showError(
                tr("No slot is offered to this resident yet: book them from the Book tab when "
                   "someone is free."));
            return;
        }
        BookingRequest b;
        b.volunteerId = w.offeredVolunteerId;
        b.residentCard = w.residentCard;
        b.start = w.offeredStart;
        b.minutes = w.offeredMinutes;
        b.channel = w.channel;
        b.branchId = w.branchId;
        b.needArea = w.needArea;
        b.needText = w.needText;
        b.waitlistId = w.id;
        CreateBookingCommand command(b);
        if (run(command, m_message)) {
            refresh();
        }
        return;
    }
    m_message->showError(tr("Choose a resident in the list first."));
}

void WaitlistPanel::remove() {
    const QString id = currentKey(m_table, m_model);
    if (id.isEmpty()) {
        m_message->showError(tr("Choose a resident in the list first."));
        return;
    }
    auto *dialog =
        new FormDialog(QStringLiteral("waitlistRemoveDialog"), tr("Take off the waiting list"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *reason = new QLineEdit(dialog);
    reason->setObjectName(QStringLiteral("waitlistReason"));
    reason->setAccessibleName(tr("Reason"));
    dialog->addRow(tr("Reason"), reason);
    dialog->setSave([=, this] {
        CancelWaitlistCommand command(id, reason->text());
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}

HoursPanel::HoursPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("hoursPanel"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("hoursMessage"));
    m_model = new ReadOnlyTableModel(
        {tr("Day"), tr("Volunteer"), tr("Time"), tr("From"), tr("Status"), tr("What for")}, this);
    m_table = new DataTable(QStringLiteral("hoursTable"), tr("Hours"), this);
    m_table->setModel(m_model);
    auto *bar = new QHBoxLayout;
    if (m_actor.can(Permission::BookingOwn) && !m_actor.volunteerId().isEmpty()) {
        auto *log = button(tr("Log &time…"), QStringLiteral("hoursLog"),
                           tr("Log hours given outside sessions"), this);
        bar->addWidget(log);
        connect(log, &QPushButton::clicked, this, &HoursPanel::log);
    }
    if (m_actor.can(Permission::VolunteerManage)) {
        auto *approve =
            button(tr("&Approve"), QStringLiteral("hoursApprove"), tr("Approve the selected hours"), this);
        auto *reject =
            button(tr("Re&ject"), QStringLiteral("hoursReject"), tr("Reject the selected hours"), this);
        bar->addWidget(approve);
        bar->addWidget(reject);
        connect(approve, &QPushButton::clicked, this, [this] { decide(true); });
        connect(reject, &QPushButton::clicked, this, [this] { decide(false); });
    }
    bar->addStretch(1);
    panelLayout(this, bar, m_message, m_table);
}

QWidget *HoursPanel::focusTarget() const {
    return m_table;
}

void HoursPanel::refresh() {
    QList<HoursRow> rows;
    const bool manager = m_actor.can(Permission::VolunteerManage);
    if (!guarded([&] { rows = queries().hours(m_actor, manager ? QStringLiteral("pending") : QString()); })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> cells;
    for (const HoursRow &h : rows) {
        const QString source = h.source == QLatin1String("booking") ? tr("Session")
                               : h.source == QLatin1String("event") ? tr("Event")
                                                                    : tr("Logged by hand");
        cells.append(
            {{DisplayFormat::date(h.workedOn), h.volunteerName, DisplayFormat::minutes(h.minutes), source,
              h.status == QLatin1String("pending")    ? tr("Waiting for approval")
              : h.status == QLatin1String("approved") ? tr("Approved")
                                                      : tr("Rejected"),
              h.note},
             h.id,
             h.status == QLatin1String("pending")});
    }
    m_model->setRows(cells);
    m_table->setEmptyText(manager ? tr("No hours are waiting for approval.") : tr("No hours logged yet."));
}

void HoursPanel::log() {
    auto *dialog = new FormDialog(QStringLiteral("hoursDialog"), tr("Log hours"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *day = new QDateEdit(m_ctx.clock.today(), dialog);
    day->setObjectName(QStringLiteral("hoursDay"));
    day->setAccessibleName(tr("Day"));
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *minutes = new QSpinBox(dialog);
    minutes->setObjectName(QStringLiteral("hoursMinutes"));
    minutes->setAccessibleName(tr("Minutes"));
    minutes->setRange(5, 720);
    minutes->setValue(60);
    minutes->setSuffix(tr(" min"));
    auto *note = new QLineEdit(dialog);
    note->setObjectName(QStringLiteral("hoursNote"));
    note->setAccessibleName(tr("What the hours were for"));
    dialog->addRow(tr("Day"), day);
    dialog->addRow(tr("Time given"), minutes);
    dialog->addRow(tr("What for"), note);
    dialog->setSave([=, this] {
        LogHoursCommand command({m_actor.volunteerId(), day->date(), minutes->value(), note->text(), true});
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}

void HoursPanel::decide(bool approve) {
    const QString id = currentKey(m_table, m_model);
    if (id.isEmpty()) {
        m_message->showError(tr("Choose hours in the list first."));
        return;
    }
    DecideHoursCommand command(id, approve);
    if (run(command, m_message)) {
        refresh();
    }
}

EventsPanel::EventsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("eventsPanel"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("eventMessage"));
    m_model = new ReadOnlyTableModel(
        {tr("Starts"), tr("Event"), tr("Branch"), tr("Helpers"), tr("People"), tr("Topics")}, this);
    m_table = new DataTable(QStringLiteral("eventTable"), tr("Drop-in events"), this);
    m_table->setModel(m_model);
    auto *bar = new QHBoxLayout;
    if (m_actor.can(Permission::BookingManage)) {
        auto *add = button(tr("&Add event…"), QStringLiteral("eventAdd"), tr("Plan a drop-in event"), this);
        auto *record = button(tr("Re&cord headcount…"), QStringLiteral("eventRecord"),
                              tr("Record who came and the topics"), this);
        bar->addWidget(add);
        bar->addWidget(record);
        connect(add, &QPushButton::clicked, this, &EventsPanel::addEvent);
        connect(record, &QPushButton::clicked, this, &EventsPanel::record);
    }
    bar->addStretch(1);
    panelLayout(this, bar, m_message, m_table);
}

QWidget *EventsPanel::focusTarget() const {
    return m_table;
}

void EventsPanel::refresh() {
    const QDate today = m_ctx.clock.today();
    if (!guarded([&] { m_rows = queries().events(m_actor, today.addDays(-60), today.addDays(90)); })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> cells;
    const QDateTime now = m_ctx.clock.now();
    for (const EventRow &e : m_rows) {
        const bool needsCount = e.start < now && !e.recorded;
        cells.append(
            {{BookingText::when(e.start), e.title, e.branchName, e.volunteerNames.join(QStringLiteral(", ")),
              e.recorded   ? QString::number(e.headcount)
              : needsCount ? tr("Not recorded yet")
                           : QString(),
              e.topics.join(QStringLiteral(", "))},
             e.id,
             needsCount,
             {e.start}});
    }
    m_model->setRows(cells);
    m_table->setEmptyText(tr("No drop-in events in the last two months or the next three."));
}

void EventsPanel::addEvent() {
    auto *dialog = new FormDialog(QStringLiteral("eventDialog"), tr("Plan a drop-in event"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *title = new QLineEdit(tr("Digital tea party"), dialog);
    title->setObjectName(QStringLiteral("eventTitle"));
    title->setAccessibleName(tr("Title"));
    auto *branch = combo(QStringLiteral("eventBranch"), tr("Branch"), dialog);
    auto *helpers = new QListWidget(dialog);
    helpers->setObjectName(QStringLiteral("eventHelpers"));
    helpers->setAccessibleName(tr("Volunteers helping (Space ticks)"));
    guarded([&] {
        for (const NamedId &b : queries().branches()) {
            branch->addItem(b.name, b.id);
        }
        for (const VolunteerRow &v : queries().volunteers(m_actor)) {
            if (v.status == QLatin1String("active") && v.channels.contains(QStringLiteral("events"))) {
                auto *item = new QListWidgetItem(v.name, helpers);
                item->setData(Qt::UserRole, v.id);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
    });
    branch->setCurrentIndex(std::max(0, branch->findData(m_actor.branchId())));
    auto *start = new QLineEdit(
        QDateTime(m_ctx.clock.today().addDays(7), QTime(10, 0)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
        dialog);
    start->setObjectName(QStringLiteral("eventStart"));
    start->setAccessibleName(tr("Starts (YYYY-MM-DD HH:MM)"));
    auto *minutes = new QSpinBox(dialog);
    minutes->setObjectName(QStringLiteral("eventMinutes"));
    minutes->setAccessibleName(tr("Length in minutes"));
    minutes->setRange(15, 600);
    minutes->setValue(120);
    minutes->setSuffix(tr(" min"));
    dialog->addRow(tr("Title"), title);
    dialog->addRow(tr("Branch"), branch);
    dialog->addRow(tr("Starts"), start);
    dialog->addRow(tr("Length"), minutes);
    dialog->addRow(tr("Helpers"), helpers);
    dialog->setSave([=, this] {
        EventRequest e;
        e.title = title->text();
        e.branchId = branch->currentData().toString();
        e.start = BookingKeys::parseLocalDateTime(start->text());
        e.minutes = minutes->value();
        for (int i = 0; i < helpers->count(); ++i) {
            if (helpers->item(i)->checkState() == Qt::Checked) {
                e.volunteerIds.append(helpers->item(i)->data(Qt::UserRole).toString());
            }
        }
        SaveEventCommand command(e);
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}

void EventsPanel::record() {
    const QString id = currentKey(m_table, m_model);
    if (id.isEmpty()) {
        m_message->showError(tr("Choose an event in the list first."));
        return;
    }
    EventRow event;
    for (const EventRow &e : std::as_const(m_rows)) {
        if (e.id == id) {
            event = e;
        }
    }
    auto *dialog =
        new FormDialog(QStringLiteral("eventRecordDialog"), tr("Headcount for %1").arg(event.title), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *count = new QSpinBox(dialog);
    count->setObjectName(QStringLiteral("eventHeadcount"));
    count->setAccessibleName(tr("How many people came"));
    count->setRange(0, 1000);
    count->setValue(event.headcount);
    auto *topics = new QLineEdit(event.topics.join(QStringLiteral(", ")), dialog);
    topics->setObjectName(QStringLiteral("eventTopics"));
    topics->setAccessibleName(tr("Topics, separated by commas"));
    dialog->addRow(tr("People who came"), count);
    dialog->addRow(tr("Topics"), topics);
    dialog->setSave([=, this] {
        RecordEventCommand command(
            {id, count->value(), topics->text().split(QLatin1Char(','), Qt::SkipEmptyParts)});
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}
