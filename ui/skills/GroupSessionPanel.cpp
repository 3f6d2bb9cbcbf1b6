#include "GroupSessionPanel.h"
#include "commands/CommandBus.h"

#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "core/Clock.h"
#include "devices/StoreRead.h"
#include "loans/FormField.h"
#include "skills/BadgeCatalogue.h"
#include "skills/BadgeCommands.h"
#include "store/Store.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

GroupSessionPanel::GroupSessionPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("groupSessionPanel"));
    auto *intro =
        new QLabel(tr("Tick the badge(s) earned at the session, set the date, then scan or type each "
                      "learner and press Enter. Delete takes the chosen learner off the list."),
                   this);
    intro->setWordWrap(true);
    intro->setProperty("muted", true);
    m_badges = new QListWidget(this);
    m_badges->setObjectName(QStringLiteral("groupBadges"));
    m_badges->setAccessibleName(tr("Badges earned at the session (space ticks)"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("groupDate"));
    m_date->setAccessibleName(tr("Date of the session"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_learner =
        new FormField(QStringLiteral("groupLearner"), tr("Add a learner: card, id or user name"), this);
    m_learner->setPlaceholderText(tr("Scan a card, or type an id or user name, then Enter"));
    m_learnerList = new QListWidget(this);
    m_learnerList->setObjectName(QStringLiteral("groupLearners"));
    m_learnerList->setAccessibleName(tr("Learners at the session (Delete removes one)"));
    m_learnerList->installEventFilter(this);
    m_record = new QPushButton(tr("Record for e&veryone"), this);
    m_record->setObjectName(QStringLiteral("recordGroup"));
    m_record->setAccessibleName(tr("Record the ticked badges for every learner on the list"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("groupMessage"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Badges"), m_badges);
    form->addRow(tr("Da&te"), m_date);
    form->addRow(tr("&Add learner"), m_learner);
    form->addRow(tr("Learners"), m_learnerList);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_record);
    layout->addLayout(buttons);

    connect(m_learner, &QLineEdit::returnPressed, this, &GroupSessionPanel::addLearner);
    connect(m_record, &QPushButton::clicked, this, &GroupSessionPanel::recordAll);
    refresh();
}

QWidget *GroupSessionPanel::focusTarget() const {
    return m_badges;
}

void GroupSessionPanel::refresh() {
    QStringList ticked;
    for (int i = 0; i < m_badges->count(); ++i) {
        if (m_badges->item(i)->checkState() == Qt::Checked) {
            ticked.append(m_badges->item(i)->data(Qt::UserRole).toString());
        }
    }
    m_badges->clear();
    StoreRead::run(m_message, [&] {
        for (const Badge &b : BadgeCatalogue(m_ctx.store.database()).badges(true)) {
            auto *item =
                new QListWidgetItem(tr("%1 — %2 (%3 points)").arg(b.code, b.name).arg(b.points), m_badges);
            item->setData(Qt::UserRole, b.code);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ticked.contains(b.code) ? Qt::Checked : Qt::Unchecked);
        }
    });
    m_date->setMaximumDate(m_ctx.clock.today());
    if (m_learners.isEmpty()) {
        m_date->setDate(m_ctx.clock.today());
    }
}

void GroupSessionPanel::addLearner() {
    const QString text = m_learner->text().trimmed();
    if (text.isEmpty()) {
        return;
    }
    QString error;
    std::optional<Learner> learner;
    StoreRead::run(m_message, [&] {
        learner = LearnerDirectory(m_ctx.store.database()).resolve(text, m_actor, &error);
    });
    if (!learner) {
        m_message->showError(error);
        m_learner->selectAll();
        return;
    }
    for (const Learner &l : m_learners) {
        if (l.id == learner->id) {
            m_message->showError(tr("%1 is on the list already.").arg(l.name));
            m_learner->clear();
            return;
        }
    }
    m_learners.append(*learner);
    m_learnerList->addItem(tr("%1 — %2").arg(learner->name, DisplayFormat::learnerKind(learner->kind)));
    m_message->showInfo(tr("%1 added (%2 on the list).").arg(learner->name).arg(m_learners.size()));
    m_learner->clear();
}

void GroupSessionPanel::removeSelectedLearner() {
    const int row = m_learnerList->currentRow();
    if (row < 0 || row >= m_learners.size()) {
        return;
    }
    m_learners.removeAt(row);
    delete m_learnerList->takeItem(row);
}

bool GroupSessionPanel::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_learnerList && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        removeSelectedLearner();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void GroupSessionPanel::recordAll() {
    QStringList codes;
    for (int i = 0; i < m_badges->count(); ++i) {
        if (m_badges->item(i)->checkState() == Qt::Checked) {
            codes.append(m_badges->item(i)->data(Qt::UserRole).toString());
        }
    }
    if (codes.isEmpty()) {
        m_message->showError(tr("Tick at least one badge."));
        return;
    }
    if (m_learners.isEmpty()) {
        m_message->showError(tr("Add the learners who were there."));
        return;
    }
    QList<BadgeEntry> entries;
    for (const Learner &l : m_learners) {
        for (const QString &code : codes) {
            BadgeEntry e;
            e.learnerKind = l.kind;
            e.learnerId = l.id;
            e.badgeCode = code;
            e.achievedOn = m_date->date();
            e.supportedBy = m_actor.volunteerId();
            entries.append(e);
        }
    }
    RecordBadgesCommand command(RecordBadgesCommand::Kind::GroupSession, entries);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        // "entry N" → the learner and badge it was, so the person knows whom to take off.
        QString message = r.message();
        for (int i = entries.size(); i >= 1; --i) {
            const BadgeEntry &e = entries.at(i - 1);
            const QString who = m_learners.at((i - 1) / codes.size()).name;
            message.replace(tr("entry %1:").arg(i), tr("%1, %2:").arg(who, e.badgeCode));
        }
        m_message->showError(message);
        return;
    }
    m_message->showInfo(r.message());
    m_learners.clear();
    m_learnerList->clear();
    emit badgesChanged();
}
