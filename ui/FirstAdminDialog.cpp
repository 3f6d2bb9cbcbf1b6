#include "FirstAdminDialog.h"

#include "DeskStyle.h"
#include "MessageBanner.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "commands/CommandBus.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdminDialog::FirstAdminDialog(CommandBus &bus, SignInService &signIn, QWidget *parent)
    : QDialog(parent)
    , m_bus(bus)
    , m_signIn(signIn) {
    setObjectName(QStringLiteral("firstAdminDialog"));
    setWindowTitle(tr("Set up TechMates Desk"));

    auto *heading = new QLabel(tr("Create the first administrator"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.4));
    auto *explanation =
        new QLabel(tr("This store has nobody who can sign in yet. The first administrator can then add the "
                      "librarians, coordinators and volunteers who use the desk."),
                   this);
    explanation->setWordWrap(true);
    explanation->setProperty("muted", true);

    auto makeField = [this](const char *objectName, const QString &accessibleName) {
        auto *field = new QLineEdit(this);
        field->setObjectName(QString::fromLatin1(objectName));
        field->setAccessibleName(accessibleName);
        return field;
    };
    m_name = makeField("firstAdminName", tr("Name"));
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("For example Sam Jones"));
    m_userName = makeField("firstAdminUserName", tr("User name"));
    m_userName->setMaxLength(32);
    m_userName->setPlaceholderText(tr("Lower case, for example sjones"));
    m_password = makeField("firstAdminPassword", tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(CreateUserCommand::kMinPasswordLength));
    m_confirm = makeField("firstAdminConfirm", tr("Password again"));
    m_confirm->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&User name"), m_userName);
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("Password &again"), m_confirm);

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("firstAdminMessage"));

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("&Create administrator"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("firstAdminCreate"));
    m_create->setAccessibleName(tr("Create administrator"));
    m_create->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("firstAdminQuit"));
    cancel->setAccessibleName(tr("Quit without setting up"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_name->setFocus();
}

void FirstAdminDialog::accept() {
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
    details.role = Role::Admin;
    details.password = m_password->text();

    CommandResult result = CommandResult::failed(QString());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        // Someone may have set up the store from another desk meanwhile; the system actor may only make
        // the very first account.
        if (!m_signIn.needsFirstAdmin()) {
            result = CommandResult::refused(
                tr("This store already has an administrator. Close this window and sign in instead."));
        } else {
            CreateUserCommand command(details);
            result = m_bus.execute(command, Actor::system());
        }
    } catch (const StoreError &e) {
        result = CommandResult::failed(e.message());
    }
    QApplication::restoreOverrideCursor();

    if (!result.ok()) {
        m_message->showError(result.message());
        return;
    }
    m_createdUserId = result.entityId();
    QDialog::accept();
}
