#include "CheckInPanel.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "FormField.h"
#include "KitChecklist.h"
#include "MessageBanner.h"
#include "RenewForm.h"
#include "ScanField.h"
#include "commands/CommandBus.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "devices/DeviceRepository.h"
#include "loans/LoanCommands.h"
#include "loans/LoanQueries.h"
#include "loans/LoanRepository.h"
#include "store/Store.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

CheckInPanel::CheckInPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : LoansPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("checkInPanel"));
    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("checkInContent"));

    m_tag = new ScanField(QStringLiteral("checkInTag"), tr("Device asset tag to check in"), content);
    m_tag->setPlaceholderText(tr("Scan or type the asset tag, then Enter"));
    m_tag->setMinimumWidth(fontMetrics().averageCharWidth() * 42);
    auto *tagLabel = new QLabel(tr("Device &tag"), content);
    tagLabel->setBuddy(m_tag);
    auto *tagRow = new QHBoxLayout;
    tagRow->addWidget(tagLabel);
    tagRow->addWidget(m_tag);
    tagRow->addStretch(1);

    m_message = new MessageBanner(content);
    m_message->setObjectName(QStringLiteral("checkInMessage"));
    m_result = new MessageBanner(content);
    m_result->setObjectName(QStringLiteral("checkInResult"));

    m_loanBox = new QFrame(content);
    m_loanBox->setObjectName(QStringLiteral("checkInLoan"));
    m_loanBox->setProperty("tile", true);
    m_loanTitle = new QLabel(m_loanBox);
    m_loanTitle->setObjectName(QStringLiteral("checkInLoanTitle"));
    m_loanTitle->setTextFormat(Qt::PlainText);
    m_loanTitle->setWordWrap(true);
    m_loanTitle->setFont(DeskStyle::scaledFont(this, 1.15));
    m_loanDetails = new QLabel(m_loanBox);
    m_loanDetails->setObjectName(QStringLiteral("checkInLoanDetails"));
    m_loanDetails->setTextFormat(Qt::PlainText);
    m_loanDetails->setWordWrap(true);
    auto *loanLayout = new QVBoxLayout(m_loanBox);
    loanLayout->setContentsMargins(14, 10, 14, 10);
    loanLayout->addWidget(m_loanTitle);
    loanLayout->addWidget(m_loanDetails);

    m_form = new QFrame(content);
    m_form->setObjectName(QStringLiteral("checkInForm"));
    m_form->setProperty("tile", true);
    auto *conditionLabel = new QLabel(tr("Condition (arrow keys choose):"), m_form);
    m_good = new QRadioButton(tr("Good: it goes to be wiped"), m_form);
    m_good->setObjectName(QStringLiteral("conditionGood"));
    m_good->setAccessibleName(tr("Condition good"));
    m_damaged = new QRadioButton(tr("Damaged: it goes to repair"), m_form);
    m_damaged->setObjectName(QStringLiteral("conditionDamaged"));
    m_damaged->setAccessibleName(tr("Condition damaged"));
    auto *condition = new QButtonGroup(m_form);
    condition->addButton(m_good);
    condition->addButton(m_damaged);
    m_good->setChecked(true);
    auto *conditionRow = new QHBoxLayout;
    conditionRow->addWidget(m_good);
    conditionRow->addWidget(m_damaged);
    conditionRow->addStretch(1);
    m_kitLabel = new QLabel(tr("Kit returned (untick anything missing):"), m_form);
    m_kitLabel->setWordWrap(true);
    m_kit = new KitChecklist(QStringLiteral("kitReturned"), tr("Kit returned: %1"), m_form);
    m_dataRemoved = new QCheckBox(tr("The resident declares they removed their personal dat&a"), m_form);
    m_dataRemoved->setObjectName(QStringLiteral("dataRemoved"));
    m_dataRemoved->setAccessibleName(tr("The resident declares their personal data was removed"));
    m_note = new FormField(QStringLiteral("checkInNote"), tr("Note about the device's state"), m_form);
    m_note->setMaxLength(CheckInCommand::kMaxNoteLength);
    m_note->setPlaceholderText(tr("About the device only, e.g. “cracked corner” (no personal details)"));
    auto *noteLabel = new QLabel(tr("&Note"), m_form);
    noteLabel->setBuddy(m_note);
    auto *noteRow = new QHBoxLayout;
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);
    m_checkIn = new QPushButton(tr("&Check in"), m_form);
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_checkIn->setAccessibleName(tr("Check the device in"));
    m_checkIn->setToolTip(tr("Check the device in (Enter or Ctrl+Enter)"));
    m_checkIn->setAutoDefault(true);
    m_renewInstead = new QPushButton(tr("Renew instead…"), m_form);
    m_renewInstead->setObjectName(QStringLiteral("renewInsteadButton"));
    m_renewInstead->setAccessibleName(tr("Renew the loan instead of checking in"));
    m_renewInstead->setToolTip(tr("Renew the loan instead (Ctrl+R)"));
    m_renewInstead->setAutoDefault(true);
    m_clear = new QPushButton(tr("Start again"), m_form);
    m_clear->setObjectName(QStringLiteral("clearCheckIn"));
    m_clear->setAccessibleName(tr("Clear the form and start again"));
    m_clear->setToolTip(tr("Clear the form (Esc)"));
    m_clear->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_renewInstead);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(14, 10, 14, 10);
    formLayout->setSpacing(8);
    formLayout->addWidget(conditionLabel);
    formLayout->addLayout(conditionRow);
    formLayout->addWidget(m_kitLabel);
    formLayout->addWidget(m_kit);
    formLayout->addWidget(m_dataRemoved);
    formLayout->addLayout(noteRow);
    formLayout->addLayout(buttons);

    m_renewBox = new QFrame(content);
    m_renewBox->setObjectName(QStringLiteral("renewBox"));
    m_renewBox->setProperty("tile", true);
    m_renew = new RenewForm(m_ctx, m_actor, m_renewBox);
    auto *renewLayout = new QVBoxLayout(m_renewBox);
    renewLayout->setContentsMargins(0, 0, 0, 0);
    renewLayout->addWidget(m_renew);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(tagRow);
    layout->addWidget(m_message);
    layout->addWidget(m_result);
    layout->addWidget(m_loanBox);
    layout->addWidget(m_form);
    layout->addWidget(m_renewBox);
    layout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("checkInScroll"));
    m_scroll->setAccessibleName(tr("Check in"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);

    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    confirm->setContext(Qt::WidgetWithChildrenShortcut);
    connect(confirm, &QShortcut::activated, this, [this] {
        if (!m_renewBox->isHidden()) {
            m_renew->confirm();
        } else {
            checkIn();
        }
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (!m_renewBox->isHidden()) {
            renewCancelled();
        } else {
            clearForm();
        }
    });
    auto *renew = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    renew->setContext(Qt::WidgetWithChildrenShortcut);
    connect(renew, &QShortcut::activated, this, [this] { startRenewal(m_tag->text()); });

    connect(m_tag, &ScanField::scanned, this, &CheckInPanel::tagScanned);
    connect(m_tag, &QLineEdit::textEdited, this, [this] {
        if (!m_loanTag.isEmpty()) {
            forgetLoan();
        }
    });
    connect(m_note, &QLineEdit::returnPressed, this, &CheckInPanel::checkIn);
    connect(m_checkIn, &QPushButton::clicked, this, &CheckInPanel::checkIn);
    connect(m_renewInstead, &QPushButton::clicked, this, [this] { startRenewal(m_loanTag); });
    connect(m_clear, &QPushButton::clicked, this, &CheckInPanel::clearForm);
    connect(m_renew, &RenewForm::renewed, this, &CheckInPanel::renewFinished);
    connect(m_renew, &RenewForm::cancelled, this, &CheckInPanel::renewCancelled);
    connect(m_renew, &LoansPanel::storeProblem, this, &LoansPanel::storeProblem);

    forgetLoan();
    m_renewBox->hide();
}

