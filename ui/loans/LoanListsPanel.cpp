#include "LoanListsPanel.h"

#include "DataTable.h"
#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "DocumentOutput.h"
#include "MessageBanner.h"
#include "SortedTable.h"
#include "core/Clock.h"
#include "store/Store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
// Loan list columns.
enum LoanColumn { LDevice, LType, LCard, LResident, LBranch, LLentOn, LDue, LDaysOverdue, LStatus };
enum DeviceColumn { DTag, DType, DMakeModel, DSerial, DBranch, DNotes };
enum WaitingColumn { WPlace, WStatus, WResident, WCard, WType, WBranch, WRequested, WOffered };
enum OfferColumn { OCode, OKind, ONetwork, OGb, OResident, OCard, OBranch, OExpires, ODaysLeft };

constexpr int kAsListed = -1;

using List = LoanListsPanel::List;
} // namespace

LoanListsPanel::LoanListsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : LoansPanel(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("loanListsPanel"));

    m_chooser = new QListWidget(this);
    m_chooser->setObjectName(QStringLiteral("loanListChooser"));
    m_chooser->setAccessibleName(tr("Which list"));
    m_chooser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chooser->setStyleSheet(QStringLiteral("QListWidget::item { padding: 3px 4px; }"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("loanListStack"));

    const QStringList loanHeaders{tr("Device"),  tr("Type"), tr("Card"),      tr("Resident"), tr("Branch"),
                                  tr("Lent on"), tr("Due"),  tr("Days late"), tr("Status")};
    const QStringList deviceHeaders{tr("Tag"),    tr("Type"),   tr("Make and model"),
                                    tr("Serial"), tr("Branch"), tr("Notes")};
    addList(List::OnLoan, QStringLiteral("activeLoans"), tr("Devices on loan"), loanHeaders);
    addList(List::DueToday, QStringLiteral("dueTodayLoans"), tr("Loans due today"), loanHeaders);
    addList(List::Overdue, QStringLiteral("overdueLoans"), tr("Overdue loans"),
            // Every row here is overdue, so its last column says how the reminder goes instead.
            loanHeaders.mid(0, LStatus) + QStringList{tr("Reminder")});
    addList(List::AwaitingWipe, QStringLiteral("awaitingWipeDevices"), tr("Devices awaiting wipe"),
            deviceHeaders);
    addList(List::InRepair, QStringLiteral("inRepairDevices"), tr("Devices in repair"), deviceHeaders);
    addList(List::WaitingList, QStringLiteral("waitingList"), tr("Waiting list"),
            {tr("Place"), tr("Status"), tr("Resident"), tr("Card"), tr("Type"), tr("Branch"), tr("Asked on"),
             tr("Kept device")});
    addList(List::DataOffers, QStringLiteral("expiringDataOffers"), tr("Data offers ending within 14 days"),
            {tr("SIM or voucher"), tr("Kind"), tr("Network"), tr("GB a month"), tr("Resident"), tr("Card"),
             tr("Branch"), tr("Ends on"), tr("Days left")});
    for (List l : {List::OnLoan, List::DueToday, List::Overdue}) {
        m_tables.value(l)->setNumericColumns({LDaysOverdue});
    }
    m_tables.value(List::WaitingList)->setNumericColumns({WPlace});
    m_tables.value(List::DataOffers)->setNumericColumns({OGb, ODaysLeft});
    m_tables.value(List::OnLoan)->setEmptyText(tr("No devices are out on loan."));
    m_tables.value(List::DueToday)->setEmptyText(tr("No loans are due back today."));
    m_tables.value(List::Overdue)->setEmptyText(tr("No loans are overdue."));
    m_tables.value(List::AwaitingWipe)->setEmptyText(tr("No devices are waiting to be wiped."));
    m_tables.value(List::InRepair)->setEmptyText(tr("No devices are in repair."));
    m_tables.value(List::WaitingList)->setEmptyText(tr("Nobody is waiting for a device."));
    m_tables.value(List::DataOffers)->setEmptyText(tr("No SIMs or data vouchers end in the next 14 days."));

    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("loanListBranch"));
    m_branch->setAccessibleName(tr("Branch shown in the lists"));
    auto *branchLabel = new QLabel(tr("&Branch"), this);
    branchLabel->setBuddy(m_branch);
    m_sortBy = new QComboBox(this);
    m_sortBy->setObjectName(QStringLiteral("loanListSort"));
    m_sortBy->setAccessibleName(tr("Sort the list by"));
    auto *sortLabel = new QLabel(tr("Sort b&y"), this);
    sortLabel->setBuddy(m_sortBy);
    // As wide as the left column (set below) rather than the longest branch name.
    for (QComboBox *box : {m_branch, m_sortBy}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_descending = new QCheckBox(tr("Re&verse order"), this);
    m_descending->setObjectName(QStringLiteral("loanListDescending"));
    m_descending->setAccessibleName(tr("Sort in reverse order"));

    m_renew = new QPushButton(tr("&Renew…"), this);
    m_renew->setObjectName(QStringLiteral("renewFromList"));
    m_renew->setAccessibleName(tr("Renew the selected loan"));
    m_renew->setToolTip(tr("Renew the selected loan (Ctrl+R, or Enter on the row)"));
    m_exportCsv = new QPushButton(tr("Export &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportOverdueCsv"));
    m_exportCsv->setAccessibleName(tr("Export the overdue loans as a CSV file"));
    m_printLetters = new QPushButton(tr("&Print reminder letters…"), this);
    m_printLetters->setObjectName(QStringLiteral("printReminderLetters"));
    m_printLetters->setAccessibleName(tr("Print reminder letters for overdue loans"));
    m_printLetters->setToolTip(tr("Print reminder letters (Ctrl+P)"));
    m_saveLetters = new QPushButton(tr("Save letters as PD&F…"), this);
    m_saveLetters->setObjectName(QStringLiteral("saveReminderLetters"));
    m_saveLetters->setAccessibleName(tr("Save the reminder letters as a PDF file"));
    for (QPushButton *b : {m_renew, m_exportCsv, m_printLetters, m_saveLetters}) {
        b->setAutoDefault(true);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("loanSummary"));
    m_summary->setProperty("muted", true);
    m_summary->setWordWrap(true);
    m_notPosted = new QLabel(this);
    m_notPosted->setObjectName(QStringLiteral("noPostalConsent"));
    m_notPosted->setTextFormat(Qt::PlainText);
    m_notPosted->setWordWrap(true);
    m_outcome = new MessageBanner(this);
    m_outcome->setObjectName(QStringLiteral("loanListMessage"));

    // Left: which list, and what can be done with it. Right: the list, sortable.
    // Left: which list, how it is sorted, and what can be done with it. Right: the list itself, so it
    // keeps the width it needs at a large text size.
    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(branchLabel);
    left->addWidget(m_branch);
    left->addSpacing(6);
    left->addWidget(m_chooser, 1);
    left->addSpacing(6);
    left->addWidget(sortLabel);
    left->addWidget(m_sortBy);
    left->addWidget(m_descending);
    left->addSpacing(6);
    left->addWidget(m_renew);
    left->addWidget(m_exportCsv);
    left->addWidget(m_printLetters);
    left->addWidget(m_saveLetters);
    left->addWidget(m_summary);

    auto *right = new QVBoxLayout;
    right->setSpacing(8);
    right->addWidget(m_outcome);
    right->addWidget(m_stack, 1);
    right->addWidget(m_notPosted);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    // The left column is as wide as its longest entry (a list title with a count, or a button) at any
    // text size, never more.
    int widest = 0;
    for (List l : m_tables.keys()) {
        widest = qMax(
            widest, m_chooser->fontMetrics().horizontalAdvance(QStringLiteral("%1 (000)").arg(listTitle(l))) +
                        m_chooser->fontMetrics().averageCharWidth() * 4);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_renew, m_exportCsv, m_printLetters, m_saveLetters,
                                                       m_descending}) {
        widest = qMax(widest, w->sizeHint().width());
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_chooser, m_branch, m_sortBy}) {
        w->setFixedWidth(widest);
    }
    m_summary->setMaximumWidth(widest);

    QList<QWidget *> order{m_branch, m_chooser, m_sortBy, m_descending};
    for (SortedTable *t : m_tables) {
        order.append(t->view());
    }
    order += {m_renew, m_exportCsv, m_printLetters, m_saveLetters};
    chainTabOrder(order);

    auto *renew = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_R), this);
    renew->setContext(Qt::WidgetWithChildrenShortcut);
    connect(renew, &QShortcut::activated, this, &LoanListsPanel::renewSelected);
    auto *print = new QShortcut(QKeySequence::Print, this);
    print->setContext(Qt::WidgetWithChildrenShortcut);
    connect(print, &QShortcut::activated, this, [this] {
        if (currentList() == List::Overdue) {
            printReminders();
        }
    });

    connect(m_chooser, &QListWidget::currentRowChanged, this, &LoanListsPanel::listChosen);
    connect(m_branch, &QComboBox::currentIndexChanged, this, &LoanListsPanel::refresh);
    connect(m_sortBy, &QComboBox::currentIndexChanged, this, &LoanListsPanel::applySortControls);
    connect(m_descending, &QCheckBox::toggled, this, &LoanListsPanel::applySortControls);
    connect(m_renew, &QPushButton::clicked, this, &LoanListsPanel::renewSelected);
    connect(m_exportCsv, &QPushButton::clicked, this, &LoanListsPanel::exportCsvAs);
    connect(m_printLetters, &QPushButton::clicked, this, &LoanListsPanel::printReminders);
    connect(m_saveLetters, &QPushButton::clicked, this, &LoanListsPanel::saveRemindersAs);

    m_chooser->setCurrentRow(0);
}

