#include "RenewForm.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "FormField.h"
#include "IssueList.h"
#include "MessageBanner.h"
#include "commands/CommandResult.h"
#include "core/Clock.h"
#include "loans/LoanCommands.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RenewForm::RenewForm(DeskContext &ctx, Actor actor, QWidget *parent)
    : LoansPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("renewForm"));

    auto *heading = new QLabel(tr("Renew a loan"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.15));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("renewTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("renewDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_issues = new IssueList(QStringLiteral("renewIssues"), tr("Cannot renew:"), this);

    m_overrideRow = new QWidget(this);
    m_overrideReason = new FormField(QStringLiteral("renewOverrideReason"),
                                     tr("Override reason for the renewal"), m_overrideRow);
    m_overrideReason->setMaxLength(kMaxOverrideReasonLength);
    m_overrideReason->setPlaceholderText(tr("Why the warning is set aside (kept in the audit)"));
    auto *overrideLabel = new QLabel(tr("Override &reason"), m_overrideRow);
    overrideLabel->setBuddy(m_overrideReason);
    auto *overrideLayout = new QHBoxLayout(m_overrideRow);
    overrideLayout->setContentsMargins(0, 0, 0, 0);
    overrideLayout->addWidget(overrideLabel);
    overrideLayout->addWidget(m_overrideReason, 1);
    m_overrideNotAllowed = new QLabel(this);
    m_overrideNotAllowed->setObjectName(QStringLiteral("renewOverrideNotAllowed"));
    m_overrideNotAllowed->setWordWrap(true);
    m_overrideNotAllowed->setProperty("fieldProblem", true);
    m_overrideNotAllowed->setText(
        tr("Only someone with the override permission (a coordinator) can renew with these warnings, giving "
           "a reason."));

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("renewMessage"));

    m_renew = new QPushButton(tr("R&enew"), this);
    m_renew->setObjectName(QStringLiteral("renewButton"));
    m_renew->setAccessibleName(tr("Renew the loan"));
    m_renew->setToolTip(tr("Renew the loan (Enter)"));
    m_renew->setAutoDefault(true);
    m_cancel = new QPushButton(tr("Back to check-in"), this);
    m_cancel->setObjectName(QStringLiteral("cancelRenew"));
    m_cancel->setAccessibleName(tr("Back to check-in without renewing"));
    m_cancel->setToolTip(tr("Back to check-in without renewing (Esc)"));
    m_cancel->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_renew);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_issues);
    layout->addWidget(m_overrideRow);
    layout->addWidget(m_overrideNotAllowed);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_overrideReason, &QLineEdit::returnPressed, this, &RenewForm::confirm);
    connect(m_renew, &QPushButton::clicked, this, &RenewForm::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &RenewForm::cancelled);
    setTabOrder(m_overrideReason, m_renew);
    setTabOrder(m_renew, m_cancel);
    clear();
}

QWidget *RenewForm::focusTarget() const {
    if (m_overrideRow->isVisibleTo(this)) {
        return m_overrideReason;
    }
    return m_renew->isVisibleTo(this) ? m_renew : m_cancel;
}

void RenewForm::keyPressEvent(QKeyEvent *event) {
    if (isFormEnter(event)) {
        confirm();
        return;
    }
    LoansPanel::keyPressEvent(event);
}

void RenewForm::clear() {
    m_tag.clear();
    m_assessment.reset();
    m_title->clear();
    m_details->clear();
    m_issues->clear();
    m_overrideRow->hide();
    m_overrideReason->clear();
    m_overrideNotAllowed->hide();
    m_message->clearMessage();
    m_renew->hide();
}

bool RenewForm::assess(const QString &tag) {
    clear();
    std::optional<RenewAssessment> a;
    if (!guarded([&] { a = RenewAssessment::assess(m_ctx.store.database(), m_ctx.clock.today(), tag); })) {
        return false;
    }
    m_assessment = a;
    m_tag = a->device() ? a->device()->tag : tag;
    const QDate today = m_ctx.clock.today();
    if (a->device()) {
        m_title->setText(a->borrower() ? tr("%1 · %2, lent to %3 (card %4)")
                                             .arg(a->device()->tag, a->device()->type.name,
                                                  a->borrower()->displayName(), a->borrower()->card)
                                       : tr("%1 · %2").arg(a->device()->tag, a->device()->type.name));
    } else {
        m_title->setText(tag);
    }
    QStringList lines;
    if (const std::optional<Loan> &loan = a->loan()) {
        const qint64 late = loan->dueOn.daysTo(today);
        lines.append(
            late > 0 ? tr("Due now: %1 (days overdue: %2)").arg(DisplayFormat::date(loan->dueOn)).arg(late)
                     : tr("Due now: %1").arg(DisplayFormat::date(loan->dueOn)));
        if (a->newDueOn().isValid()) {
            lines.append(tr("Renewed, it will be due: %1").arg(DisplayFormat::date(a->newDueOn())));
        }
        if (const std::optional<LoanRule> &rule = a->rule()) {
            lines.append(tr("Renewals so far: %1 of %2").arg(loan->renewals).arg(rule->maxRenewals));
        }
    }
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_details->setVisible(!lines.isEmpty());
    m_issues->setIssues(a->issues().all());
    const bool warnings = !a->isBlocked() && a->issues().hasWarnings();
    const bool mayOverride = m_actor.can(Permission::LoanOverride);
    m_overrideRow->setVisible(warnings && mayOverride);
    m_overrideNotAllowed->setVisible(warnings && !mayOverride);
    m_renew->setVisible(!a->isBlocked() && (!warnings || mayOverride));
    return true;
}

void RenewForm::confirm() {
    m_message->clearMessage();
    if (!m_assessment) {
        return;
    }
    if (std::optional<QString> refusal = m_assessment->refusal(m_actor, m_overrideReason->text())) {
        m_message->showError(*refusal);
        focusTarget()->setFocus(Qt::OtherFocusReason);
        return;
    }
    RenewCommand command(
        {m_tag, m_assessment->issues().hasWarnings() ? m_overrideReason->text().simplified() : QString()});
    const CommandResult result = execute(command);
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    const RenewAssessment &saw = command.assessment();
    QStringList lines{
        tr("Renewed %1: now due back %2.").arg(saw.device()->tag, DisplayFormat::date(saw.newDueOn()))};
    lines += result.warnings();
    clear();
    emit renewed(lines.join(QLatin1Char('\n')));
}
