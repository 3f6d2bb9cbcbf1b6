#include "CheckOutPanel.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "DocumentOutput.h"
#include "FormField.h"
#include "IssueList.h"
#include "KitChecklist.h"
#include "MessageBanner.h"
#include "ScanField.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "loans/LoanAgreement.h"
#include "loans/LoanCommands.h"
#include "loans/LoanQueries.h"
#include "loans/LoanRepository.h"
#include "store/Store.h"
#include "views/BranchLetterheads.h"

#include <QCheckBox>
#include <QDir>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace {
QFrame *tile(const QString &objectName, QWidget *parent) {
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setProperty("tile", true);
    return frame;
}

QLabel *plainLabel(QWidget *parent, const QString &objectName = {}) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

CheckOutPanel::CheckOutPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : LoansPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("checkOutPanel"));

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("checkOutScroll"));
    m_scroll->setAccessibleName(tr("Check out"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidget(buildForm());

    // The scan boxes and the messages stay in view; what the scans brought up scrolls below them.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_top);
    layout->addWidget(m_scroll, 1);

    auto *confirm = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    confirm->setContext(Qt::WidgetWithChildrenShortcut);
    connect(confirm, &QShortcut::activated, this, &CheckOutPanel::lend);
    auto *confirmKeypad = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    confirmKeypad->setContext(Qt::WidgetWithChildrenShortcut);
    connect(confirmKeypad, &QShortcut::activated, this, &CheckOutPanel::lend);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CheckOutPanel::clearForm);
    auto *print = new QShortcut(QKeySequence::Print, this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, [this] {
        if (!m_lastLoan->isHidden()) {
            printReceipt();
        }
    });
    auto *save = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    save->setContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QShortcut::activated, this, [this] {
        if (!m_lastLoan->isHidden()) {
            saveReceiptAs();
        }
    });

    connect(m_card, &ScanField::scanned, this, &CheckOutPanel::cardScanned);
    connect(m_tag, &ScanField::scanned, this, &CheckOutPanel::tagScanned);
    // Changing a code after it was assessed makes the assessment stale: forget it rather than lend on it.
    connect(m_card, &QLineEdit::textEdited, this, [this] {
        if (!m_residentCard.isEmpty()) {
            forgetResident();
        }
    });
    connect(m_tag, &QLineEdit::textEdited, this, [this] {
        if (m_assessment) {
            forgetDevice();
        }
    });
    connect(m_overrideReason, &QLineEdit::returnPressed, this, [this] {
        if (m_overrideReason->text().simplified().isEmpty()) {
            m_message->showError(tr("Give a reason for the override, then press Enter."));
            return;
        }
        m_message->clearMessage();
        (m_paper->isChecked() ? static_cast<QWidget *>(m_lend) : m_declaration)->setFocus(Qt::TabFocusReason);
    });
    connect(m_signedName, &QLineEdit::returnPressed, this, &CheckOutPanel::lend);
    connect(m_paper, &QCheckBox::toggled, this, &CheckOutPanel::paperToggled);
    connect(m_lend, &QPushButton::clicked, this, &CheckOutPanel::lend);
    connect(m_clear, &QPushButton::clicked, this, &CheckOutPanel::clearForm);
    connect(m_print, &QPushButton::clicked, this, &CheckOutPanel::printReceipt);
    connect(m_savePdf, &QPushButton::clicked, this, &CheckOutPanel::saveReceiptAs);

    forgetResident();
    showLastLoan(false);
}

