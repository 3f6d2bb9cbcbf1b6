#include "VolunteersPanel.h"

#include "AvailabilityDialog.h"
#include "DataTable.h"
#include "DisplayFormat.h"
#include "FormDialog.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "bookings/BookingKeys.h"
#include "bookings/VolunteerCommands.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

VolunteersPanel::VolunteersPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : BookingsPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("volunteersPanel"));
    m_alerts = new QLabel(this);
    m_alerts->setObjectName(QStringLiteral("dbsAlerts"));
    m_alerts->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("volunteerMessage"));
    m_model = new ReadOnlyTableModel({tr("Volunteer"), tr("Status"), tr("DBS"), tr("Helps by"),
                                      tr("Languages"), tr("Helps with"), tr("Home branch"), tr("Upcoming")},
                                     this);
    m_table = new DataTable(QStringLiteral("volunteerTable"), tr("Volunteers"), this);
    m_table->setModel(m_model);
    auto *bar = new QHBoxLayout;
    const bool manage = m_actor.can(Permission::VolunteerManage);
    if (manage) {
        auto *add =
            button(tr("&Add volunteer…"), QStringLiteral("volunteerAdd"), tr("Add a volunteer"), this);
        auto *edit =
            button(tr("Ed&it…"), QStringLiteral("volunteerEdit"), tr("Edit the selected volunteer"), this);
        auto *dbs = button(tr("DBS chec&k…"), QStringLiteral("volunteerDbs"), tr("Record a DBS check"), this);
        bar->addWidget(add);
        bar->addWidget(edit);
        bar->addWidget(dbs);
        connect(add, &QPushButton::clicked, this, [this] { editProfile(true); });
        connect(edit, &QPushButton::clicked, this, [this] { editProfile(false); });
        connect(dbs, &QPushButton::clicked, this, &VolunteersPanel::recordDbs);
    }
    auto *times = button(actsAsVolunteer() ? tr("My &times…") : tr("&Times…"),
                         QStringLiteral("volunteerTimes"), tr("Weekly times and time away"), this);
    bar->addWidget(times);
    bar->addStretch(1);
    connect(times, &QPushButton::clicked, this, &VolunteersPanel::editTimes);
    times->setEnabled(m_actor.can(Permission::BookingManage) || m_actor.can(Permission::BookingOwn));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->addWidget(m_alerts);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(m_table->view(), &QTableView::activated, this, [this, manage] {
        if (manage) {
            editProfile(false);
        } else {
            editTimes();
        }
    });
}

QWidget *VolunteersPanel::focusTarget() const {
    return m_table;
}

QString VolunteersPanel::selected() {
    QString id = currentKey(m_table, m_model);
    if (id.isEmpty() && m_model->rowCount() == 1) {
        id = m_model->row(0).key;
    }
    if (id.isEmpty()) {
        m_message->showError(tr("Choose a volunteer in the list first."));
    }
    return id;
}

void VolunteersPanel::refresh() {
    QList<VolunteerRow> rows;
    QList<VolunteerRow> alerts;
    if (!guarded([&] {
            rows = queries().volunteers(m_actor, true);
            alerts = queries().dbsAlerts(m_actor);
        })) {
        return;
    }
    const QString current = currentKey(m_table, m_model);
    QList<ReadOnlyTableModel::Row> cells;
    for (const VolunteerRow &v : rows) {
        QStringList channels;
        for (const QString &c : v.channels) {
            channels.append(BookingText::channel(c));
        }
        QStringList skills;
        for (const QString &s : v.skills) {
            skills.append(BookingKeys::skillAreaName(s));
        }
        const bool attention = v.dbsState == QLatin1String("expired") || v.dbsState == QLatin1String("due");
        cells.append({{v.name, v.status, BookingText::dbsState(v), channels.join(QStringLiteral(", ")),
                       v.languages.join(QStringLiteral(", ")), skills.join(QStringLiteral("; ")),
                       v.homeBranch, QString::number(v.upcomingSessions)},
                      v.id,
                      attention});
    }
    m_model->setRows(cells);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->row(r).key == current) {
            m_table->view()->setCurrentIndex(m_model->index(r, 0));
        }
    }
    m_table->setEmptyText(tr("No volunteers yet."));
    QStringList names;
    for (const VolunteerRow &v : alerts) {
        names.append(QStringLiteral("%1 (%2)").arg(v.name, BookingText::dbsState(v)));
    }
    m_alerts->setText(names.isEmpty()
                          ? tr("No DBS check needs attention.")
                          : tr("DBS checks needing attention: %1").arg(names.join(QStringLiteral("; "))));
    m_alerts->setProperty("muted", names.isEmpty());
}

