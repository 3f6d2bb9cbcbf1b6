#pragma once

#include <QDialog>

class CommandBus;
class MessageBanner;
class QLineEdit;
class QPushButton;
class SignInService;

// First run: the store has nobody who can sign in, so the person installing the desk creates the first
// administrator. The account is created through the write path by the system actor (audited as such).
class FirstAdminDialog : public QDialog {
    Q_OBJECT
public:
    FirstAdminDialog(CommandBus &bus, SignInService &signIn, QWidget *parent = nullptr);

    QString createdUserId() const { return m_createdUserId; }

    void accept() override;

private:
    CommandBus &m_bus;
    SignInService &m_signIn;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QString m_createdUserId;
};
