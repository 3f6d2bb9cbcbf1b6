#include "AvailabilityDialog.h"

#include "BookingsPanel.h"
#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "bookings/AvailabilityCommands.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace {
const QDate kNoDate(2000, 1, 1);

QPushButton *makeButton(const QString &text, const QString &name, QWidget *parent) {
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    b->setAutoDefault(false);
    return b;
}

QSpinBox *spin(const QString &name, const QString &accessible, int max, int value, const QString &suffix,
               QWidget *parent) {
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setAccessibleName(accessible);
    s->setRange(0, max);
    s->setValue(value);
    s->setSuffix(suffix);
    return s;
}

QDateEdit *dateEdit(const QString &name, const QString &accessible, const QDate &value, const QString &none,
                    QWidget *parent) {
    auto *d = new QDateEdit(parent);
    d->setObjectName(name);
    d->setAccessibleName(accessible);
    d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    d->setCalendarPopup(true);
    if (!none.isEmpty()) {
        d->setMinimumDate(kNoDate);
        d->setSpecialValueText(none);
    }
    d->setDate(value);
    return d;
}

QString hhmm(int minute) {
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

AvailabilityDialog::AvailabilityDialog(DeskContext &ctx, Actor actor, VolunteerRecord volunteer,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_volunteer(std::move(volunteer)) {
    setObjectName(QStringLiteral("availabilityDialog"));
    setWindowTitle(tr("Times for %1").arg(m_volunteer.name()));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("availabilityMessage"));

    m_windowModel = new ReadOnlyTableModel({tr("Day and hours"), tr("How"), tr("Branch"), tr("Session"),
                                            tr("Buffers"), tr("Notice"), tr("From"), tr("Until")},
                                           this);
    m_windows = new DataTable(QStringLiteral("availabilityTable"), tr("Weekly times"), this);
    m_windows->setModel(m_windowModel);
    m_windows->setEmptyText(tr("No weekly times yet: add the first below."));

    auto *add = new QGroupBox(tr("Add a weekly time"), this);
    auto *grid = new QGridLayout(add);
    m_day = new QComboBox(add);
    m_day->setObjectName(QStringLiteral("availabilityDay"));
    m_day->setAccessibleName(tr("Day of the week"));
    for (int d = 1; d <= 7; ++d) {
        m_day->addItem(QLocale().dayName(d), d);
    }
    auto time = [add](const QString &name, const QString &accessible, const QTime &value) {
        auto *t = new QTimeEdit(value, add);
        t->setObjectName(name);
        t->setAccessibleName(accessible);
        t->setDisplayFormat(QStringLiteral("HH:mm"));
        return t;
    };
    m_start = time(QStringLiteral("availabilityStart"), tr("From (time)"), QTime(10, 0));
    m_end = time(QStringLiteral("availabilityEnd"), tr("To (time)"), QTime(13, 0));
    m_channel = new QComboBox(add);
    m_channel->setObjectName(QStringLiteral("availabilityChannel"));
    m_channel->setAccessibleName(tr("How"));
    for (const QString &c : m_volunteer.channels) {
        m_channel->addItem(BookingText::channel(c), c);
    }
    m_branch = new QComboBox(add);
    m_branch->setObjectName(QStringLiteral("availabilityBranch"));
    m_branch->setAccessibleName(tr("Branch"));
    m_branch->addItem(tr("Home branch / any"), QString());
    try {
        for (const NamedId &b : BookingQueries(m_ctx.store.database(), m_ctx.clock).branches()) {
            m_branch->addItem(b.name, b.id);
        }
    } catch (const std::exception &) {
        // The home branch still works without the list.
    }
    m_slot = spin(QStringLiteral("availabilitySlot"), tr("Session length"), 240, 60, tr(" min"), add);
    m_before = spin(QStringLiteral("availabilityBefore"), tr("Kept free before"), 120, 0, tr(" min"), add);
    m_after = spin(QStringLiteral("availabilityAfter"), tr("Kept free after"), 120, 0, tr(" min"), add);
    m_notice = spin(QStringLiteral("availabilityNotice"), tr("Minimum notice"), 672, 24, tr(" h"), add);
    m_from =
        dateEdit(QStringLiteral("availabilityFrom"), tr("First day"), m_ctx.clock.today(), tr("Now"), add);
    m_until = dateEdit(QStringLiteral("availabilityUntil"), tr("Last day"), kNoDate, tr("No end"), add);
    const QList<std::pair<QString, QWidget *>> fields{{tr("Day"), m_day},
                                                      {tr("From"), m_start},
                                                      {tr("To"), m_end},
                                                      {tr("How"), m_channel},
                                                      {tr("Branch"), m_branch},
                                                      {tr("Session"), m_slot},
                                                      {tr("Free before"), m_before},
                                                      {tr("Free after"), m_after},
                                                      {tr("Notice"), m_notice},
                                                      {tr("First day"), m_from},
                                                      {tr("Last day"), m_until}};
    int i = 0;
    for (const auto &[label, field] : fields) {
        auto *l = new QLabel(label, add);
        l->setBuddy(field);
        grid->addWidget(l, i / 4, (i % 4) * 2);
        grid->addWidget(field, i / 4, (i % 4) * 2 + 1);
        ++i;
    }
    auto *addWindow = makeButton(tr("&Add time"), QStringLiteral("availabilityAdd"), add);
    auto *removeWindow = makeButton(tr("&Remove selected time"), QStringLiteral("availabilityRemove"), this);
    grid->addWidget(addWindow, 3, 6, 1, 2);

    m_awayModel = new ReadOnlyTableModel({tr("From"), tr("To"), tr("Reason")}, this);
    m_away = new DataTable(QStringLiteral("awayTable"), tr("Time away"), this);
    m_away->setModel(m_awayModel);
    m_away->setEmptyText(tr("No time away planned."));
    m_awayFrom = dateEdit(QStringLiteral("awayFrom"), tr("First day away"), m_ctx.clock.today(), {}, this);
    m_awayTo = dateEdit(QStringLiteral("awayTo"), tr("Last day away"), m_ctx.clock.today(), {}, this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("awayReason"));
    m_reason->setAccessibleName(tr("Reason (optional)"));
    m_reason->setPlaceholderText(tr("Holiday"));
    auto *addAway = makeButton(tr("Add time a&way"), QStringLiteral("awayAdd"), this);
    auto *removeAway = makeButton(tr("Remo&ve selected time away"), QStringLiteral("awayRemove"), this);
    auto *awayBar = new QHBoxLayout;
    awayBar->addWidget(m_awayFrom);
    awayBar->addWidget(m_awayTo);
    awayBar->addWidget(m_reason, 1);
    awayBar->addWidget(addAway);
    awayBar->addWidget(removeAway);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("availabilityClose"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_windows, 2);
    layout->addWidget(removeWindow, 0, Qt::AlignLeft);
    layout->addWidget(add);
    layout->addWidget(new QLabel(tr("Time away (no sessions are proposed or booked on these days)"), this));
    layout->addWidget(m_away, 1);
    layout->addLayout(awayBar);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addWindow, &QPushButton::clicked, this, &AvailabilityDialog::addWindow);
    connect(removeWindow, &QPushButton::clicked, this, &AvailabilityDialog::removeWindow);
    connect(addAway, &QPushButton::clicked, this, &AvailabilityDialog::addAway);
    connect(removeAway, &QPushButton::clicked, this, &AvailabilityDialog::removeAway);
    connect(m_channel, &QComboBox::currentIndexChanged, this, [this] {
        const bool home = m_channel->currentData().toString() == QLatin1String("home");
        m_before->setValue(home ? 15 : 0);
        m_after->setValue(home ? 15 : 0);
        m_notice->setValue(home ? 48 : 24);
    });
    BookingText::nameInnerEditors(this);
    resize(900, 640);
    reload();
}