void VolunteersPanel::editProfile(bool isNew) {
    std::optional<VolunteerRecord> existing;
    if (!isNew) {
        const QString id = selected();
        if (id.isEmpty() || !guarded([&] { existing = queries().volunteer(m_actor, id); }) || !existing) {
            return;
        }
    }
    auto *dialog = new FormDialog(QStringLiteral("volunteerDialog"),
                                  isNew ? tr("Add a volunteer") : tr("Edit volunteer"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto line = [dialog](const QString &name, const QString &label, const QString &value) {
        auto *edit = new QLineEdit(value, dialog);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        dialog->addRow(label, edit);
        return edit;
    };
    auto *given =
        line(QStringLiteral("volunteerGiven"), tr("First name"), existing ? existing->givenName : QString());
    auto *family = line(QStringLiteral("volunteerFamily"), tr("Family name"),
                        existing ? existing->familyName : QString());
    auto *email = line(QStringLiteral("volunteerEmail"), tr("Email"), existing ? existing->email : QString());
    auto *phone = line(QStringLiteral("volunteerPhone"), tr("Phone"), existing ? existing->phone : QString());
    auto *languages = line(QStringLiteral("volunteerLanguages"), tr("Languages (codes, e.g. en, pl)"),
                           existing ? existing->languages.join(QStringLiteral(", ")) : QStringLiteral("en"));
    QHash<QString, QCheckBox *> skills;
    for (const QString &area : BookingKeys::skillAreas()) {
        auto *box = new QCheckBox(BookingKeys::skillAreaName(area), dialog);
        box->setObjectName(QStringLiteral("volunteerSkill_") + area);
        box->setAccessibleName(tr("Helps with %1").arg(BookingKeys::skillAreaName(area)));
        box->setChecked(existing && existing->skills.contains(area));
        skills.insert(area, box);
        dialog->addRow(area == BookingKeys::skillAreas().constFirst() ? tr("Helps with") : QString(), box);
    }
    QHash<QString, QCheckBox *> channels;
    for (const QString &c : BookingKeys::availabilityChannels()) {
        auto *box = new QCheckBox(BookingText::channel(c), dialog);
        box->setObjectName(QStringLiteral("volunteerChannel_") + c);
        box->setAccessibleName(tr("Offers %1").arg(BookingText::channel(c)));
        box->setChecked(existing && existing->channels.contains(c));
        channels.insert(c, box);
        dialog->addRow(c == BookingKeys::availabilityChannels().constFirst() ? tr("Helps by") : QString(),
                       box);
    }
    auto *branch = combo(QStringLiteral("volunteerBranch"), tr("Home branch"), dialog);
    branch->addItem(tr("None"), QString());
    guarded([&] {
        for (const NamedId &b : queries().branches()) {
            branch->addItem(b.name, b.id);
        }
    });
    branch->setCurrentIndex(
        std::max(0, branch->findData(existing ? existing->homeBranchId : m_actor.branchId())));
    dialog->addRow(tr("Home branch"), branch);
    auto *status = combo(QStringLiteral("volunteerStatus"), tr("Status"), dialog);
    for (const QString &s : BookingKeys::volunteerStatuses()) {
        status->addItem(s, s);
    }
    status->setCurrentIndex(
        std::max(0, status->findData(existing ? existing->status : QStringLiteral("applicant"))));
    dialog->addRow(tr("Status"), status);
    auto *hours = new QSpinBox(dialog);
    hours->setObjectName(QStringLiteral("volunteerMaxMinutes"));
    hours->setAccessibleName(tr("Most minutes a week"));
    hours->setRange(0, 2400);
    hours->setSingleStep(30);
    hours->setValue(existing ? existing->maxMinutesPerWeek : 600);
    hours->setSuffix(tr(" min a week"));
    dialog->addRow(tr("At most"), hours);
    const QString id = existing ? existing->id : QString();
    dialog->setSave([=, this] {
        VolunteerProfile p;
        p.id = id;
        p.givenName = given->text();
        p.familyName = family->text();
        p.email = email->text();
        p.phone = phone->text();
        p.languages = languages->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (auto it = skills.constBegin(); it != skills.constEnd(); ++it) {
            if (it.value()->isChecked()) {
                p.skills.append(it.key());
            }
        }
        for (const QString &c : BookingKeys::availabilityChannels()) {
            if (channels.value(c)->isChecked()) {
                p.channels.append(c);
            }
        }
        p.homeBranchId = branch->currentData().toString();
        p.status = status->currentData().toString();
        p.maxMinutesPerWeek = hours->value();
        SaveVolunteerCommand command(p, id.isEmpty());
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}

void VolunteersPanel::recordDbs() {
    const QString id = selected();
    std::optional<VolunteerRecord> v;
    if (id.isEmpty() || !guarded([&] { v = queries().volunteer(m_actor, id); }) || !v) {
        return;
    }
    auto *dialog = new FormDialog(QStringLiteral("dbsDialog"), tr("DBS check for %1").arg(v->name()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *certificate = new QLineEdit(v->dbsCertificate, dialog);
    certificate->setObjectName(QStringLiteral("dbsCertificate"));
    certificate->setAccessibleName(tr("Certificate number, 12 digits"));
    dialog->addRow(tr("Certificate number"), certificate);
    auto date = [dialog](const QString &name, const QString &label, const QDate &value) {
        auto *edit = new QDateEdit(value, dialog);
        edit->setObjectName(name);
        edit->setAccessibleName(label);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        dialog->addRow(label, edit);
        return edit;
    };
    auto *issued = date(QStringLiteral("dbsIssued"), tr("Issued on"),
                        v->dbsIssuedOn.isValid() ? v->dbsIssuedOn : m_ctx.clock.today());
    auto *update = new QCheckBox(tr("Registered with the DBS Update Service"), dialog);
    update->setObjectName(QStringLiteral("dbsUpdateService"));
    update->setAccessibleName(update->text());
    update->setChecked(v->dbsUpdateService);
    dialog->addRow(QString(), update);
    auto *ownDate = new QCheckBox(tr("Set the re-check date myself"), dialog);
    ownDate->setObjectName(QStringLiteral("dbsOwnRecheck"));
    ownDate->setAccessibleName(ownDate->text());
    dialog->addRow(QString(), ownDate);
    auto *due = date(QStringLiteral("dbsRecheck"), tr("Re-check due"), m_ctx.clock.today().addYears(3));
    due->setEnabled(false);
    connect(ownDate, &QCheckBox::toggled, due, &QWidget::setEnabled);
    dialog->setSave([=, this] {
        RecordDbsCommand command({id, certificate->text(), issued->date(), update->isChecked(),
                                  ownDate->isChecked() ? due->date() : QDate()});
        return m_ctx.bus.execute(command, m_actor);
    });
    connect(dialog, &FormDialog::saved, this, [this](const QString &summary) {
        m_message->showInfo(summary);
        emit changed();
        refresh();
    });
    dialog->open();
}

void VolunteersPanel::editTimes() {
    const QString id = selected();
    std::optional<VolunteerRecord> v;
    if (id.isEmpty() || !guarded([&] { v = queries().volunteer(m_actor, id); }) || !v) {
        return;
    }
    auto *dialog = new AvailabilityDialog(m_ctx, m_actor, *v, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AvailabilityDialog::changed, this, &BookingsPanel::changed);
    dialog->open();
}
