#include "BookSessionPanel.h"

#include "DataTable.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "bookings/BookingCommands.h"
#include "bookings/BookingKeys.h"
#include "bookings/BookingSupport.h"
#include "bookings/WaitlistCommands.h"
#include "core/Clock.h"
#include "loans/FormField.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

BookSessionPanel::BookSessionPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("bookSessionPanel"));
    m_card = new FormField(QStringLiteral("bookCard"), tr("Resident's library card"), this);
    m_card->setPlaceholderText(tr("Scan or type the card"));
    m_need = combo(QStringLiteral("bookNeed"), tr("What the resident needs help with"), this);
    m_need->addItem(tr("Not said"), QString());
    for (const QString &area : BookingKeys::skillAreas()) {
        m_need->addItem(BookingKeys::skillAreaName(area), area);
    }
    m_needText = new FormField(QStringLiteral("bookNeedText"), tr("The need in the resident's words"), this);
    m_channel = combo(QStringLiteral("bookChannel"), tr("How the session happens"), this);
    for (const QString &c : BookingKeys::channels()) {
        m_channel->addItem(BookingText::channel(c), c);
    }
    m_branch = combo(QStringLiteral("bookBranch"), tr("Branch"), this);
    m_start = new FormField(QStringLiteral("bookStart"), tr("Date and time the session starts"), this);
    m_start->setPlaceholderText(tr("YYYY-MM-DD HH:MM"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("bookMinutes"));
    m_minutes->setAccessibleName(tr("Length in minutes"));
    m_minutes->setRange(15, 240);
    m_minutes->setSingleStep(15);
    m_minutes->setValue(60);
    m_minutes->setSuffix(tr(" min"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Card"), m_card);
    form->addRow(tr("Need"), m_need);
    form->addRow(tr("In their words"), m_needText);
    form->addRow(tr("How"), m_channel);
    form->addRow(tr("Branch"), m_branch);
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Length"), m_minutes);

    m_find = button(tr("F&ind volunteers"), QStringLiteral("bookFind"), tr("Find volunteers who fit"), this);
    m_book = button(tr("Boo&k with selected"), QStringLiteral("bookConfirm"),
                    tr("Book with the selected volunteer"), this);
    m_wait = button(tr("&Add to waiting list"), QStringLiteral("bookWaitlist"),
                    tr("Add the resident to the waiting list"), this);
    m_wait->setVisible(m_actor.can(Permission::BookingManage));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_find);
    buttons->addWidget(m_book);
    buttons->addWidget(m_wait);
    buttons->addStretch(1);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("bookMessage"));
    m_model = new ReadOnlyTableModel({tr("Volunteer"), tr("Helps with the need"), tr("Speaks their language"),
                                      tr("Booked recently"), tr("Languages"), tr("Time")},
                                     this);
    m_table = new DataTable(QStringLiteral("bookCandidates"), tr("Volunteers who fit"), this);
    m_table->setModel(m_model);
    m_table->setEmptyText(tr("Fill in the session and choose Find volunteers."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_find, &QPushButton::clicked, this, &BookSessionPanel::find);
    connect(m_book, &QPushButton::clicked, this, &BookSessionPanel::book);
    connect(m_wait, &QPushButton::clicked, this, &BookSessionPanel::addToWaitingList);
    connect(m_start, &QLineEdit::returnPressed, this, &BookSessionPanel::find);
    connect(m_card, &QLineEdit::returnPressed, this, [this] { m_need->setFocus(Qt::TabFocusReason); });
    connect(m_table->view(), &QTableView::activated, this, &BookSessionPanel::book);
    chainTabOrder({m_card, m_need, m_needText, m_channel, m_branch, m_start, m_minutes, m_find, m_book,
                   m_wait, m_table});

    // Tomorrow at ten: a sensible first guess that a person overtypes.
    m_start->setText(
        QDateTime(m_ctx.clock.today().addDays(1), QTime(10, 0)).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

QWidget *BookSessionPanel::focusTarget() const {
    return m_card;
}

void BookSessionPanel::refresh() {
    if (m_branch->count() > 0) {
        return;
    }
    guarded([&] {
        m_branch->addItem(tr("Any / not needed"), QString());
        for (const NamedId &b : queries().branches()) {
            m_branch->addItem(b.name, b.id);
        }
        const int own = m_branch->findData(m_actor.branchId());
        if (own >= 0) {
            m_branch->setCurrentIndex(own);
        }
    });
}

SessionRequest BookSessionPanel::request(QString *problem) const {
    SessionRequest r;
    r.start = BookingKeys::parseLocalDateTime(m_start->text());
    if (!r.start.isValid()) {
        *problem = tr("Type the start as a date and time, such as 2026-03-09 10:00.");
    }
    r.minutes = m_minutes->value();
    r.channel = m_channel->currentData().toString();
    r.branchId = m_branch->currentData().toString();
    return r;
}

void BookSessionPanel::find() {
    QString problem;
    SessionRequest r = request(&problem);
    if (!problem.isEmpty()) {
        m_message->showError(problem);
        m_start->setFocus(Qt::OtherFocusReason);
        return;
    }
    QString language;
    if (!m_card->text().trimmed().isEmpty()) {
        const auto resident = BookingSupport::residentByCard(m_ctx.store.database(), m_card->text());
        if (!resident) {
            m_message->showError(tr("No resident has the card %1.").arg(m_card->text().trimmed()));
            m_card->setFocus(Qt::OtherFocusReason);
            return;
        }
        r.residentId = resident->id;
        language = resident->preferredLanguage;
    }
    QList<Candidate> candidates;
    if (!guarded([&] {
            candidates = queries().propose(m_actor, r, m_need->currentData().toString(), language);
        })) {
        return;
    }
    QList<ReadOnlyTableModel::Row> rows;
    for (const Candidate &c : candidates) {
        rows.append({{c.volunteer.name(), c.hasSkill ? tr("Yes") : tr("No"),
                      c.speaksLanguage ? tr("Yes") : tr("No"), tr("%1 min").arg(c.recentMinutes),
                      c.volunteer.languages.join(QStringLiteral(", ")), c.slot.describe()},
                     c.volunteer.id,
                     false});
    }
    m_model->setRows(rows);
    m_table->setEmptyText(
        actsAsVolunteer()
            ? tr("You are not free for this session then (times, notice or another session).")
            : tr("Nobody is free for this session then. Try another time, or add the resident to "
                 "the waiting list."));
    if (rows.isEmpty()) {
        m_message->showError(actsAsVolunteer()
                                 ? tr("You cannot take this session then.")
                                 : tr("Nobody fits. Add to the waiting list (Alt+A) or try another time."));
        return;
    }
    m_message->showInfo(tr("%n volunteer(s) fit, best first. Choose one and press Alt+K to book.", nullptr,
                           int(rows.size())));
    m_table->view()->setCurrentIndex(m_model->index(0, 0));
    m_table->view()->setFocus(Qt::OtherFocusReason);
}

void BookSessionPanel::book() {
    QString problem;
    const SessionRequest r = request(&problem);
    if (!problem.isEmpty()) {
        m_message->showError(problem);
        return;
    }
    const QString volunteer = currentKey(m_table, m_model);
    if (volunteer.isEmpty()) {
        m_message->showError(tr("Find volunteers first, then choose one."));
        return;
    }
    BookingRequest b;
    b.volunteerId = volunteer;
    b.residentCard = m_card->text();
    b.start = r.start;
    b.minutes = r.minutes;
    b.channel = r.channel;
    b.branchId = r.branchId;
    b.needArea = m_need->currentData().toString();
    b.needText = m_needText->text();
    b.own = actsAsVolunteer();
    CreateBookingCommand command(b);
    if (run(command, m_message)) {
        m_model->setRows({});
        m_table->setEmptyText(tr("Booked. Scan the next card to book another session."));
        m_card->clear();
        m_needText->clear();
        m_card->setFocus(Qt::OtherFocusReason);
    }
}

void BookSessionPanel::addToWaitingList() {
    WaitlistRequest w;
    w.residentCard = m_card->text();
    w.channel = m_channel->currentData().toString();
    w.branchId = m_branch->currentData().toString();
    w.needArea = m_need->currentData().toString();
    w.needText = m_needText->text();
    JoinWaitlistCommand command(w);
    if (run(command, m_message)) {
        m_card->clear();
        m_needText->clear();
        m_card->setFocus(Qt::OtherFocusReason);
    }
}