SortedTable *LoanListsPanel::addList(List list, const QString &objectName, const QString &accessibleName,
                                     const QStringList &headers) {
    auto *table = new SortedTable(objectName, accessibleName, headers, m_stack);
    m_tables.insert(list, table);
    m_stack->addWidget(table);
    auto *item = new QListWidgetItem(listTitle(list), m_chooser);
    item->setData(Qt::UserRole, int(list));
    // Natural order first ("as listed": soonest due, first in line); the person may sort otherwise.
    table->sortBy(kAsListed, Qt::AscendingOrder);
    connect(table, &SortedTable::sortChanged, this, [this, table] {
        if (table == m_stack->currentWidget()) {
            syncSortControls();
        }
    });
    connect(table, &SortedTable::activated, this, [this, list](const QString &key) {
        if (isLoanList(list)) {
            emit renewRequested(key);
        } else if (list == List::AwaitingWipe && m_actor.can(Permission::WipeRecord)) {
            emit wipeRequested(key);
        }
    });
    return table;
}

QString LoanListsPanel::listTitle(List list) const {
    switch (list) {
    case List::OnLoan:
        return tr("On loan");
    case List::DueToday:
        return tr("Due today");
    case List::Overdue:
        return tr("Overdue");
    case List::AwaitingWipe:
        return tr("Awaiting wipe");
    case List::InRepair:
        return tr("In repair");
    case List::WaitingList:
        return tr("Waiting list");
    case List::DataOffers:
        return tr("Data ending soon");
    }
    return {};
}