QWidget *CheckOutPanel::buildForm() {
    auto *form = new QWidget(this);
    form->setObjectName(QStringLiteral("checkOutForm"));

    m_card = new ScanField(QStringLiteral("checkOutCard"), tr("Resident's library card"), form);
    m_card->setPlaceholderText(tr("Scan or type the library card, then Enter"));
    auto *cardLabel = new QLabel(tr("Library &card"), form);
    cardLabel->setBuddy(m_card);
    m_tag = new ScanField(QStringLiteral("checkOutTag"), tr("Device asset tag"), form);
    m_tag->setPlaceholderText(tr("Then the device's asset tag, then Enter"));
    auto *tagLabel = new QLabel(tr("Device &tag"), form);
    tagLabel->setBuddy(m_tag);
    // Wide enough for the hint and any card or tag, at any text size.
    const int fieldWidth = fontMetrics().averageCharWidth() * 42;
    m_card->setMinimumWidth(fieldWidth);
    m_tag->setMinimumWidth(fieldWidth);

    auto *scanGrid = new QGridLayout;
    scanGrid->setHorizontalSpacing(12);
    scanGrid->addWidget(cardLabel, 0, 0);
    scanGrid->addWidget(m_card, 0, 1);
    scanGrid->addWidget(tagLabel, 1, 0);
    scanGrid->addWidget(m_tag, 1, 1);
    scanGrid->setColumnStretch(2, 1);

    m_message = new MessageBanner(form);
    m_message->setObjectName(QStringLiteral("checkOutMessage"));

    // The last loan made here, with its receipt, until the next resident's card is found.
    m_lastLoan = new QFrame(form);
    m_lastLoan->setObjectName(QStringLiteral("lastLoan"));
    m_done = new MessageBanner(m_lastLoan);
    m_done->setObjectName(QStringLiteral("checkOutDone"));
    m_print = new QPushButton(tr("&Print receipt"), m_lastLoan);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    m_print->setAccessibleName(tr("Print the loan agreement and receipt"));
    m_print->setToolTip(tr("Print the loan agreement and receipt (Ctrl+P)"));
    m_savePdf = new QPushButton(tr("Save receipt as PD&F…"), m_lastLoan);
    m_savePdf->setObjectName(QStringLiteral("saveReceiptPdf"));
    m_savePdf->setAccessibleName(tr("Save the loan agreement and receipt as a PDF file"));
    m_savePdf->setToolTip(tr("Save the loan agreement and receipt as PDF (Ctrl+Shift+S)"));
    auto *lastButtons = new QHBoxLayout;
    lastButtons->addWidget(m_print);
    lastButtons->addWidget(m_savePdf);
    lastButtons->addStretch(1);
    auto *lastLayout = new QVBoxLayout(m_lastLoan);
    lastLayout->setContentsMargins(0, 0, 0, 0);
    lastLayout->addWidget(m_done);
    lastLayout->addLayout(lastButtons);

    m_top = new QWidget(this);
    m_top->setObjectName(QStringLiteral("checkOutScan"));
    auto *topLayout = new QVBoxLayout(m_top);
    topLayout->setContentsMargins(20, 16, 20, 6);
    topLayout->setSpacing(10);
    topLayout->addLayout(scanGrid);
    topLayout->addWidget(m_message);
    topLayout->addWidget(m_lastLoan);

    // The resident.
    m_residentBox = tile(QStringLiteral("residentSummary"), form);
    m_residentName = plainLabel(m_residentBox, QStringLiteral("residentName"));
    m_residentName->setFont(DeskStyle::scaledFont(this, 1.25));
    m_residentDetails = plainLabel(m_residentBox, QStringLiteral("residentDetails"));
    auto *residentLayout = new QVBoxLayout(m_residentBox);
    residentLayout->setContentsMargins(14, 10, 14, 10);
    residentLayout->addWidget(m_residentName);
    residentLayout->addWidget(m_residentDetails);

    m_issues = new IssueList(QStringLiteral("checkOutIssues"), tr("Cannot lend:"), form);

    // Overriding warnings: a reason from someone allowed to, or who to ask.
    m_overrideRow = new QWidget(form);
    m_overrideReason = new FormField(QStringLiteral("overrideReason"), tr("Override reason"), m_overrideRow);
    m_overrideReason->setMaxLength(kMaxOverrideReasonLength);
    m_overrideReason->setPlaceholderText(
        tr("Why the warning is set aside (kept in the audit: no health or personal details)"));
    auto *overrideLabel = new QLabel(tr("Override &reason"), m_overrideRow);
    overrideLabel->setBuddy(m_overrideReason);
    auto *overrideLayout = new QHBoxLayout(m_overrideRow);
    overrideLayout->setContentsMargins(0, 0, 0, 0);
    overrideLayout->addWidget(overrideLabel);
    overrideLayout->addWidget(m_overrideReason, 1);
    m_overrideNotAllowed = plainLabel(form, QStringLiteral("overrideNotAllowed"));
    m_overrideNotAllowed->setProperty("fieldProblem", true);

    // The device and what goes out with it.
    m_deviceBox = tile(QStringLiteral("deviceSummary"), form);
    m_deviceTitle = plainLabel(m_deviceBox, QStringLiteral("deviceTitle"));
    m_deviceTitle->setFont(DeskStyle::scaledFont(this, 1.15));
    m_deviceDetails = plainLabel(m_deviceBox, QStringLiteral("deviceDetails"));
    m_due = plainLabel(m_deviceBox, QStringLiteral("dueDate"));
    m_due->setFont(DeskStyle::scaledFont(this, 1.15));
    m_kit = new KitChecklist(QStringLiteral("kitOut"), tr("Kit going out: %1"), m_deviceBox);
    m_kitLabel = new QLabel(tr("Kit going out with it (untick what stays behind):"), m_deviceBox);
    m_kitLabel->setObjectName(QStringLiteral("kitOutLabel"));
    m_kitLabel->setWordWrap(true);
    auto *deviceLayout = new QVBoxLayout(m_deviceBox);
    deviceLayout->setContentsMargins(14, 10, 14, 10);
    deviceLayout->addWidget(m_deviceTitle);
    deviceLayout->addWidget(m_deviceDetails);
    deviceLayout->addWidget(m_due);
    deviceLayout->addWidget(m_kitLabel);
    deviceLayout->addWidget(m_kit);

    // The agreement, accepted in place.
    m_agreementBox = tile(QStringLiteral("agreementBox"), form);
    m_termsTitle = plainLabel(m_agreementBox, QStringLiteral("termsTitle"));
    m_termsTitle->setFont(DeskStyle::scaledFont(this, 1.1));
    m_terms = new QTextBrowser(m_agreementBox);
    m_terms->setObjectName(QStringLiteral("agreementTerms"));
    m_terms->setAccessibleName(tr("Loan agreement terms"));
    m_terms->setTabChangesFocus(true);
    m_terms->setOpenLinks(false);
    m_terms->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    m_terms->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_declaration = new QCheckBox(tr("The resident has read this agreement and &accepts it"), m_agreementBox);
    m_declaration->setObjectName(QStringLiteral("agreementDeclaration"));
    m_declaration->setAccessibleName(tr("Declaration: the resident has read the agreement and accepts it"));
    m_signedName =
        new FormField(QStringLiteral("signedName"), tr("Resident types their name"), m_agreementBox);
    m_signedName->setMaxLength(LoanAgreement::kMaxSignedNameLength);
    m_signedName->setPlaceholderText(tr("The resident types their own name here"));
    auto *nameLabel = new QLabel(tr("Resident types their &name"), m_agreementBox);
    nameLabel->setBuddy(m_signedName);
    m_paper = new QCheckBox(tr("Agreement signed on paper inst&ead"), m_agreementBox);
    m_paper->setObjectName(QStringLiteral("agreementOnPaper"));
    m_paper->setAccessibleName(tr("Agreement signed on paper instead"));
    m_paper->setToolTip(tr("After lending, print the receipt (Ctrl+P): it has a signature line. Keep the "
                           "signed copy at the branch."));
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_signedName, 1);
    auto *agreementLayout = new QVBoxLayout(m_agreementBox);
    agreementLayout->setContentsMargins(14, 10, 14, 10);
    agreementLayout->addWidget(m_termsTitle);
    agreementLayout->addWidget(m_terms);
    agreementLayout->addWidget(m_declaration);
    agreementLayout->addLayout(nameRow);
    agreementLayout->addWidget(m_paper);

    m_lend = new QPushButton(tr("&Lend"), form);
    m_lend->setObjectName(QStringLiteral("lendButton"));
    m_lend->setAccessibleName(tr("Lend the device"));
    m_lend->setToolTip(tr("Lend the device (Enter or Ctrl+Enter)"));
    m_lend->setAutoDefault(true);
    m_clear = new QPushButton(tr("Start again"), form);
    m_clear->setObjectName(QStringLiteral("clearCheckOut"));
    m_clear->setAccessibleName(tr("Clear the form and start again"));
    m_clear->setToolTip(tr("Clear the form (Esc)"));
    m_clear->setAutoDefault(true);
    m_print->setAutoDefault(true);
    m_savePdf->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lend);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(20, 6, 20, 16);
    layout->setSpacing(10);
    // Who and what side by side, then what stands in the way, then the agreement.
    auto *whoAndWhat = new QHBoxLayout;
    whoAndWhat->setSpacing(10);
    whoAndWhat->addWidget(m_residentBox, 1, Qt::AlignTop);
    whoAndWhat->addWidget(m_deviceBox, 1, Qt::AlignTop);
    layout->addLayout(whoAndWhat);
    layout->addWidget(m_issues);
    layout->addWidget(m_overrideRow);
    layout->addWidget(m_overrideNotAllowed);
    layout->addWidget(m_agreementBox);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return form;
}