bool AvailabilityDialog::own() const {
    return !m_actor.can(Permission::BookingManage);
}

void AvailabilityDialog::reload() {
    try {
        const BookingQueries q(m_ctx.store.database(), m_ctx.clock);
        QList<ReadOnlyTableModel::Row> rows;
        for (const AvailabilitySlot &s : q.availability(m_actor, m_volunteer.id)) {
            rows.append(
                {{QStringLiteral("%1 %2–%3")
                      .arg(QLocale().dayName(s.weekday), hhmm(s.startMinute), hhmm(s.endMinute)),
                  BookingText::channel(s.channel), q.branchName(s.branchId),
                  DisplayFormat::minutes(s.slotMinutes),
                  tr("%1 / %2 min").arg(s.bufferBefore).arg(s.bufferAfter), tr("%1 h").arg(s.minNoticeHours),
                  s.validFrom.isValid() ? DisplayFormat::date(s.validFrom) : QString(),
                  s.validTo.isValid() ? DisplayFormat::date(s.validTo) : tr("No end")},
                 s.id,
                 false});
        }
        m_windowModel->setRows(rows);
        QList<ReadOnlyTableModel::Row> away;
        for (const ExceptionRow &e : q.exceptions(m_actor, m_volunteer.id)) {
            away.append({{DisplayFormat::date(e.from), DisplayFormat::date(e.to), e.reason}, e.id, false});
        }
        m_awayModel->setRows(away);
    } catch (const std::exception &e) {
        m_message->showError(QString::fromLocal8Bit(e.what()));
    }
}