QString LoanListsPanel::branchName(const QString &code) const {
    for (const BranchLetterhead &b : m_branches) {
        if (b.code == code) {
            return b.name;
        }
    }
    return code;
}

bool LoanListsPanel::isLoanList(List list) const {
    return list == List::OnLoan || list == List::DueToday || list == List::Overdue;
}

QWidget *LoanListsPanel::focusTarget() const {
    return m_chooser;
}

LoanListsPanel::List LoanListsPanel::currentList() const {
    const QListWidgetItem *item = m_chooser->currentItem();
    return item ? List(item->data(Qt::UserRole).toInt()) : List::OnLoan;
}

void LoanListsPanel::showList(List list) {
    for (int row = 0; row < m_chooser->count(); ++row) {
        if (m_chooser->item(row)->data(Qt::UserRole).toInt() == int(list)) {
            m_chooser->setCurrentRow(row);
            return;
        }
    }
}

void LoanListsPanel::listChosen() {
    m_stack->setCurrentWidget(m_tables.value(currentList()));
    m_outcome->clearMessage();
    syncSortControls();
    updateActions();
}

void LoanListsPanel::syncSortControls() {
    SortedTable *table = m_tables.value(currentList());
    m_syncingSort = true;
    m_sortBy->clear();
    m_sortBy->addItem(tr("As listed"), kAsListed);
    const QStringList headers = table->headers();
    for (int c = 0; c < headers.size(); ++c) {
        m_sortBy->addItem(headers.at(c), c);
    }
    const int column = table->sortColumn();
    m_sortBy->setCurrentIndex(
        qMax(0, m_sortBy->findData(column >= 0 && column < headers.size() ? column : kAsListed)));
    m_descending->setChecked(column >= 0 && table->sortOrder() == Qt::DescendingOrder);
    m_syncingSort = false;
}