QWidget *CheckOutPanel::focusTarget() const {
    return m_card;
}

bool CheckOutPanel::mayOverride() const {
    return m_actor.can(Permission::LoanOverride);
}

void CheckOutPanel::keyPressEvent(QKeyEvent *event) {
    // Enter on a tick box (the declaration, the kit, "signed on paper") or the terms lends, as the form's
    // default action; the scan boxes and buttons handle their own Enter before it gets here.
    if (isFormEnter(event)) {
        lend();
        return;
    }
    LoansPanel::keyPressEvent(event);
}

void CheckOutPanel::cardScanned(const QString &text) {
    m_message->clearMessage();
    forgetResident();
    BorrowerScan scan;
    if (!guarded([&] { scan = LoanRepository(m_ctx.store.database()).scanCard(text); })) {
        return;
    }
    if (!scan.found()) {
        // A device tag in the card box, an unknown card, an anonymised record: the core says which.
        m_message->showError(scan.message);
        DeskStyle::setProblem(m_card, true);
        m_card->readyForRescan();
        return;
    }
    std::optional<CheckOutAssessment> assessment;
    if (!guarded([&] {
            assessment = CheckOutAssessment::assess(m_ctx.store.database(), m_ctx.clock.today(), scan.card,
                                                    QString(), m_actor);
        })) {
        return;
    }
    DeskStyle::setProblem(m_card, false);
    m_residentCard = scan.card;
    m_card->setText(scan.card);
    showLastLoan(false);
    showResident(*assessment);
    m_clear->show();
    m_tag->clear();
    m_tag->setFocus(Qt::OtherFocusReason);
}

