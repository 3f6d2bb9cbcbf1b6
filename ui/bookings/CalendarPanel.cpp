#include "CalendarPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "bookings/BookingKeys.h"
#include "core/Clock.h"
#include "loans/DocumentOutput.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

CalendarPanel::CalendarPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("calendarPanel"));
    m_view = combo(QStringLiteral("calendarView"), tr("Which view"), this);
    if (actsAsVolunteer()) {
        m_view->addItem(tr("My week"), int(View::VolunteerWeek));
    } else {
        m_view->addItem(tr("Everyone's week"), int(View::Everyone));
        m_view->addItem(tr("A volunteer's week"), int(View::VolunteerWeek));
        m_view->addItem(tr("A branch's day"), int(View::BranchDay));
    }
    m_volunteer = combo(QStringLiteral("calendarVolunteer"), tr("Volunteer"), this);
    m_branch = combo(QStringLiteral("calendarBranch"), tr("Branch"), this);
    m_date = new QDateEdit(m_ctx.clock.today(), this);
    m_date->setObjectName(QStringLiteral("calendarDate"));
    m_date->setAccessibleName(tr("Day or week shown"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *print = button(tr("&Print…"), QStringLiteral("calendarPrint"), tr("Print this view"), this);
    auto *pdf = button(tr("Save PD&F…"), QStringLiteral("calendarPdf"), tr("Save this view as a PDF"), this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("calendarHeading"));
    m_heading->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("calendarMessage"));
    m_model = new ReadOnlyTableModel({tr("Day"), tr("Time"), tr("Length"), tr("Volunteer"), tr("Resident"),
                                      tr("How"), tr("Status"), tr("Branch"), tr("Contact")},
                                     this);
    m_table = new DataTable(QStringLiteral("calendarTable"), tr("Sessions in this view"), this);
    m_table->setModel(m_model);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_view);
    bar->addWidget(m_volunteer);
    bar->addWidget(m_branch);
    bar->addWidget(m_date);
    bar->addStretch(1);
    // The printing buttons sit beside the heading, so the choosers keep their room at large text sizes.
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(print);
    headingRow->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(bar);
    layout->addLayout(headingRow);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    for (QComboBox *c : {m_view, m_volunteer, m_branch}) {
        connect(c, &QComboBox::currentIndexChanged, this, &CalendarPanel::refresh);
    }
    connect(m_date, &QDateEdit::dateChanged, this, &CalendarPanel::refresh);
    connect(print, &QPushButton::clicked, this, &CalendarPanel::print);
    connect(pdf, &QPushButton::clicked, this, &CalendarPanel::savePdf);
    chainTabOrder({m_view, m_volunteer, m_branch, m_date, print, pdf, m_table});
}

QWidget *CalendarPanel::focusTarget() const {
    return m_view;
}

CalendarPanel::View CalendarPanel::view() const {
    return View(m_view->currentData().toInt());
}

void CalendarPanel::fillChoosers() {
    if (m_volunteer->count() > 0 || actsAsVolunteer()) {
        return;
    }
    const QSignalBlocker a(m_volunteer);
    const QSignalBlocker b(m_branch);
    for (const VolunteerRow &v : queries().volunteers(m_actor)) {
        m_volunteer->addItem(v.name, v.id);
    }
    for (const NamedId &branch : queries().branches()) {
        m_branch->addItem(branch.name, branch.id);
    }
    const int own = m_branch->findData(m_actor.branchId());
    if (own >= 0) {
        m_branch->setCurrentIndex(own);
    }
}

