#include "OutcomeDialog.h"

#include "BookingsPanel.h"
#include "DeskStyle.h"
#include "MessageBanner.h"
#include "bookings/BookingCommands.h"
#include "bookings/BookingKeys.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "loans/FormField.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

OutcomeDialog::OutcomeDialog(DeskContext &ctx, Actor actor, BookingListRow booking, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor))
    , m_booking(std::move(booking)) {
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("Record the outcome"));
    auto *heading =
        new QLabel(tr("%1 with %2").arg(BookingText::when(m_booking.start), m_booking.residentName), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.2));
    heading->setWordWrap(true);
    auto *detail = new QLabel(tr("%1 · %2 · %3")
                                  .arg(BookingText::channel(m_booking.channel), m_booking.volunteerName,
                                       BookingKeys::skillAreaName(m_booking.needArea)),
                              this);
    detail->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("outcomeMessage"));

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("outcomeStatus"));
    m_status->setAccessibleName(tr("What happened"));
    for (const QString &s : BookingKeys::outcomeStatuses()) {
        m_status->addItem(BookingText::status(s), s);
    }
    m_reason = new FormField(QStringLiteral("outcomeReason"), tr("Reason for cancelling"), this);
    auto *skills = new QWidget(this);
    auto *grid = new QGridLayout(skills);
    grid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (const QString &area : BookingKeys::skillAreas()) {
        auto *box = new QCheckBox(BookingKeys::skillAreaName(area), skills);
        box->setObjectName(QStringLiteral("outcomeSkill_") + area);
        box->setAccessibleName(tr("Covered: %1").arg(BookingKeys::skillAreaName(area)));
        box->setChecked(area == m_booking.needArea);
        m_skills.insert(area, box);
        grid->addWidget(box, i / 2, i % 2);
        ++i;
    }
    m_tasks = new FormField(QStringLiteral("outcomeTasks"), tr("Tasks achieved"), this);
    auto confidence = [this](const QString &name, const QString &accessible) {
        auto *spin = new QSpinBox(this);
        spin->setObjectName(name);
        spin->setAccessibleName(accessible);
        spin->setRange(0, 5);
        spin->setSpecialValueText(tr("Not asked"));
        return spin;
    };
    m_before = confidence(QStringLiteral("outcomeBefore"), tr("Confidence before, 1 to 5"));
    m_after = confidence(QStringLiteral("outcomeAfter"), tr("Confidence after, 1 to 5"));
    m_referrals = new FormField(QStringLiteral("outcomeReferrals"), tr("Onward referrals"), this);
    m_notes = new FormField(QStringLiteral("outcomeNotes"), tr("Notes"), this);
    m_loan = new QComboBox(this);
    m_loan->setObjectName(QStringLiteral("outcomeLoan"));
    m_loan->setAccessibleName(tr("Device loan that goes with the session"));
    m_loan->addItem(tr("None"), QString());
    try {
        for (const NamedId &loan :
             BookingQueries(m_ctx.store.database(), m_ctx.clock).activeLoans(m_actor, m_booking.residentId)) {
            m_loan->addItem(loan.name, loan.id);
        }
    } catch (const std::exception &) {
        // Without the list the outcome can still be recorded; the loan link is optional.
    }

    auto *form = new QFormLayout;
    form->addRow(tr("What happened"), m_status);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Skills covered"), skills);
    form->addRow(tr("Tasks achieved"), m_tasks);
    form->addRow(tr("Confidence before"), m_before);
    form->addRow(tr("Confidence after"), m_after);
    form->addRow(tr("Referrals"), m_referrals);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Device loan"), m_loan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("outcomeSave"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the outcome"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("outcomeCancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(detail);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this, &OutcomeDialog::save);
    connect(m_status, &QComboBox::currentIndexChanged, this, &OutcomeDialog::updateFields);
    BookingText::nameInnerEditors(this);
    updateFields();
    m_status->setFocus(Qt::OtherFocusReason);
}

void OutcomeDialog::updateFields() {
    const QString status = m_status->currentData().toString();
    const bool attended = status == QLatin1String("attended");
    m_reason->setEnabled(status == QLatin1String("cancelled"));
    for (QCheckBox *box : std::as_const(m_skills)) {
        box->setEnabled(attended);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_tasks), static_cast<QWidget *>(m_before),
                       static_cast<QWidget *>(m_after), static_cast<QWidget *>(m_loan)}) {
        w->setEnabled(attended);
    }
}

void OutcomeDialog::save() {
    BookingOutcome o;
    o.bookingId = m_booking.id;
    o.status = m_status->currentData().toString();
    const bool attended = o.status == QLatin1String("attended");
    o.cancelReason = o.status == QLatin1String("cancelled") ? m_reason->text() : QString();
    if (attended) {
        for (const QString &area : BookingKeys::skillAreas()) {
            if (m_skills.value(area)->isChecked()) {
                o.skillsCovered.append(area);
            }
        }
        o.tasksAchieved = m_tasks->text();
        o.confidenceBefore = m_before->value();
        o.confidenceAfter = m_after->value();
        o.loanId = m_loan->currentData().toString();
    }
    o.referrals = m_referrals->text();
    o.notes = m_notes->text();
    o.own = !m_actor.can(Permission::BookingManage);
    RecordOutcomeCommand command(o);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    QStringList lines{result.message()};
    lines += result.warnings();
    emit saved(lines.join(QLatin1Char('\n')));
    accept();
}