void CheckOutPanel::showResident(const CheckOutAssessment &assessment) {
    const Borrower &b = *assessment.borrower();
    QList<LoanRow> loans;
    guarded([&] { loans = LoanQueries(m_ctx.store.database(), m_actor).loansOf(b.id, m_ctx.clock.today()); });
    QStringList out;
    for (const LoanRow &loan : loans) {
        if (loan.status != QLatin1String("active")) {
            continue;
        }
        out.append(
            loan.daysOverdue > 0
                ? tr("%1 (%2), due %3 — days overdue: %4")
                      .arg(loan.deviceTag, loan.typeName, DisplayFormat::date(loan.dueOn))
                      .arg(loan.daysOverdue)
                : tr("%1 (%2), due %3").arg(loan.deviceTag, loan.typeName, DisplayFormat::date(loan.dueOn)));
    }
    QStringList lines;
    lines.append(tr("Library card %1 · Borrower category: %2")
                     .arg(b.card, DisplayFormat::borrowerCategory(b.category)));
    if (b.eligibilityCriterion.trimmed().isEmpty()) {
        lines.append(tr("Eligibility: not recorded"));
    } else if (b.referralOrg.trimmed().isEmpty()) {
        lines.append(tr("Eligibility: %1").arg(b.eligibilityCriterion));
    } else {
        lines.append(tr("Eligibility: %1 (referred by %2)").arg(b.eligibilityCriterion, b.referralOrg));
    }
    lines.append(out.isEmpty() ? tr("No devices on loan now.")
                               : tr("On loan now: %1").arg(out.join(QStringLiteral("; "))));
    m_residentName->setText(b.displayName());
    m_residentDetails->setText(lines.join(QLatin1Char('\n')));
    m_residentBox->setAccessibleDescription(
        QStringLiteral("%1. %2").arg(b.displayName(), lines.join(QStringLiteral(". "))));
    m_residentBox->show();

    // The warnings and notices that are about the resident show at once; "nothing scanned" for the tag
    // that has not been scanned yet is not news.
    QList<LoanIssue> issues;
    for (const LoanIssue &issue : assessment.issues().all()) {
        if (issue.code != LoanIssue::Code::NothingScanned) {
            issues.append(issue);
        }
    }
    m_issues->setIssues(issues);
}

