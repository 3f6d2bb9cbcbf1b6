#include "IssueDataOfferDialog.h"

#include "DeskStyle.h"
#include "FormFields.h"
#include "MessageBanner.h"
#include "StoreRead.h"
#include "commands/CommandBus.h"
#include "devices/ScanInput.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanRepository.h"
#include "store/Store.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

IssueDataOfferDialog::IssueDataOfferDialog(DeskContext &ctx, Actor actor, const QString &code,
                                           QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("issueDataDialog"));
    setWindowTitle(tr("Issue data to a resident"));
    auto *heading = new QLabel(tr("Issue a SIM or data voucher"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));
    auto *hint =
        new QLabel(tr("The offer ends the number of months after it was activated (or after today, while "
                      "the activation date is not known)."),
                   this);
    hint->setWordWrap(true);
    hint->setProperty("muted", true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("issueDataMessage"));

    auto *fields = new QWidget(this);
    auto *form = FormFields::form(fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_card = FormFields::line(fields, QStringLiteral("issueCard"), tr("Resident's library card"), 40);
    m_card->setPlaceholderText(tr("Scan the library card"));
    m_card->installEventFilter(this);
    m_resident = new QLabel(fields);
    m_resident->setObjectName(QStringLiteral("issueResident"));
    m_resident->setTextFormat(Qt::PlainText);
    m_resident->setWordWrap(true);
    m_code = FormFields::line(fields, QStringLiteral("issueCode"), tr("SIM ICCID or voucher code"), 48);
    m_code->setPlaceholderText(tr("Scan the SIM or type the voucher code"));
    m_code->setText(code);
    m_code->installEventFilter(this);
    m_activated = FormFields::line(fields, QStringLiteral("issueActivated"),
                                   tr("Activated on, day month year"), 10, 12);
    m_activated->setPlaceholderText(tr("DD/MM/YYYY, if known"));
    FormFields::addRow(form, tr("Library &card *"), m_card);
    form->addRow(QString(), m_resident);
    FormFields::addRow(form, tr("SIM or &voucher *"), m_code);
    FormFields::addRow(form, tr("&Activated on"), m_activated);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *issue = buttons->addButton(tr("&Issue"), QDialogButtonBox::AcceptRole);
    issue->setObjectName(QStringLiteral("issueButton"));
    issue->setAccessibleName(tr("Issue to the resident"));
    issue->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("issueCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IssueDataOfferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &IssueDataOfferDialog::reject);
    connect(m_card, &QLineEdit::editingFinished, this, &IssueDataOfferDialog::lookUpCard);
    connect(m_card, &QLineEdit::textEdited, this, [this] { m_resident->clear(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(fields);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_card->setFocus(Qt::OtherFocusReason);
}

bool IssueDataOfferDialog::eventFilter(QObject *watched, QEvent *event) {
    if ((watched == m_card || watched == m_code) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_card) {
                lookUpCard();
            }
            focusNextChild(); // a scanner's Enter moves on to the next code
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void IssueDataOfferDialog::lookUpCard() {
    const QString typed = m_card->text().trimmed();
    if (typed.isEmpty()) {
        m_resident->clear();
        return;
    }
    BorrowerScan scan;
    if (!StoreRead::run(m_message, [&] { scan = LoanRepository(m_ctx.store.database()).scanCard(typed); })) {
        return;
    }
    // Names only for people who may see every resident; others see that the card is known.
    const bool names = m_actor.can(Permission::ResidentViewAll);
    m_resident->setText(scan.found() ? (names ? tr("Resident: %1").arg(scan.borrower.displayName())
                                              : tr("Card %1 is known.").arg(scan.card))
                                     : scan.message);
    m_resident->setProperty("fieldProblem", !scan.found());
    m_resident->setProperty("muted", scan.found());
    DeskStyle::setProblem(m_card, !scan.found());
    m_resident->style()->unpolish(m_resident);
    m_resident->style()->polish(m_resident);
}

void IssueDataOfferDialog::accept() {
    bool dateOk = true;
    IssueDataOfferCommand::Details details;
    details.residentCard = FormFields::present(m_card->text());
    details.code = FormFields::present(ScanInput::normalise(m_code->text()));
    details.activatedOn = FormFields::parseDate(m_activated->text(), &dateOk);
    if (!dateOk) {
        m_message->showError(
            tr("Nothing was issued. Write the activation date as day/month/year, for example "
               "02/03/2026, or leave it blank."));
        m_activated->setFocus(Qt::OtherFocusReason);
        return;
    }
    IssueDataOfferCommand command(details);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedSummary = result.message();
    QDialog::accept();
}
