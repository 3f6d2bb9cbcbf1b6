#include "ConflictReviewPanel.h"

#include "DataTable.h"
#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "devices/FormFields.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/LoanConflictCommands.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QString who(const ConflictLoanSide &side) {
    const QString card = side.residentCard.isEmpty()
                             ? QCoreApplication::translate("ConflictReviewPanel", "an unknown card")
                             : side.residentCard;
    return side.residentName.isEmpty() ? card : QStringLiteral("%1 (%2)").arg(side.residentName, card);
}

QString statusWords(const QString &status) {
    if (status == QLatin1String("active")) {
        return QCoreApplication::translate("ConflictReviewPanel", "on loan");
    }
    if (status == QLatin1String("closed")) {
        return QCoreApplication::translate("ConflictReviewPanel", "closed");
    }
    if (status == QLatin1String("returned")) {
        return QCoreApplication::translate("ConflictReviewPanel", "returned since");
    }
    if (status == QLatin1String("lost")) {
        return QCoreApplication::translate("ConflictReviewPanel", "marked lost since");
    }
    return QCoreApplication::translate("ConflictReviewPanel", "not held at this desk");
}

QString sideCell(const ConflictLoanSide &side) {
    QString text = who(side);
    if (side.checkedOutAt.isValid()) {
        text += QStringLiteral(", ") + DisplayFormat::dateTime(side.checkedOutAt);
    }
    return text;
}

QString sideSentence(const ConflictLoanSide &side) {
    QString text =
        QCoreApplication::translate("ConflictReviewPanel", "lent to %1").arg(who(side).toHtmlEscaped());
    if (!side.branchName.isEmpty()) {
        text +=
            QCoreApplication::translate("ConflictReviewPanel", " at %1").arg(side.branchName.toHtmlEscaped());
    }
    if (!side.lentBy.isEmpty()) {
        text += QCoreApplication::translate("ConflictReviewPanel", " by %1").arg(side.lentBy.toHtmlEscaped());
    }
    if (side.checkedOutAt.isValid()) {
        text += QCoreApplication::translate("ConflictReviewPanel", " on %1")
                    .arg(DisplayFormat::dateTime(side.checkedOutAt));
    }
    return text +
           QCoreApplication::translate("ConflictReviewPanel", " — now %1.").arg(statusWords(side.status));
}
} // namespace

ConflictReviewPanel::ConflictReviewPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("conflictsTab"));

    auto *intro = new QLabel(tr("These devices were lent at two desks while they were offline. The council's "
                                "record kept one loan and closed the other. Check who has the device, then "
                                "settle it with a reason for the record."),
                             this);
    intro->setWordWrap(true);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("conflictMessage"));

    m_model = new ReadOnlyTableModel(
        {tr("Device"), tr("Council's loan (kept)"), tr("Other desk's loan"), tr("Noticed")}, this);
    m_table =
        new DataTable(QStringLiteral("conflictTable"), tr("Loan conflicts waiting for a coordinator"), this);
    m_table->setModel(m_model);
    m_table->setEmptyText(tr("No loan conflicts wait for a coordinator."));
    auto *listLabel = new QLabel(tr("&Conflicts"), this);
    listLabel->setBuddy(m_table->view());

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("conflictDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reason = FormFields::line(this, QStringLiteral("conflictReason"), tr("Reason, for the record"),
                                ResolveLoanConflictCommand::kMaxReasonLength, 40);
    m_reason->setPlaceholderText(tr("For example: resident came in with the device"));
    m_keep = FormFields::button(this, tr("&Keep the council's loan"), QStringLiteral("conflictKeep"),
                                tr("Keep the council's loan: its resident has the device"));
    m_swap =
        FormFields::button(this, tr("The &other resident has it"), QStringLiteral("conflictSwap"),
                           tr("The other desk's resident has the device: make that loan the active one"));
    m_swapNote = new QLabel(this);
    m_swapNote->setObjectName(QStringLiteral("conflictSwapNote"));
    m_swapNote->setProperty("muted", true);
    m_swapNote->setWordWrap(true);

    auto *form = FormFields::form(nullptr);
    FormFields::addRow(form, tr("&Reason:"), m_reason);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keep);
    buttons->addWidget(m_swap);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addWidget(listLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_details);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_swapNote);

    setTabOrder(m_table->view(), m_reason);
    setTabOrder(m_reason, m_keep);
    setTabOrder(m_keep, m_swap);
    connect(m_table->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictReviewPanel::showCurrent);
    connect(m_keep, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(m_swap, &QPushButton::clicked, this, [this] { resolve(true); });
    refresh();
}