void CheckOutPanel::tagScanned(const QString &text) {
    m_message->clearMessage();
    if (m_residentCard.isEmpty()) {
        m_message->showError(tr("Scan the resident's library card first."));
        m_card->readyForRescan();
        return;
    }
    forgetDevice();
    std::optional<CheckOutAssessment> assessment;
    if (!guarded([&] {
            assessment = CheckOutAssessment::assess(m_ctx.store.database(), m_ctx.clock.today(),
                                                    m_residentCard, text, m_actor);
        })) {
        return;
    }
    m_assessment = assessment;
    if (assessment->device()) {
        m_tag->setText(assessment->device()->tag);
    }
    showDevice(*assessment);
}

void CheckOutPanel::showDevice(const CheckOutAssessment &a) {
    m_issues->setIssues(a.issues().all());
    if (const std::optional<Device> &d = a.device()) {
        // Two short lines: what it is, then what it is worth and what goes with it.
        QStringList what;
        const QString makeModel = QStringList{d->make, d->model}.join(QLatin1Char(' ')).simplified();
        if (!makeModel.isEmpty()) {
            what.append(makeModel);
        }
        what.append(tr("serial number %1").arg(d->serial.isEmpty() ? tr("not recorded") : d->serial));
        what.append(d->branch.name);
        QStringList worth{tr("Replacement cost %1").arg(formatPence(a.replacementCostPence()))};
        if (d->isMifi()) {
            worth.append(d->simIccid.isEmpty() ? tr("no SIM recorded in this MiFi")
                                               : tr("SIM going with it: %1").arg(d->simIccid));
        }
        const QStringList details{what.join(QStringLiteral(" · ")), worth.join(QStringLiteral(" · "))};
        m_deviceTitle->setText(tr("%1 · %2").arg(d->tag, d->type.name));
        m_deviceDetails->setText(details.join(QLatin1Char('\n')));
        m_due->setText(a.dueOn().isValid() ? tr("Due back: %1").arg(DisplayFormat::date(a.dueOn()))
                                           : QString());
        m_due->setVisible(a.dueOn().isValid());
        m_kit->setItems(a.kit());
        // The kit is chosen only when the loan can go ahead here.
        const bool canGoAhead = !a.isBlocked() && (!a.needsOverride() || mayOverride());
        m_kit->setVisible(canGoAhead);
        m_kitLabel->setVisible(canGoAhead && !a.kit().isEmpty());
        m_deviceBox->show();
    }

    if (a.isBlocked()) {
        // Nothing can be done with this device for this resident: ready for another scan.
        DeskStyle::setProblem(m_tag, true);
        m_tag->readyForRescan();
        updateTabOrder();
        return;
    }
    DeskStyle::setProblem(m_tag, false);
    if (a.needsOverride() && !mayOverride()) {
        m_overrideNotAllowed->setText(
            tr("Only someone with the override permission (a coordinator) can lend with these warnings, "
               "giving a reason. Ask one to sign in at this desk (Ctrl+L), or press Esc to start again."));
        m_overrideNotAllowed->show();
        m_tag->readyForRescan();
        updateTabOrder();
        return;
    }
    m_overrideRow->setVisible(a.needsOverride());
    if (const std::optional<LoanTerms> &terms = a.terms()) {
        m_termsTitle->setText(tr("Loan agreement, version %1").arg(terms->termsVersion));
        m_terms->setPlainText(terms->body);
    }
    m_agreementBox->show();
    m_lend->show();
    updateTabOrder();
    (a.needsOverride() ? static_cast<QWidget *>(m_overrideReason) : m_declaration)
        ->setFocus(Qt::OtherFocusReason);
    reveal(m_agreementBox);
}