void AvailabilityDialog::addWindow() {
    AvailabilityRequest a;
    a.volunteerId = m_volunteer.id;
    a.weekday = m_day->currentData().toInt();
    a.startMinute = m_start->time().hour() * 60 + m_start->time().minute();
    a.endMinute = m_end->time().hour() * 60 + m_end->time().minute();
    if (a.endMinute == 0) {
        a.endMinute = 1440; // 00:00 as an end is midnight
    }
    a.channel = m_channel->currentData().toString();
    a.branchId = m_branch->currentData().toString();
    a.slotMinutes = m_slot->value();
    a.bufferBefore = m_before->value();
    a.bufferAfter = m_after->value();
    a.minNoticeHours = m_notice->value();
    a.validFrom = m_from->date() == kNoDate ? QDate() : m_from->date();
    a.validTo = m_until->date() == kNoDate ? QDate() : m_until->date();
    a.own = own();
    AddAvailabilityCommand command(a);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    emit changed();
    reload();
}

void AvailabilityDialog::removeWindow() {
    const QModelIndex index = m_windows->view()->currentIndex();
    if (!index.isValid()) {
        m_message->showError(tr("Choose a time in the list first."));
        return;
    }
    RemoveAvailabilityCommand command(m_windowModel->row(index.row()).key, own());
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    r.ok() ? m_message->showInfo(r.message()) : m_message->showError(r.message());
    if (r.ok()) {
        emit changed();
        reload();
    }
}

void AvailabilityDialog::addAway() {
    AddAvailabilityExceptionCommand command(
        {m_volunteer.id, m_awayFrom->date(), m_awayTo->date(), m_reason->text(), own()});
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    QStringList lines{r.message()};
    lines += r.warnings();
    m_message->showInfo(lines.join(QLatin1Char('\n')));
    m_reason->clear();
    emit changed();
    reload();
}

void AvailabilityDialog::removeAway() {
    const QModelIndex index = m_away->view()->currentIndex();
    if (!index.isValid()) {
        m_message->showError(tr("Choose a time away in the list first."));
        return;
    }
    RemoveAvailabilityExceptionCommand command(m_awayModel->row(index.row()).key, own());
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    r.ok() ? m_message->showInfo(r.message()) : m_message->showError(r.message());
    if (r.ok()) {
        emit changed();
        reload();
    }
}