QWidget *ConflictReviewPanel::focusTarget() const {
    return m_table;
}

int ConflictReviewPanel::currentRow() const {
    const QModelIndex current = m_table->view()->currentIndex();
    return current.isValid() && current.row() < m_rows.size() ? current.row() : -1;
}

void ConflictReviewPanel::refresh() {
    const QString selected = currentRow() >= 0 ? m_rows.at(currentRow()).conflictId : QString();
    try {
        m_rows = SyncConflictQueries(m_ctx.store.database(), m_actor).unresolvedLoanConflicts();
    } catch (const StoreError &e) {
        m_message->showError(tr("The conflicts could not be read: %1").arg(e.message()));
        m_rows.clear();
    }
    QList<ReadOnlyTableModel::Row> rows;
    int reselect = 0;
    for (const LoanConflictRow &c : m_rows) {
        if (c.conflictId == selected) {
            reselect = int(rows.size());
        }
        const QString device =
            c.deviceType.isEmpty() ? c.deviceTag : tr("%1 (%2)").arg(c.deviceTag, c.deviceType);
        rows.append({{device, sideCell(c.kept), sideCell(c.other), DisplayFormat::dateTime(c.detectedAt)},
                     c.conflictId,
                     false,
                     {c.deviceTag, c.kept.checkedOutAt, c.other.checkedOutAt, c.detectedAt}});
    }
    m_model->setRows(rows);
    if (!m_rows.isEmpty()) {
        m_table->view()->setCurrentIndex(m_model->index(reselect, 0));
        m_table->view()->selectRow(reselect);
    }
    showCurrent();
    emit countChanged(int(m_rows.size()));
}

void ConflictReviewPanel::showCurrent() {
    const int row = currentRow();
    const bool have = row >= 0;
    m_reason->setEnabled(have);
    m_keep->setEnabled(have);
    if (!have) {
        m_details->clear();
        m_swap->setEnabled(false);
        m_swapNote->clear();
        return;
    }
    const LoanConflictRow &c = m_rows.at(row);
    QString details = tr("<b>%1</b> was lent twice.").arg(c.deviceTag.toHtmlEscaped());
    details += QStringLiteral("<br>") + tr("Council's record (kept): %1").arg(sideSentence(c.kept));
    details += QStringLiteral("<br>") + tr("Other desk: %1").arg(sideSentence(c.other));
    if (!c.reason.isEmpty()) {
        details +=
            QStringLiteral("<br>") + tr("Why the other loan was not taken: %1").arg(c.reason.toHtmlEscaped());
    }
    m_details->setText(details);
    m_swap->setEnabled(c.canSwap());
    m_swapNote->setText(c.canSwap() ? QString()
                                    : tr("The council's loan is no longer on loan, so the other loan cannot "
                                         "take its place: check the device in and lend it again if needed."));
}

void ConflictReviewPanel::resolve(bool swap) {
    const int row = currentRow();
    if (row < 0) {
        m_message->showError(tr("Choose a conflict in the list first."));
        m_table->setFocus();
        return;
    }
    const LoanConflictRow c = m_rows.at(row);
    ResolveLoanConflictCommand command(c.conflictId,
                                       swap ? ResolveLoanConflictCommand::Choice::Swap
                                            : ResolveLoanConflictCommand::Choice::Keep,
                                       m_reason->text());
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    if (!result.ok()) {
        m_message->showError(result.message());
        DeskStyle::setProblem(m_reason, m_reason->text().simplified().isEmpty());
        m_reason->setFocus();
        return;
    }
    DeskStyle::setProblem(m_reason, false);
    m_reason->clear();
    m_message->showInfo(
        swap ? tr("%1: %2 now has the device on loan.").arg(c.deviceTag, who(c.other))
             : tr("%1: %2 keeps the device; the other loan stays closed.").arg(c.deviceTag, who(c.kept)));
    refresh();
    m_table->setFocus();
}