void CalendarPanel::refresh() {
    const bool ok = guarded([&] {
        fillChoosers();
        const View v = view();
        m_volunteer->setVisible(v == View::VolunteerWeek && !actsAsVolunteer());
        m_branch->setVisible(v == View::BranchDay);
        const QDate day = m_date->date();
        BookingFilter filter;
        if (v == View::BranchDay) {
            m_from = m_to = day;
            filter.branchId = m_branch->currentData().toString();
        } else {
            m_from = day.addDays(1 - day.dayOfWeek());
            m_to = m_from.addDays(6);
            if (v == View::VolunteerWeek && !actsAsVolunteer()) {
                filter.volunteerId = m_volunteer->currentData().toString();
            }
        }
        filter.from = m_from;
        filter.to = m_to;
        m_rows = queries().bookings(m_actor, filter);
        if (v == View::VolunteerWeek && !actsAsVolunteer() && filter.volunteerId.isEmpty()) {
            m_rows.clear();
        }
        m_events = queries().events(m_actor, m_from, m_to);
    });
    if (!ok) {
        return;
    }
    m_heading->setText(documentTitle());
    QList<ReadOnlyTableModel::Row> cells;
    for (const BookingListRow &b : m_rows) {
        const QDateTime local = b.start.toLocalTime();
        cells.append({{DisplayFormat::date(local.date()), local.toString(QStringLiteral("HH:mm")),
                       DisplayFormat::minutes(b.minutes), b.volunteerName, b.residentName,
                       BookingText::channel(b.channel), BookingText::status(b.status), b.branchName,
                       b.residentContact},
                      b.id,
                      b.status == QLatin1String("cancelled")});
    }
    for (const EventRow &e : m_events) {
        if (view() == View::BranchDay && e.branchId != m_branch->currentData().toString()) {
            continue;
        }
        const QDateTime local = e.start.toLocalTime();
        cells.append({{DisplayFormat::date(local.date()),
                       local.toString(QStringLiteral("HH:mm")),
                       DisplayFormat::minutes(e.minutes),
                       e.volunteerNames.join(QStringLiteral(", ")),
                       e.title,
                       tr("Drop-in event"),
                       e.recorded ? tr("%n came", nullptr, e.headcount) : tr("Planned"),
                       e.branchName,
                       {}},
                      e.id,
                      false});
    }
    std::stable_sort(cells.begin(), cells.end(),
                     [](const ReadOnlyTableModel::Row &a, const ReadOnlyTableModel::Row &b) {
                         return a.cells.at(0) + a.cells.at(1) < b.cells.at(0) + b.cells.at(1);
                     });
    m_model->setRows(cells);
    m_table->setEmptyText(tr("Nothing is booked in this view."));
}

QString CalendarPanel::documentTitle() const {
    const QString range = m_from == m_to
                              ? DisplayFormat::date(m_from)
                              : tr("%1 to %2").arg(DisplayFormat::date(m_from), DisplayFormat::date(m_to));
    switch (view()) {
    case View::BranchDay:
        return tr("%1: sessions on %2").arg(m_branch->currentText(), range);
    case View::VolunteerWeek:
        return actsAsVolunteer() ? tr("My week: %1").arg(range)
                                 : tr("%1's week: %2").arg(m_volunteer->currentText(), range);
    case View::Everyone:
        break;
    }
    return tr("All sessions: %1").arg(range);
}

QString CalendarPanel::documentHtml() const {
    QString html = QStringLiteral("<h2>%1</h2>").arg(documentTitle().toHtmlEscaped());
    for (QDate day = m_from; day <= m_to; day = day.addDays(1)) {
        QString rows;
        for (const BookingListRow &b : m_rows) {
            const QDateTime local = b.start.toLocalTime();
            if (local.date() != day) {
                continue;
            }
            rows +=
                QStringLiteral(
                    "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                    .arg(local.toString(QStringLiteral("HH:mm")), DisplayFormat::minutes(b.minutes),
                         b.volunteerName.toHtmlEscaped(), b.residentName.toHtmlEscaped(),
                         BookingText::channel(b.channel), BookingText::status(b.status),
                         (b.residentContact.isEmpty() ? b.branchName : b.residentContact).toHtmlEscaped());
        }
        for (const EventRow &e : m_events) {
            const QDateTime local = e.start.toLocalTime();
            if (local.date() == day &&
                (view() != View::BranchDay || e.branchId == m_branch->currentData().toString())) {
                rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td></"
                                       "td><td>%6</td></tr>")
                            .arg(local.toString(QStringLiteral("HH:mm")), DisplayFormat::minutes(e.minutes),
                                 e.volunteerNames.join(QStringLiteral(", ")).toHtmlEscaped(),
                                 e.title.toHtmlEscaped(), tr("Drop-in event"), e.branchName.toHtmlEscaped());
            }
        }
        if (rows.isEmpty() && m_from != m_to) {
            continue;
        }
        html += QStringLiteral("<h3>%1</h3>").arg(DisplayFormat::date(day).toHtmlEscaped());
        html +=
            QStringLiteral(
                "<table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%1</th><th>%2</th>"
                "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr>%8</table>")
                .arg(tr("Time"), tr("Length"), tr("Volunteer"), tr("Resident"), tr("How"), tr("Status"),
                     tr("Where / contact"), rows);
    }
    if (m_rows.isEmpty() && m_events.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Nothing is booked in this view."));
    }
    return html;
}

void CalendarPanel::print() {
    QTextDocument document;
    document.setHtml(documentHtml());
    DocumentOutput::print(document, documentTitle(), this);
}

void CalendarPanel::savePdf() {
    const QString path = DocumentOutput::askPdfPath(this, tr("Save as PDF"),
                                                    tr("sessions-%1.pdf").arg(m_from.toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return;
    }
    QTextDocument document;
    document.setHtml(documentHtml());
    QString error;
    if (DocumentOutput::writePdf(document, path, documentTitle(), &error)) {
        m_message->showInfo(tr("Saved %1.").arg(path));
    } else {
        m_message->showError(error);
    }
}
