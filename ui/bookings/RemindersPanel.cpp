#include "RemindersPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "core/Clock.h"
#include "core/CsvWriter.h"
#include "loans/DocumentOutput.h"
#include "store/Store.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QString howWords(const QString &how) {
    return how == QLatin1String("phone") ? QCoreApplication::translate("RemindersPanel", "Phone")
                                         : QCoreApplication::translate("RemindersPanel", "Post");
}
} // namespace

RemindersPanel::RemindersPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("remindersPanel"));
    m_date = new QDateEdit(m_ctx.clock.today().addDays(1), this);
    m_date->setObjectName(QStringLiteral("reminderDate"));
    m_date->setAccessibleName(tr("Day of the sessions"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    auto *csv =
        button(tr("Save &CSV…"), QStringLiteral("reminderCsv"), tr("Save the reminder list as CSV"), this);
    auto *print = button(tr("&Print…"), QStringLiteral("reminderPrint"), tr("Print the reminder list"), this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("reminderNote"));
    m_note->setWordWrap(true);
    m_note->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("reminderMessage"));
    m_model = new ReadOnlyTableModel({tr("Time"), tr("Resident"), tr("Card"), tr("Remind by"),
                                      tr("Number or address"), tr("How"), tr("Volunteer"), tr("Branch")},
                                     this);
    m_table = new DataTable(QStringLiteral("reminderTable"), tr("Residents to remind"), this);
    m_table->setModel(m_model);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Sessions on"), this));
    bar->addWidget(m_date);
    bar->addStretch(1);
    bar->addWidget(csv);
    bar->addWidget(print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(m_date, &QDateEdit::dateChanged, this, &RemindersPanel::refresh);
    connect(csv, &QPushButton::clicked, this, &RemindersPanel::saveCsv);
    connect(print, &QPushButton::clicked, this, &RemindersPanel::print);
    chainTabOrder({m_date, csv, print, m_table});
}

QWidget *RemindersPanel::focusTarget() const {
    return m_date;
}

void RemindersPanel::refresh() {
    if (!guarded([&] { m_list = queries().reminders(m_actor, m_date->date()); })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> cells;
    for (const ReminderRow &r : m_list.rows) {
        cells.append(
            {{r.start.toLocalTime().toString(QStringLiteral("HH:mm")), r.residentName, r.residentCard,
              howWords(r.how), r.contact, BookingText::channel(r.channel), r.volunteerName, r.branchName},
             r.residentCard,
             false});
    }
    m_model->setRows(cells);
    m_table->setEmptyText(tr("No offline resident has a session that day."));
    m_note->setText(
        m_list.withoutConsent > 0
            ? tr("Residents without email who have a session on %1. %n more have not agreed to be "
                 "phoned or written to, so they are not listed.",
                 nullptr, m_list.withoutConsent)
                  .arg(DisplayFormat::date(m_date->date()))
            : tr("Residents without email who have a session on %1.")
                  .arg(DisplayFormat::date(m_date->date())));
}

QString RemindersPanel::csvText() const {
    CsvWriter csv;
    csv.addRow({tr("Time"), tr("Resident"), tr("Card"), tr("Remind by"), tr("Number or address"), tr("How"),
                tr("Volunteer"), tr("Branch")});
    for (const ReminderRow &r : m_list.rows) {
        csv.addRow({r.start.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.residentName,
                    r.residentCard, howWords(r.how), r.contact, BookingText::channel(r.channel),
                    r.volunteerName, r.branchName});
    }
    return csv.text();
}

QString RemindersPanel::documentHtml() const {
    QString rows;
    for (const ReminderRow &r : m_list.rows) {
        rows +=
            QStringLiteral(
                "<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>&#9744;</td></tr>")
                .arg(r.start.toLocalTime().toString(QStringLiteral("HH:mm")), r.residentName.toHtmlEscaped(),
                     howWords(r.how), r.contact.toHtmlEscaped(), BookingText::channel(r.channel),
                     r.volunteerName.toHtmlEscaped());
    }
    return QStringLiteral(
               "<h2>%1</h2><table border='1' cellspacing='0' cellpadding='4' width='100%'><tr><th>%2</th>"
               "<th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>%9</table>")
        .arg(tr("Reminders for sessions on %1").arg(DisplayFormat::date(m_date->date())).toHtmlEscaped(),
             tr("Time"), tr("Resident"), tr("Remind by"), tr("Number or address"), tr("How"), tr("Volunteer"),
             tr("Done"), rows);
}

void RemindersPanel::saveCsv() {
    const QString path = DocumentOutput::askCsvPath(
        this, tr("Save reminders"), tr("reminders-%1.csv").arg(m_date->date().toString(Qt::ISODate)));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray("\xEF\xBB\xBF") + csvText().toUtf8()) < 0 ||
        !file.commit()) {
        m_message->showError(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_message->showInfo(tr("Saved %1.").arg(path));
}

void RemindersPanel::print() {
    QTextDocument document;
    document.setHtml(documentHtml());
    DocumentOutput::print(document, tr("Reminders"), this);
}
