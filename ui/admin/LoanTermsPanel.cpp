#include "LoanTermsPanel.h"

#include "DataTable.h"
#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "PublishTermsDialog.h"
#include "ReadOnlyTableModel.h"
#include "core/Clock.h"
#include "devices/FormFields.h"
#include "devices/StoreRead.h"
#include "store/Store.h"
#include "views/LoanTermsHistory.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

LoanTermsPanel::LoanTermsPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor) {
    setObjectName(QStringLiteral("loanTermsTab"));
    m_notice = new MessageBanner(this);
    m_notice->setObjectName(QStringLiteral("loanTermsNotice"));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("termsInForce"));
    m_current->setFont(DeskStyle::scaledFont(this, 1.1));
    m_current->setWordWrap(true);
    m_publish = FormFields::button(this, tr("&Publish new version…"), QStringLiteral("publishTermsButton"),
                                   tr("Publish a new version of the loan terms"));

    m_historyModel =
        new ReadOnlyTableModel({tr("Version"), tr("In force from"), tr("State"), tr("Words")}, this);
    m_historyModel->setNumericColumns({0, 3});
    m_history = new DataTable(QStringLiteral("termsHistory"), tr("Versions of the loan terms"), this);
    m_history->setModel(m_historyModel);
    m_history->setEmptyText(
        tr("No loan terms have been published: nothing can be lent until there are some."));
    auto *historyLabel = new QLabel(tr("&Versions"), this);
    historyLabel->setBuddy(m_history->view());

    m_showing = new QLabel(this);
    m_showing->setObjectName(QStringLiteral("termsShowing"));
    m_showing->setProperty("muted", true);
    m_text = FormFields::text(this, QStringLiteral("termsText"), tr("Text of the chosen version"), 8);
    m_text->setReadOnly(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_current, 1);
    top->addWidget(m_publish);
    auto *left = new QVBoxLayout;
    left->addWidget(historyLabel);
    left->addWidget(m_history, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_showing);
    right->addWidget(m_text, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(left, 2);
    body->addLayout(right, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_notice);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    setTabOrder(m_publish, m_history);
    setTabOrder(m_history, m_text);
    connect(m_publish, &QPushButton::clicked, this, &LoanTermsPanel::publishNewVersion);
    connect(m_history->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVersion(current.row()); });
}

QWidget *LoanTermsPanel::focusTarget() const {
    return m_history;
}

void LoanTermsPanel::refresh() {
    const QDate today = m_ctx.clock.today();
    const bool read = StoreRead::run(m_notice, [&] {
        m_versions = LoanTermsHistory(m_ctx.store.database()).versions(m_actor);
        m_inForce = LoanTerms::current(m_ctx.store.database(), today);
    });
    if (read && m_notice->isError()) {
        m_notice->clearMessage();
    }
    QList<ReadOnlyTableModel::Row> rows;
    int inForceRow = -1;
    for (const LoanTerms &t : std::as_const(m_versions)) {
        QString state;
        if (m_inForce && t.id == m_inForce->id) {
            state = tr("In force");
            inForceRow = int(rows.size());
        } else if (t.effectiveFrom > today) {
            state = tr("From %1").arg(DisplayFormat::date(t.effectiveFrom));
        } else {
            state = tr("Replaced");
        }
        rows.append({{QString::number(t.termsVersion), DisplayFormat::date(t.effectiveFrom), state,
                      QString::number(t.body.split(QLatin1Char(' '), Qt::SkipEmptyParts).size())},
                     t.id,
                     false});
    }
    m_historyModel->setRows(rows);
    m_current->setText(m_inForce ? tr("In force today: version %1, since %2.")
                                       .arg(m_inForce->termsVersion)
                                       .arg(DisplayFormat::date(m_inForce->effectiveFrom))
                                 : tr("No loan terms are in force today."));
    if (inForceRow >= 0) {
        m_history->view()->setCurrentIndex(m_historyModel->index(inForceRow, 0));
    } else if (!rows.isEmpty()) {
        m_history->view()->setCurrentIndex(m_historyModel->index(0, 0));
    }
    showVersion(m_history->view()->currentIndex().row());
}

void LoanTermsPanel::showVersion(int row) {
    if (row < 0 || row >= m_versions.size()) {
        m_showing->clear();
        m_text->clear();
        return;
    }
    const LoanTerms &t = m_versions.at(row);
    m_showing->setText(
        tr("Version %1, in force from %2").arg(t.termsVersion).arg(DisplayFormat::date(t.effectiveFrom)));
    m_text->setPlainText(t.body);
}

void LoanTermsPanel::publishNewVersion() {
    if (m_dialog || !m_actor.can(Permission::LoanRulesManage)) {
        return;
    }
    m_notice->clearMessage();
    // A new version starts from the newest text (scheduled or in force), which is what is usually revised.
    const QString start = !m_versions.isEmpty() ? m_versions.constFirst().body : QString();
    m_dialog = new PublishTermsDialog(m_ctx, m_actor, start, this);
    connect(m_dialog, &QDialog::finished, this, &LoanTermsPanel::dialogFinished);
    m_dialog->open();
}

void LoanTermsPanel::dialogFinished(int result) {
    PublishTermsDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog) {
        return;
    }
    dialog->deleteLater();
    window()->activateWindow();
    if (result == QDialog::Accepted) {
        refresh();
        m_notice->showInfo(tr("Saved. %1").arg(dialog->savedSummary()));
    }
    m_publish->setFocus(Qt::OtherFocusReason);
}