void CheckOutPanel::reveal(QWidget *widget) {
    // After the layout has placed what was just shown, so the scroll area knows where it is.
    QTimer::singleShot(0, this, [this, widget] { m_scroll->ensureWidgetVisible(widget); });
}

void CheckOutPanel::forgetDevice() {
    m_assessment.reset();
    m_deviceBox->hide();
    m_kit->setItems({});
    m_overrideRow->hide();
    m_overrideReason->clear();
    m_overrideNotAllowed->hide();
    m_agreementBox->hide();
    m_declaration->setChecked(false);
    m_signedName->clear();
    m_paper->setChecked(false);
    m_terms->clear();
    m_lend->hide();
    DeskStyle::setProblem(m_tag, false);
}

void CheckOutPanel::forgetResident() {
    forgetDevice();
    m_residentCard.clear();
    m_residentBox->hide();
    m_clear->hide(); // Esc still clears; the button is for mouse users once there is something to clear
    m_issues->clear();
    m_tag->clear();
}

void CheckOutPanel::paperToggled(bool onPaper) {
    m_declaration->setEnabled(!onPaper);
    m_signedName->setEnabled(!onPaper);
}

void CheckOutPanel::clearForm() {
    const bool formWasEmpty = m_card->text().isEmpty() && m_tag->text().isEmpty() && m_residentCard.isEmpty();
    m_message->clearMessage();
    forgetResident();
    m_card->clear();
    DeskStyle::setProblem(m_card, false);
    if (formWasEmpty) {
        showLastLoan(false);
    }
    m_card->setFocus(Qt::OtherFocusReason);
}

void CheckOutPanel::showLastLoan(bool visible) {
    m_lastLoan->setVisible(visible);
    if (!visible) {
        m_done->clearMessage();
    }
    updateTabOrder();
}

void CheckOutPanel::updateTabOrder() {
    QList<QWidget *> order{m_card, m_tag, m_print, m_savePdf, m_overrideReason};
    order += m_kit->boxes();
    order += {m_terms, m_declaration, m_signedName, m_paper, m_lend, m_clear};
    chainTabOrder(order);
}

