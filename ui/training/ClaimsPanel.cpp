#include "ClaimsPanel.h"

#include "DataTable.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "devices/StoreRead.h"
#include "store/Store.h"
#include "training/ClaimCommands.h"
#include "training/TrainingQueries.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString statusWord(const QString &status) {
    return status == QLatin1String("draft") ? QCoreApplication::translate("ClaimsPanel", "Draft")
           : status == QLatin1String("submitted")
               ? QCoreApplication::translate("ClaimsPanel", "Submitted")
               : QCoreApplication::translate("ClaimsPanel", "Certificated");
}
} // namespace

ClaimsPanel::ClaimsPanel(DeskContext &ctx, Actor actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("claimsPanel"));
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("claimsMessage"));
    m_claimableModel =
        new ReadOnlyTableModel({tr("Volunteer"), tr("Unit"), tr("Title"), tr("Achieved")}, this);
    m_claimable = new DataTable(QStringLiteral("claimableUnits"), tr("Verified units not yet claimed"), this);
    m_claimable->setModel(m_claimableModel);
    m_claimable->setEmptyText(tr("No verified units are waiting to be claimed."));
    m_claimsModel = new ReadOnlyTableModel(
        {tr("Reference"), tr("Status"), tr("Units"), tr("Started"), tr("Submitted"), tr("Certificated")},
        this);
    m_claimsModel->setNumericColumns({2});
    m_claims = new DataTable(QStringLiteral("claimsTable"), tr("Claims"), this);
    m_claims->setModel(m_claimsModel);
    m_claims->setEmptyText(tr("No claims yet."));
    m_itemsModel =
        new ReadOnlyTableModel({tr("Volunteer"), tr("Unit"), tr("Title"), tr("Certificate")}, this);
    m_items = new DataTable(QStringLiteral("claimItems"), tr("Units in the chosen claim"), this);
    m_items->setModel(m_itemsModel);
    m_items->setEmptyText(tr("Choose a claim to see its units."));

    m_create = new QPushButton(tr("&New claim from these units"), this);
    m_create->setObjectName(QStringLiteral("createClaim"));
    m_create->setAccessibleName(tr("Start a claim with every verified unit not yet claimed"));
    m_submit = new QPushButton(tr("S&ubmit claim"), this);
    m_submit->setObjectName(QStringLiteral("submitClaim"));
    m_submit->setAccessibleName(tr("Submit the chosen draft claim"));
    m_certificates = new QPushButton(tr("&Record certificates…"), this);
    m_certificates->setObjectName(QStringLiteral("recordCertificates"));
    m_certificates->setAccessibleName(tr("Record the certificate numbers of the chosen claim"));

    auto *claimableRow = new QHBoxLayout;
    claimableRow->addWidget(new QLabel(tr("Ready to claim:"), this));
    claimableRow->addStretch(1);
    claimableRow->addWidget(m_create);
    auto *claimsRow = new QHBoxLayout;
    claimsRow->addWidget(new QLabel(tr("Claims:"), this));
    claimsRow->addStretch(1);
    claimsRow->addWidget(m_submit);
    claimsRow->addWidget(m_certificates);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(m_message);
    layout->addLayout(claimableRow);
    layout->addWidget(m_claimable, 2);
    layout->addLayout(claimsRow);
    layout->addWidget(m_claims, 2);
    layout->addWidget(m_items, 2);

    connect(m_create, &QPushButton::clicked, this, &ClaimsPanel::createClaim);
    connect(m_submit, &QPushButton::clicked, this, &ClaimsPanel::submitClaim);
    connect(m_certificates, &QPushButton::clicked, this, &ClaimsPanel::recordCertificates);
    connect(m_claims->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ClaimsPanel::showItems);
}

QWidget *ClaimsPanel::focusTarget() const {
    return m_claims->view();
}

