#include "PublishTermsDialog.h"

#include "DeskStyle.h"
#include "MessageBanner.h"
#include "commands/CommandBus.h"
#include "core/Clock.h"
#include "devices/FormFields.h"
#include "loans/LoanRuleCommands.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

PublishTermsDialog::PublishTermsDialog(DeskContext &ctx, Actor actor, const QString &currentText,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("publishTermsDialog"));
    setWindowTitle(tr("Publish new loan terms"));
    auto *heading = new QLabel(tr("Publish a new version of the loan terms"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    heading->setWordWrap(true);
    auto *hint =
        new QLabel(tr("Residents accept these terms at check-out. Loans already made keep the version "
                      "their borrower accepted. Ctrl+S publishes."),
                   this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("publishTermsMessage"));

    m_text = FormFields::text(this, QStringLiteral("termsEditor"), tr("Text of the new terms"), 10);
    m_text->setPlainText(currentText);
    auto *textLabel = new QLabel(tr("&Terms"), this);
    textLabel->setBuddy(m_text);
    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_from = FormFields::line(fields, QStringLiteral("termsEffectiveFrom"),
                              tr("In force from, day month year"), 10, 12);
    m_from->setText(FormFields::dateText(m_ctx.clock.today()));
    m_from->setToolTip(tr("Today or later"));
    FormFields::addRow(form, tr("In force &from"), m_from);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *publish = buttons->addButton(tr("&Publish"), QDialogButtonBox::AcceptRole);
    publish->setObjectName(QStringLiteral("termsPublishButton"));
    publish->setAccessibleName(tr("Publish the new terms"));
    publish->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("termsCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PublishTermsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PublishTermsDialog::reject);
    connect(new QShortcut(QKeySequence::Save, this), &QShortcut::activated, this,
            &PublishTermsDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(textLabel);
    layout->addWidget(m_text, 1);
    layout->addWidget(fields);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 90, fontMetrics().lineSpacing() * 26);
    m_text->setFocus(Qt::OtherFocusReason);
}

void PublishTermsDialog::accept() {
    bool ok = true;
    const QDate from = FormFields::parseDate(m_from->text(), &ok);
    if (!ok || !from.isValid()) {
        m_message->showError(
            tr("Nothing was published. Write the date the terms come into force as day/month/year, "
               "today or later."));
        m_from->setFocus(Qt::OtherFocusReason);
        return;
    }
    PublishLoanTermsCommand command(m_text->toPlainText(), from);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_version = command.termsVersion();
    m_savedSummary = result.message();
    QDialog::accept();
}