void LoanListsPanel::applySortControls() {
    if (m_syncingSort) {
        return;
    }
    m_tables.value(currentList())
        ->sortBy(m_sortBy->currentData().toInt(),
                 m_descending->isChecked() ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void LoanListsPanel::updateActions() {
    const List list = currentList();
    const bool overdue = list == List::Overdue;
    m_renew->setVisible(isLoanList(list));
    m_renew->setEnabled(m_tables.value(list)->rowCount() > 0);
    m_exportCsv->setVisible(overdue);
    m_printLetters->setVisible(overdue);
    m_saveLetters->setVisible(overdue);
    m_exportCsv->setEnabled(!m_overdue.isEmpty());
    const ReminderLetters letters = reminderLetters();
    m_printLetters->setEnabled(!letters.isEmpty());
    m_saveLetters->setEnabled(!letters.isEmpty());
    QStringList skippedNoConsent;
    QStringList skippedNoAddress;
    for (const ReminderLetters::Skipped &s : letters.skipped()) {
        const QString who =
            s.residentName.isEmpty() ? s.residentCard : tr("%1 (%2)").arg(s.residentName, s.residentCard);
        const QString line =
            s.consentPhone && !s.phone.isEmpty() ? tr("%1, may be phoned on %2").arg(who, s.phone) : who;
        (s.noConsent ? skippedNoConsent : skippedNoAddress).append(line);
    }
    QStringList notes;
    if (!skippedNoConsent.isEmpty()) {
        notes.append(
            tr("No letter — no postal consent: %1.").arg(skippedNoConsent.join(QStringLiteral("; "))));
    }
    if (!skippedNoAddress.isEmpty()) {
        notes.append(
            tr("No letter — no address on record: %1.").arg(skippedNoAddress.join(QStringLiteral("; "))));
    }
    m_notPosted->setText(notes.join(QLatin1Char('\n')));
    m_notPosted->setVisible(overdue && !notes.isEmpty());
}

QString LoanListsPanel::branchFilter() const {
    return m_branch->currentData().toString();
}

void LoanListsPanel::refresh() {
    const QDate today = m_ctx.clock.today();
    QList<LoanRow> active;
    QList<LoanRow> due;
    QList<Device> wipe;
    QList<Device> repair;
    QList<ReservationRow> waiting;
    QList<DataOfferRow> offers;
    QHash<QString, BranchLetterhead> branches;
    const bool read = guarded([&] {
        const LoanQueries q(m_ctx.store.database(), m_actor);
        branches = BranchLetterheads::byId(m_ctx.store.database());
        // Fill the branch choice once; the filter applies to every list below.
        if (m_branch->count() == 0) {
            QList<BranchLetterhead> sorted = branches.values();
            std::sort(sorted.begin(), sorted.end(),
                      [](const BranchLetterhead &a, const BranchLetterhead &b) { return a.name < b.name; });
            const QSignalBlocker block(m_branch);
            m_branch->addItem(tr("All branches"), QString());
            for (const BranchLetterhead &b : sorted) {
                m_branch->addItem(b.name, b.id);
            }
        }
        const QString branch = branchFilter();
        active = q.activeLoans(today, branch);
        due = q.dueOn(today, branch);
        m_overdue = q.overdue(today, branch);
        wipe = q.awaitingWipe(branch);
        repair = q.inRepair(branch);
        waiting = q.waitingList(branch);
        offers = q.dataOffersExpiring(today, 14);
    });
    if (!read) {
        return;
    }
    m_branches = branches;
    setLoanRows(List::OnLoan, active);
    setLoanRows(List::DueToday, due);
    setLoanRows(List::Overdue, m_overdue);
    setDeviceRows(List::AwaitingWipe, wipe);
    setDeviceRows(List::InRepair, repair);

    QList<ReadOnlyTableModel::Row> rows;
    for (const ReservationRow &r : waiting) {
        const bool offered = r.status == QLatin1String("offered");
        rows.append({{offered ? QString() : QString::number(r.place),
                      offered ? tr("Device kept for them") : tr("Waiting"), r.residentName, r.residentCard,
                      r.typeName, branchName(r.branchCode),
                      DisplayFormat::date(r.requestedAt.toLocalTime().date()), r.offeredDeviceTag},
                     r.offeredDeviceTag,
                     false,
                     {offered ? 0 : r.place, {}, {}, {}, {}, {}, r.requestedAt, {}}});
    }
    m_tables.value(List::WaitingList)->setRows(rows);
    m_counts.insert(List::WaitingList, int(rows.size()));

    rows.clear();
    QString branchCode;
    if (!branchFilter().isEmpty()) {
        branchCode = m_branches.value(branchFilter()).code;
    }
    for (const DataOfferRow &o : offers) {
        if (!branchCode.isEmpty() && o.branchCode != branchCode) {
            continue;
        }
        rows.append({{o.code, o.kind == QLatin1String("sim") ? tr("SIM") : tr("Voucher"), o.network,
                      QString::number(o.gbPerMonth), o.residentName, o.residentCard, branchName(o.branchCode),
                      DisplayFormat::date(o.expiresOn), QString::number(o.daysLeft)},
                     o.code,
                     o.daysLeft <= 3,
                     {{}, {}, {}, o.gbPerMonth, {}, {}, {}, o.expiresOn, o.daysLeft}});
    }
    m_tables.value(List::DataOffers)->setRows(rows);
    m_counts.insert(List::DataOffers, int(rows.size()));

    for (int row = 0; row < m_chooser->count(); ++row) {
        QListWidgetItem *item = m_chooser->item(row);
        const auto list = List(item->data(Qt::UserRole).toInt());
        item->setText(tr("%1 (%2)").arg(listTitle(list)).arg(m_counts.value(list)));
    }
    m_summary->setText(tr("Active loans: %1 · Overdue: %2").arg(active.size()).arg(m_overdue.size()));
    updateActions();
}

void LoanListsPanel::setLoanRows(List list, const QList<LoanRow> &loans) {
    const QDate today = m_ctx.clock.today();
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(loans.size());
    for (const LoanRow &l : loans) {
        const qint64 days = today.daysTo(l.dueOn);
        QString status;
        if (l.daysOverdue > 0) {
            status = tr("Overdue");
        } else if (days == 0) {
            status = tr("Due today");
        } else if (days <= 7) {
            status = tr("Due this week");
        } else {
            status = tr("On loan");
        }
        ReadOnlyTableModel::Row row{
            {l.deviceTag, l.typeName, l.residentCard, l.residentName, branchName(l.branchCode),
             DisplayFormat::date(l.checkedOutAt.toLocalTime().date()), DisplayFormat::date(l.dueOn),
             l.daysOverdue > 0 ? QString::number(l.daysOverdue) : QString(), status},
            l.deviceTag,
            l.daysOverdue > 0,
            {{}, {}, {}, {}, {}, l.checkedOutAt, l.dueOn, l.daysOverdue, {}}};
        if (list == List::Overdue) {
            row.cells[LStatus] = !l.consentPost                  ? tr("No postal consent")
                                 : l.address.trimmed().isEmpty() ? tr("No address")
                                                                 : tr("Letter");
        }
        rows.append(row);
    }
    m_tables.value(list)->setRows(rows);
    m_counts.insert(list, int(rows.size()));
}

void LoanListsPanel::setDeviceRows(List list, const QList<Device> &devices) {
    QList<ReadOnlyTableModel::Row> rows;
    rows.reserve(devices.size());
    for (const Device &d : devices) {
        rows.append({{d.tag, d.type.name, QStringList{d.make, d.model}.join(QLatin1Char(' ')).simplified(),
                      d.serial, d.branch.name, d.notes},
                     d.tag,
                     false});
    }
    m_tables.value(list)->setRows(rows);
    m_counts.insert(list, int(rows.size()));
}

void LoanListsPanel::renewSelected() {
    if (!isLoanList(currentList())) {
        return;
    }
    const QString tag = m_tables.value(currentList())->currentKey();
    if (tag.isEmpty()) {
        m_outcome->showError(tr("Choose a loan in the list first."));
        return;
    }
    emit renewRequested(tag);
}

bool LoanListsPanel::exportOverdueCsv(const QString &path, QString *error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The byte-order mark tells Excel the file is UTF-8, so names with accents open as typed.
    file.write(QByteArrayLiteral("\xEF\xBB\xBF"));
    file.write(LoanQueries::loansCsv(m_overdue).toUtf8());
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

ReminderLetters LoanListsPanel::reminderLetters() const {
    return ReminderLetters::build(m_overdue, m_branches, m_ctx.clock.today());
}

bool LoanListsPanel::saveRemindersPdf(const QString &path, QString *error) {
    const ReminderLetters letters = reminderLetters();
    if (letters.isEmpty()) {
        *error = tr("There are no reminder letters to make: nobody with an overdue loan agreed to post.");
        return false;
    }
    std::unique_ptr<QTextDocument> doc = letters.document();
    return DocumentOutput::writePdf(*doc, path, tr("Overdue loan reminders"), error);
}

void LoanListsPanel::exportCsvAs() {
    const QString path = DocumentOutput::askCsvPath(
        this, tr("Export overdue loans"),
        QStringLiteral("overdue-loans-%1.csv").arg(m_ctx.clock.today().toString(Qt::ISODate)));
    activateWindow();
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (exportOverdueCsv(path, &error)) {
        m_outcome->showInfo(tr("Saved the overdue loans (%1) to %2.")
                                .arg(m_overdue.size())
                                .arg(QDir::toNativeSeparators(path)));
    } else {
        m_outcome->showError(error);
    }
}

void LoanListsPanel::printReminders() {
    const ReminderLetters letters = reminderLetters();
    if (letters.isEmpty()) {
        m_outcome->showError(
            tr("There are no reminder letters to print: nobody with an overdue loan agreed to post."));
        return;
    }
    std::unique_ptr<QTextDocument> doc = letters.document();
    if (DocumentOutput::print(*doc, tr("Overdue loan reminders"), this)) {
        m_outcome->showInfo(tr("Reminder letters sent to the printer: %1.").arg(letters.letters().size()));
    }
    activateWindow();
}

void LoanListsPanel::saveRemindersAs() {
    const QString path = DocumentOutput::askPdfPath(
        this, tr("Save reminder letters as PDF"),
        QStringLiteral("overdue-reminders-%1.pdf").arg(m_ctx.clock.today().toString(Qt::ISODate)));
    activateWindow();
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (saveRemindersPdf(path, &error)) {
        m_outcome->showInfo(tr("Saved the reminder letters as %1.").arg(QDir::toNativeSeparators(path)));
    } else {
        m_outcome->showError(error);
    }
}
