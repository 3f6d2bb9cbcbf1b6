#include "SessionsPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "OutcomeDialog.h"
#include "ReadOnlyTableModel.h"
#include "bookings/BookingCommands.h"
#include "bookings/BookingKeys.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

SessionsPanel::SessionsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("sessionsPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bookingSummary"));
    m_summary->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    m_model = new ReadOnlyTableModel({tr("Starts"), tr("Length"), tr("Volunteer"), tr("Card"), tr("Resident"),
                                      tr("How"), tr("Status"), tr("Branch"), tr("Contact"), tr("Need")},
                                     this);
    m_table = new DataTable(QStringLiteral("upcomingBookings"), tr("Sessions"), this);
    m_table->setModel(m_model);
    m_confirm =
        button(tr("&Confirm"), QStringLiteral("sessionConfirm"), tr("Confirm the selected session"), this);
    m_outcome = button(tr("Record &outcome…"), QStringLiteral("sessionOutcome"),
                       tr("Record what happened in the selected session"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_outcome);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(m_confirm, &QPushButton::clicked, this, &SessionsPanel::confirm);
    connect(m_outcome, &QPushButton::clicked, this, &SessionsPanel::recordOutcome);
    connect(m_table->view(), &QTableView::activated, this, &SessionsPanel::recordOutcome);
    chainTabOrder({m_table, m_confirm, m_outcome});
}

QWidget *SessionsPanel::focusTarget() const {
    return m_table;
}

void SessionsPanel::refresh() {
    QList<BookingListRow> rows;
    QList<BookingListRow> unrecorded;
    const bool ok = guarded([&] {
        BookingFilter upcoming;
        upcoming.from = m_ctx.clock.today();
        upcoming.limit = 500;
        rows = queries().bookings(m_actor, upcoming);
        // Sessions of the last four weeks still waiting for an outcome come first: they need doing.
        BookingFilter past;
        past.from = m_ctx.clock.today().addDays(-28);
        past.to = m_ctx.clock.today().addDays(-1);
        past.openOnly = true;
        unrecorded = queries().bookings(m_actor, past);
    });
    if (!ok) {
        return;
    }
    const QString current = currentKey(m_table, m_model);
    QList<ReadOnlyTableModel::Row> cells;
    const QDateTime now = m_ctx.clock.now();
    for (const BookingListRow &b : unrecorded + rows) {
        const bool missed =
            b.status == QLatin1String("resident_no_show") || b.status == QLatin1String("volunteer_no_show");
        const bool needsOutcome = BookingKeys::isOpenStatus(b.status) && b.start < now;
        QString status = BookingText::status(b.status);
        if (needsOutcome) {
            status = tr("%1 – outcome needed").arg(status);
        }
        cells.append({{BookingText::when(b.start), DisplayFormat::minutes(b.minutes), b.volunteerName,
                       b.residentCard, b.residentName, BookingText::channel(b.channel), status, b.branchName,
                       b.residentContact, BookingKeys::skillAreaName(b.needArea)},
                      b.id,
                      missed || needsOutcome,
                      {b.start}});
    }
    m_model->setRows(cells);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).key == current) {
            m_table->view()->setCurrentIndex(m_model->index(r, 0));
        }
    }
    m_summary->setText(unrecorded.isEmpty() ? tr("Sessions from today on: %1").arg(rows.size())
                                            : tr("Sessions from today on: %1 · Waiting for an outcome: %2")
                                                  .arg(rows.size())
                                                  .arg(unrecorded.size()));
    m_table->setEmptyText(m_actor.can(Permission::BookingManage)
                              ? tr("No sessions are booked from today on.")
                              : tr("You have no sessions booked from today on."));
}

void SessionsPanel::confirm() {
    const QString id = currentKey(m_table, m_model);
    if (id.isEmpty()) {
        m_message->showError(tr("Choose a session in the list first."));
        return;
    }
    ConfirmBookingCommand command(id, actsAsVolunteer());
    if (run(command, m_message)) {
        refresh();
    }
}

void SessionsPanel::recordOutcome() {
    const QString id = currentKey(m_table, m_model);
    if (id.isEmpty()) {
        m_message->showError(tr("Choose a session in the list first."));
        return;
    }
    std::optional<BookingListRow> row;
    if (!guarded([&] { row = queries().booking(m_actor, id); }) || !row) {
        return;
    }
    auto *dialog = new OutcomeDialog(m_ctx, m_actor, *row, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OutcomeDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
        m_table->view()->setFocus(Qt::OtherFocusReason);
    });
    dialog->open();
}
