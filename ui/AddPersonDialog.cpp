#include "AddPersonDialog.h"

#include "DeskStyle.h"
#include "MessageBanner.h"
#include "auth/UserCommands.h"
#include "commands/CommandBus.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "views/OverviewQueries.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AddPersonDialog::AddPersonDialog(DeskContext &ctx, Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_actor(std::move(actor)) {
    setObjectName(QStringLiteral("addPersonDialog"));
    setWindowTitle(tr("Add person"));

    auto *heading = new QLabel(tr("Add a person who can sign in"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.3));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("personName"));
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(80);
    m_userName = new QLineEdit(this);
    m_userName->setObjectName(QStringLiteral("personUserName"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setMaxLength(32);
    m_userName->setPlaceholderText(tr("Lower case, for example sjones"));

    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("personRole"));
    m_role->setAccessibleName(tr("Role"));
    for (Role r : {Role::Librarian, Role::Volunteer, Role::Coordinator, Role::Admin}) {
        m_role->addItem(roleDisplayName(r), roleKey(r));
    }

    m_branch = new QComboBox(this);
    m_branch->setObjectName(QStringLiteral("personBranch"));
    m_branch->setAccessibleName(tr("Branch"));
    m_branch->addItem(tr("No branch"), QString());
    m_volunteer = new QComboBox(this);
    m_volunteer->setObjectName(QStringLiteral("personVolunteer"));
    m_volunteer->setAccessibleName(tr("Volunteer record"));
    try {
        const OverviewQueries queries(m_ctx.store.database(), m_ctx.clock);
        for (const BranchRow &b : queries.branches(m_actor)) {
            m_branch->addItem(b.name, b.branchId);
        }
        for (const VolunteerOption &v : queries.volunteerOptions(m_actor)) {
            // Volunteers who already have an account are marked rather than hidden: a second account is
            // allowed, but it is rarely what is meant.
            m_volunteer->addItem(v.hasAccount ? tr("%1 (has an account)").arg(v.name) : v.name,
                                 v.volunteerId);
        }
    } catch (const StoreError &e) {
        m_message = new MessageBanner(this);
        m_message->showError(
            tr("The lists of branches and volunteers could not be read: %1").arg(e.message()));
    }
    const int ownBranch = m_branch->findData(m_actor.branchId());
    if (ownBranch > 0) {
        m_branch->setCurrentIndex(ownBranch);
    }

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("personPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(CreateUserCommand::kMinPasswordLength));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("personConfirm"));
    m_confirm->setAccessibleName(tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&User name"), m_userName);
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("&Branch"), m_branch);
    m_volunteerLabel = new QLabel(tr("&Volunteer record"), this);
    m_volunteerLabel->setBuddy(m_volunteer);
    form->addRow(m_volunteerLabel, m_volunteer);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Password &again"), m_confirm);

    if (!m_message) {
        m_message = new MessageBanner(this);
    }
    m_message->setObjectName(QStringLiteral("addPersonMessage"));

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Add &person"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("addPersonCreate"));
    m_create->setAccessibleName(tr("Add person"));
    m_create->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AddPersonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddPersonDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_role, &QComboBox::currentIndexChanged, this, &AddPersonDialog::roleChanged);
    roleChanged();
    m_name->setFocus();
}

void AddPersonDialog::roleChanged() {
    const bool volunteer = m_role->currentData().toString() == roleKey(Role::Volunteer);
    m_volunteer->setVisible(volunteer);
    m_volunteerLabel->setVisible(volunteer);
}

void AddPersonDialog::accept() {
    if (m_password->text() != m_confirm->text()) {
        m_message->showError(
            tr("The two passwords are different. Type the password twice, the same both times."));
        m_confirm->clear();
        m_password->selectAll();
        m_password->setFocus();
        return;
    }
    CreateUserCommand::Details details;
    details.displayName = m_name->text();
    details.username = m_userName->text();
    details.role = roleFromKey(m_role->currentData().toString()).value_or(Role::Librarian);
    details.branchId = m_branch->currentData().toString();
    details.password = m_password->text();
    if (details.role == Role::Volunteer) {
        details.volunteerId = m_volunteer->currentData().toString();
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    CreateUserCommand command(details);
    const CommandResult result = m_ctx.bus.execute(command, m_actor);
    QApplication::restoreOverrideCursor();
    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_savedSummary = result.message();
    QDialog::accept();
}