void ClaimsPanel::refresh() {
    QList<ClaimableRow> claimable;
    QList<ClaimRow> claims;
    StoreRead::run(m_message, [&] {
        const TrainingQueries q(m_ctx.store.database());
        claimable = q.claimable(m_actor);
        claims = q.claims(m_actor);
    });
    QList<ReadOnlyTableModel::Row> rows;
    for (const ClaimableRow &c : claimable) {
        rows.append({{c.volunteerName, c.unitCode, c.unitTitle, DisplayFormat::date(c.achievedOn)},
                     c.volunteerId + QLatin1Char('/') + c.unitId,
                     false,
                     {c.volunteerName, c.unitCode, c.unitTitle, c.achievedOn}});
    }
    m_claimableModel->setRows(rows);
    m_create->setEnabled(!claimable.isEmpty());
    const QString keep = currentClaim();
    rows.clear();
    int keepRow = -1;
    for (const ClaimRow &c : claims) {
        if (c.id == keep) {
            keepRow = int(rows.size());
        }
        rows.append({{c.reference, statusWord(c.status), QString::number(c.items),
                      DisplayFormat::dateTime(c.createdAt),
                      c.submittedAt.isValid() ? DisplayFormat::dateTime(c.submittedAt) : QString(),
                      c.certificatedAt.isValid() ? DisplayFormat::dateTime(c.certificatedAt) : QString()},
                     c.id,
                     c.status == QLatin1String("draft"),
                     {c.reference, c.status, c.items, c.createdAt, c.submittedAt, c.certificatedAt}});
    }
    m_claimsModel->setRows(rows);
    if (!rows.isEmpty()) {
        m_claims->view()->setCurrentIndex(m_claimsModel->index(keepRow >= 0 ? keepRow : 0, 0));
    }
    m_claimable->fitColumns();
    m_claims->fitColumns();
    showItems();
}

QString ClaimsPanel::currentClaim() const {
    const QModelIndex current = m_claims->view()->currentIndex();
    return current.isValid() && current.row() < m_claimsModel->rowCount()
               ? m_claimsModel->row(current.row()).key
               : QString();
}

void ClaimsPanel::showItems() {
    const QString claim = currentClaim();
    QList<ClaimItemRow> items;
    if (!claim.isEmpty()) {
        StoreRead::run(m_message,
                       [&] { items = TrainingQueries(m_ctx.store.database()).claimItems(claim, m_actor); });
    }
    QList<ReadOnlyTableModel::Row> rows;
    for (const ClaimItemRow &i : items) {
        rows.append({{i.volunteerName, i.unitCode, i.unitTitle, i.certificateNumber}, i.id, false});
    }
    m_itemsModel->setRows(rows);
    m_items->fitColumns();
}

void ClaimsPanel::createClaim() {
    QList<ClaimLine> lines;
    for (int i = 0; i < m_claimableModel->rowCount(); ++i) {
        const QStringList key = m_claimableModel->row(i).key.split(QLatin1Char('/'));
        lines.append({key.value(0), key.value(1)});
    }
    CreateClaimCommand command(lines);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    refresh();
    emit trainingChanged();
}

void ClaimsPanel::submitClaim() {
    const QString claim = currentClaim();
    if (claim.isEmpty()) {
        m_message->showError(tr("Choose the claim to submit."));
        return;
    }
    SubmitClaimCommand command(claim);
    const CommandResult r = m_ctx.bus.execute(command, m_actor);
    if (!r.ok()) {
        m_message->showError(r.message());
        return;
    }
    m_message->showInfo(r.message());
    refresh();
}

void ClaimsPanel::recordCertificates() {
    const QString claim = currentClaim();
    if (claim.isEmpty()) {
        m_message->showError(tr("Choose the claim whose certificates came back."));
        return;
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("certificatesDialog"));
    dialog.setWindowTitle(tr("Record certificate numbers"));
    auto *table = new QTableWidget(m_itemsModel->rowCount(), 3, &dialog);
    table->setObjectName(QStringLiteral("certificateNumbers"));
    table->setAccessibleName(tr("Certificate number for each unit (type in the last column)"));
    table->setHorizontalHeaderLabels({tr("Volunteer"), tr("Unit"), tr("Certificate number")});
    table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < m_itemsModel->rowCount(); ++i) {
        const ReadOnlyTableModel::Row &row = m_itemsModel->row(i);
        for (int c = 0; c < 2; ++c) {
            auto *cell = new QTableWidgetItem(row.cells.at(c));
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            table->setItem(i, c, cell);
        }
        auto *number = new QTableWidgetItem(row.cells.at(3));
        number->setData(Qt::UserRole, row.key);
        table->setItem(i, 2, number);
    }
    table->setCurrentCell(0, 2);
    auto *message = new MessageBanner(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(message);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        QHash<QString, QString> numbers;
        for (int i = 0; i < table->rowCount(); ++i) {
            const QString number = table->item(i, 2)->text().trimmed();
            if (!number.isEmpty()) {
                numbers.insert(table->item(i, 2)->data(Qt::UserRole).toString(), number);
            }
        }
        CertificateClaimCommand command(claim, numbers);
        const CommandResult r = m_ctx.bus.execute(command, m_actor);
        if (!r.ok()) {
            message->showError(r.message());
            return;
        }
        m_message->showInfo(r.message());
        dialog.accept();
    });
    dialog.resize(700, 400);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit trainingChanged();
    }
}