void CheckOutPanel::lend() {
    m_message->clearMessage();
    if (m_residentCard.isEmpty()) {
        m_message->showError(tr("Scan the resident's library card first."));
        m_card->readyForRescan();
        return;
    }
    if (!m_assessment) {
        m_message->showError(tr("Scan the device's asset tag."));
        m_tag->readyForRescan();
        return;
    }
    const CheckOutAssessment &a = *m_assessment;
    const QString reason = m_overrideReason->text();
    // The same rules the command applies, asked first so the keyboard can be put where the fix is.
    if (std::optional<QString> refusal = a.refusal(m_actor, reason)) {
        m_message->showError(*refusal);
        if (!a.isBlocked() && mayOverride()) {
            m_overrideReason->setFocus(Qt::OtherFocusReason);
        } else {
            m_tag->readyForRescan();
        }
        return;
    }
    const LoanAgreement::Method method =
        m_paper->isChecked() ? LoanAgreement::Method::Paper : LoanAgreement::Method::Typed;
    if (std::optional<QString> problem =
            LoanAgreement::problem(method, m_signedName->text(), m_declaration->isChecked(), *a.borrower())) {
        m_message->showError(*problem);
        if (!m_declaration->isChecked()) {
            m_declaration->setFocus(Qt::OtherFocusReason);
        } else {
            m_signedName->setFocus(Qt::OtherFocusReason);
            m_signedName->selectAll();
        }
        return;
    }

    CheckOutRequest request;
    request.residentCard = m_residentCard;
    request.deviceTag = a.device()->tag;
    request.agreement = method;
    request.signedName =
        method == LoanAgreement::Method::Typed ? m_signedName->text().simplified() : QString();
    request.declarationAccepted = method == LoanAgreement::Method::Typed && m_declaration->isChecked();
    request.overrideReason = a.needsOverride() ? reason.simplified() : QString();
    request.kitOut = m_kit->ticked();
    const QStringList kitOut = *request.kitOut;
    const QString signedName = request.signedName;
    CheckOutCommand command(request);
    const CommandResult result = execute(command);
    if (!result.ok()) {
        // Refused (something changed since the scan) or the store failed: nothing was written.
        m_message->showError(result.message());
        return;
    }

    const CheckOutAssessment &saw = command.assessment();
    BranchLetterhead branch;
    guarded([&] { branch = BranchLetterheads::byId(m_ctx.store.database()).value(saw.device()->branch.id); });
    m_receipt =
        LoanReceipt::fromCheckOut(result.entityId(), saw, kitOut, method == LoanAgreement::Method::Paper,
                                  signedName, m_actor, m_ctx.clock.now(), branch);
    QStringList lines{tr("Lent %1 (%2) to %3, card %4. Due back %5.")
                          .arg(saw.device()->tag, saw.device()->type.name, saw.borrower()->displayName(),
                               saw.borrower()->card, DisplayFormat::date(saw.dueOn()))};
    lines += result.warnings();
    if (method == LoanAgreement::Method::Paper) {
        lines.append(tr("Print the receipt for the resident to sign, and keep the signed copy."));
    }
    forgetResident();
    m_card->clear();
    m_done->showInfo(lines.join(QLatin1Char('\n')));
    showLastLoan(true);
    emit loanMade();
    m_card->setFocus(Qt::OtherFocusReason);
    m_scroll->verticalScrollBar()->setValue(0);
}

bool CheckOutPanel::saveReceiptPdf(const QString &path, QString *error) {
    if (!m_receipt) {
        *error = tr("There is no loan receipt to save yet.");
        return false;
    }
    std::unique_ptr<QTextDocument> doc = m_receipt->document();
    return DocumentOutput::writePdf(*doc, path, m_receipt->title(), error);
}

void CheckOutPanel::printReceipt() {
    if (!m_receipt) {
        return;
    }
    std::unique_ptr<QTextDocument> doc = m_receipt->document();
    DocumentOutput::print(*doc, m_receipt->title(), this);
    activateWindow();
    m_card->setFocus(Qt::OtherFocusReason);
}

void CheckOutPanel::saveReceiptAs() {
    if (!m_receipt) {
        return;
    }
    const QString path =
        DocumentOutput::askPdfPath(this, tr("Save loan receipt as PDF"), m_receipt->suggestedFileName());
    activateWindow();
    if (!path.isEmpty()) {
        QString error;
        if (saveReceiptPdf(path, &error)) {
            m_message->showInfo(tr("Saved the receipt as %1.").arg(QDir::toNativeSeparators(path)));
        } else {
            m_message->showError(error);
        }
    }
    m_card->setFocus(Qt::OtherFocusReason);
}