QWidget *CheckInPanel::focusTarget() const {
    return m_tag;
}

void CheckInPanel::keyPressEvent(QKeyEvent *event) {
    // Enter on the condition, a kit box or the declaration checks in: the form's default action.
    if (isFormEnter(event)) {
        if (!m_form->isHidden()) {
            checkIn();
        }
        return;
    }
    LoansPanel::keyPressEvent(event);
}

void CheckInPanel::forgetLoan() {
    m_loanTag.clear();
    m_loan = Loan();
    m_typeId.clear();
    m_typeName.clear();
    m_branchName.clear();
    m_loanBox->hide();
    m_form->hide();
    m_good->setChecked(true);
    m_kit->setItems({});
    m_dataRemoved->setChecked(false);
    m_note->clear();
    DeskStyle::setProblem(m_tag, false);
}

void CheckInPanel::clearForm() {
    m_message->clearMessage();
    if (m_tag->text().isEmpty() && m_loanTag.isEmpty()) {
        m_result->clearMessage(); // a second Esc clears the last result too
    }
    forgetLoan();
    m_tag->clear();
    m_tag->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::tagScanned(const QString &text) {
    m_message->clearMessage();
    m_result->clearMessage();
    forgetLoan();
    renewCancelled();
    DeviceScan scan;
    std::optional<Loan> loan;
    std::optional<Borrower> borrower;
    std::optional<QString> refusal;
    const bool read = guarded([&] {
        const QSqlDatabase db = m_ctx.store.database();
        scan = DeviceRepository(db).scan(text);
        if (!scan.found()) {
            return;
        }
        if (scan.device->status == DeviceStatus::OnLoan) {
            loan = LoanRepository(db).activeLoanForDevice(scan.device->id);
        }
        if (loan) {
            borrower = LoanRepository(db).borrowerById(loan->residentId);
        } else {
            // Not on loan: the check-in command's own rules say what happened, in its words.
            CheckInCommand probe({scan.device->tag, CheckInRequest::Condition::Good, {}, false, {}});
            refusal = m_ctx.bus.preview(probe, m_actor);
        }
    });
    if (!read) {
        return;
    }
    if (!scan.found() || !loan) {
        m_message->showError(!scan.found() ? scan.message
                                           : refusal.value_or(tr("%1 is not on loan.").arg(scan.tag)));
        DeskStyle::setProblem(m_tag, true);
        m_tag->readyForRescan();
        return;
    }
    const Device &d = *scan.device;
    m_loanTag = d.tag;
    m_loan = *loan;
    m_typeId = d.type.id;
    m_typeName = d.type.name;
    m_branchName = d.branch.name;
    m_tag->setText(d.tag);

    const QDate today = m_ctx.clock.today();
    const qint64 late = loan->dueOn.daysTo(today);
    m_loanTitle->setText(borrower ? tr("%1 · %2, lent to %3 (card %4)")
                                        .arg(d.tag, d.type.name, borrower->displayName(), borrower->card)
                                  : tr("%1 · %2").arg(d.tag, d.type.name));
    QStringList lines;
    lines.append(tr("Lent on %1 at %2")
                     .arg(DisplayFormat::date(loan->checkedOutAt.toLocalTime().date()), d.branch.name));
    lines.append(late > 0 ? tr("Due %1 · days overdue: %2").arg(DisplayFormat::date(loan->dueOn)).arg(late)
                 : late == 0 ? tr("Due today (%1)").arg(DisplayFormat::date(loan->dueOn))
                             : tr("Due %1").arg(DisplayFormat::date(loan->dueOn)));
    if (loan->renewals > 0) {
        lines.append(tr("Renewals so far: %1").arg(loan->renewals));
    }
    m_loanDetails->setText(lines.join(QLatin1Char('\n')));
    // The checklist is what went out with this loan: only those items can come back or be missing.
    m_kit->setItems(loan->kitOut);
    m_kitLabel->setText(loan->kitOut.isEmpty() ? tr("No kit went out with it.")
                                               : tr("Kit returned (untick anything missing):"));
    m_loanBox->show();
    m_form->show();
    updateTabOrder();
    m_good->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::updateTabOrder() {
    QList<QWidget *> order{m_tag, m_good, m_damaged};
    order += m_kit->boxes();
    order += {m_dataRemoved, m_note, m_checkIn, m_renewInstead, m_clear};
    chainTabOrder(order);
}

void CheckInPanel::checkIn() {
    m_message->clearMessage();
    if (m_loanTag.isEmpty()) {
        m_message->showError(tr("Scan the device's asset tag first."));
        m_tag->readyForRescan();
        return;
    }
    CheckInRequest request;
    request.deviceTag = m_loanTag;
    request.condition =
        m_damaged->isChecked() ? CheckInRequest::Condition::Damaged : CheckInRequest::Condition::Good;
    request.missingKit = m_kit->unticked();
    request.dataRemoved = m_dataRemoved->isChecked();
    request.note = m_note->text();
    CheckInCommand command(request);
    const CommandResult result = execute(command);
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    QStringList lines{result.message()};
    lines += result.warnings();
    // Someone waiting for this kind of device here will be offered it once it is wiped (and repaired).
    int waiting = 0;
    guarded([&] {
        for (const ReservationRow &r :
             LoanQueries(m_ctx.store.database(), m_actor).waitingList(m_loan.branchId, m_typeId)) {
            waiting += r.status == QLatin1String("waiting") ? 1 : 0;
        }
    });
    if (waiting > 0) {
        lines.append(
            tr("Residents waiting for a %1 at %2: %3. Once it is wiped and ready to lend, it will be offered "
               "to the first in line.")
                .arg(m_typeName, m_branchName)
                .arg(waiting));
    }
    forgetLoan();
    m_tag->clear();
    m_result->showInfo(lines.join(QLatin1Char('\n')));
    emit checkedIn();
    m_tag->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::startRenewal(const QString &tag) {
    m_message->clearMessage();
    if (tag.trimmed().isEmpty()) {
        m_message->showError(tr("Scan the device's asset tag first, then press Ctrl+R to renew."));
        m_tag->readyForRescan();
        return;
    }
    m_result->clearMessage();
    if (!m_renew->assess(tag)) {
        return;
    }
    m_tag->setText(m_renew->tag());
    m_form->hide();
    m_renewBox->show();
    m_renew->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::renewFinished(const QString &message) {
    m_renewBox->hide();
    forgetLoan();
    m_tag->clear();
    m_result->showInfo(message);
    emit renewed();
    m_tag->setFocus(Qt::OtherFocusReason);
}

void CheckInPanel::renewCancelled() {
    if (m_renewBox->isHidden()) {
        return;
    }
    m_renewBox->hide();
    m_renew->clear();
    if (!m_loanTag.isEmpty()) {
        m_form->show();
        m_good->setFocus(Qt::OtherFocusReason);
    } else {
        m_tag->readyForRescan();
    }
}
