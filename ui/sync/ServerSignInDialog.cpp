#include "ServerSignInDialog.h"

#include "DeskStyle.h"
#include "MessageBanner.h"
#include "devices/FormFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ServerSignInDialog::ServerSignInDialog(const QString &username, const QString &server, const QString &why,
                                       QWidget *parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("serverSignInDialog"));
    setWindowTitle(tr("Sign in to the council server"));

    auto *heading = new QLabel(tr("Sign in to the council server"), this);
    heading->setFont(DeskStyle::scaledFont(this, 1.2));
    auto *intro = new QLabel(why, this);
    intro->setObjectName(QStringLiteral("serverSignInWhy"));
    intro->setWordWrap(true);
    intro->setVisible(!why.isEmpty());

    auto *serverLabel = new QLabel(server, this);
    serverLabel->setObjectName(QStringLiteral("serverSignInServer"));
    serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *user = new QLabel(username, this);
    user->setObjectName(QStringLiteral("serverSignInUser"));
    m_password = FormFields::line(this, QStringLiteral("serverPassword"),
                                  tr("Your password on the council server"), 500, 24);
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("serverSignInMessage"));

    auto *form = FormFields::form(nullptr);
    form->addRow(tr("Server:"), serverLabel);
    form->addRow(tr("User name:"), user);
    FormFields::addRow(form, tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in and sync"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("serverSignInOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("serverSignInCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QString ServerSignInDialog::password() const {
    return m_password->text();
}

void ServerSignInDialog::clear() {
    m_password->clear();
}

void ServerSignInDialog::done(int result) {
    if (result == QDialog::Accepted && m_password->text().isEmpty()) {
        m_message->showError(tr("Type your password, or press Esc to cancel."));
        m_password->setFocus();
        return;
    }
    QDialog::done(result);
}
