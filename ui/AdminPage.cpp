#include "AdminPage.h"

#include "AddPersonDialog.h"
#include "DataTable.h"
#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MessageBanner.h"
#include "ReadOnlyTableModel.h"
#include "admin/LoanRulesPanel.h"
#include "admin/LoanTermsPanel.h"
#include "store/Store.h"
#include "views/OverviewQueries.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

AdminPage::AdminPage(DeskContext &ctx, Actor actor, QWidget *parent)
    : SectionPage(ctx, std::move(actor), parent) {
    setObjectName(QStringLiteral("adminPage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_tabs->setAccessibleName(tr("Administration"));
    auto *people = new QWidget(m_tabs);
    people->setObjectName(QStringLiteral("peopleTab"));

    auto *peopleHeading = new QLabel(tr("People who can sign in"), people);
    peopleHeading->setFont(DeskStyle::scaledFont(this, 1.15));
    m_addPerson = new QPushButton(tr("&Add person…"), people);
    m_addPerson->setObjectName(QStringLiteral("addPersonButton"));
    m_addPerson->setAccessibleName(tr("Add a person who can sign in"));
    m_addPerson->setVisible(m_actor.can(Permission::AdminUsers));

    m_notice = new MessageBanner(people);
    m_notice->setObjectName(QStringLiteral("adminNotice"));

    m_usersModel =
        new ReadOnlyTableModel({tr("Name"), tr("User name"), tr("Role"), tr("Branch"), tr("Account")}, this);
    m_users = new DataTable(QStringLiteral("usersTable"), tr("People who can sign in"), people);
    m_users->setModel(m_usersModel);

    auto *branchesHeading = new QLabel(tr("Branches"), people);
    branchesHeading->setFont(DeskStyle::scaledFont(this, 1.15));
    m_branchesModel = new ReadOnlyTableModel(
        {tr("Code"), tr("Name"), tr("Kind"), tr("Postcode"), tr("Phone"), tr("Open")}, this);
    m_branches = new DataTable(QStringLiteral("branchesTable"), tr("Branches"), people);
    m_branches->setModel(m_branchesModel);
    m_branches->setEmptyText(tr("No branches are set up yet."));

    auto *peopleRow = new QHBoxLayout;
    peopleRow->addWidget(peopleHeading, 1);
    peopleRow->addWidget(m_addPerson);

    auto *layout = new QVBoxLayout(people);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(peopleRow);
    layout->addWidget(m_notice);
    layout->addWidget(m_users, 3);
    layout->addSpacing(8);
    layout->addWidget(branchesHeading);
    layout->addWidget(m_branches, 2);

    m_tabs->addTab(people, tr("People and &branches"));
    if (m_actor.can(Permission::LoanRulesManage)) {
        m_loanRules = new LoanRulesPanel(m_ctx, m_actor, m_tabs);
        m_loanTerms = new LoanTermsPanel(m_ctx, m_actor, m_tabs);
        m_tabs->addTab(m_loanRules, tr("Loan &rules"));
        m_tabs->addTab(m_loanTerms, tr("Loan &terms"));
    }
    auto *pageLayout = new QVBoxLayout(this);
    pageLayout->setContentsMargins(20, 12, 20, 16);
    pageLayout->setSpacing(10);
    pageLayout->addWidget(storeProblemBanner());
    pageLayout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AdminPage::tabChanged);

    setTabOrder(m_users, m_addPerson);
    setTabOrder(m_addPerson, m_branches);
    connect(m_addPerson, &QPushButton::clicked, this, &AdminPage::addPerson);
}

void AdminPage::tabChanged() {
    refresh();
    // A tab chosen by its mnemonic (Alt+…) hides the widget that had the keyboard; carry on in the tab that
    // is now shown. Someone walking the tabs on the tab bar keeps the focus there.
    // (Qt has already moved the keyboard to whatever came next in the focus chain, which is no place to be.)
    if (QApplication::focusWidget() != m_tabs->tabBar()) {
        if (QWidget *target = focusTarget()) {
            target->setFocus(Qt::TabFocusReason);
        }
    }
}

QString AdminPage::title() const {
    return tr("Admin");
}

QString AdminPage::subtitle() const {
    return m_loanRules
               ? tr("Who can sign in, in which role, the branches, the loan rules and the loan terms.")
               : tr("Who can sign in, in which role, and the branches of the service.");
}

QWidget *AdminPage::focusTarget() const {
    if (m_loanRules && m_tabs->currentWidget() == m_loanRules) {
        return m_loanRules->focusTarget();
    }
    if (m_loanTerms && m_tabs->currentWidget() == m_loanTerms) {
        return m_loanTerms->focusTarget();
    }
    return m_users;
}

void AdminPage::refresh() {
    const OverviewQueries queries(m_ctx.store.database(), m_ctx.clock);
    QList<UserRow> users;
    QList<BranchRow> branches;
    guarded([&] {
        users = queries.users(m_actor);
        branches = queries.branches(m_actor);
    });
    QList<ReadOnlyTableModel::Row> rows;
    for (const UserRow &u : users) {
        rows.append({{u.displayName, u.username, roleDisplayName(u.role), u.branchName,
                      u.active ? tr("Active") : tr("Switched off")},
                     u.userId,
                     !u.active});
    }
    m_usersModel->setRows(rows);
    rows.clear();
    for (const BranchRow &b : branches) {
        rows.append({{b.code, b.name, DisplayFormat::branchKind(b.kind), b.postcode, b.phone,
                      b.active ? tr("Yes") : tr("Closed")},
                     b.branchId,
                     false});
    }
    m_branchesModel->setRows(rows);
    // The rules and terms tabs read the store only when they are the one shown.
    if (m_loanRules && m_tabs->currentWidget() == m_loanRules) {
        m_loanRules->refresh();
    } else if (m_loanTerms && m_tabs->currentWidget() == m_loanTerms) {
        m_loanTerms->refresh();
    }
}

void AdminPage::addPerson() {
    if (m_dialog || !m_actor.can(Permission::AdminUsers)) {
        return;
    }
    m_notice->clearMessage();
    m_dialog = new AddPersonDialog(m_ctx, m_actor, this);
    connect(m_dialog, &QDialog::finished, this, &AdminPage::dialogFinished);
    m_dialog->open();
}

void AdminPage::dialogFinished(int result) {
    AddPersonDialog *dialog = m_dialog;
    m_dialog = nullptr;
    if (!dialog) {
        return;
    }
    dialog->deleteLater();
    activateWindow(); // see ResidentsPage::editorFinished
    if (result == QDialog::Accepted) {
        refresh();
        m_notice->showInfo(tr("Saved. %1.").arg(dialog->savedSummary()));
    }
    m_addPerson->setFocus(Qt::OtherFocusReason);
}
