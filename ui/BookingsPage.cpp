#include "BookingsPage.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "ReadOnlyTableModel.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

BookingsPage::BookingsPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("bookingsPage"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bookingSummary"));
    m_summary->setProperty("muted", true);

    m_model = new ReadOnlyTableModel({tr("Starts"), tr("Length"), tr("Volunteer"), tr("Card"), tr("Resident"),
                                      tr("How"), tr("Status"), tr("Branch")},
                                     this);
    m_table = new DataTable(QStringLiteral("upcomingBookings"), tr("Upcoming sessions"), this);
    m_table->setModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(storeProblemBanner());
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

QString BookingsPage::title() const {
    return tr("Bookings");
}

QString BookingsPage::subtitle() const {
    return m_actor.can(Permission::BookingManage)
               ? tr("TechMates sessions from today on, for every volunteer.")
               : tr("Your TechMates sessions from today on.");
}

QWidget *BookingsPage::focusTarget() const {
    return m_table;
}

void BookingsPage::refresh() {
    QList<BookingRow> bookings;
    guarded(
        [&] { bookings = OverviewQueries(m_ctx.store.database(), m_ctx.clock).upcomingBookings(m_actor); });
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(bookings.size());
    for (const BookingRow &b : bookings) {
        // A missed session needs a follow-up call, so it stands out.
        const bool attention =
            b.status == QLatin1String("resident_no_show") || b.status == QLatin1String("volunteer_no_show");
        rows.append({{DisplayFormat::dateTime(b.startsAt), DisplayFormat::minutes(b.minutes), b.volunteerName,
                      b.residentCard, b.residentName, DisplayFormat::channel(b.channel),
                      DisplayFormat::bookingStatus(b.status), b.branchName},
                     b.bookingId,
                     attention});
    }
    m_model->setRows(rows);
    m_summary->setText(tr("Sessions from today on: %1").arg(bookings.size()));
    m_table->setEmptyText(m_actor.can(Permission::BookingManage)
                              ? tr("No sessions are booked from today on.")
                              : tr("You have no sessions booked from today on."));
}
