#pragma once

#include "auth/Actor.h"

#include <QWidget>

class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class SignInService;

// Sign-in for a shared desk, used at start and as the lock screen. Keyboard only: type the user name,
// Enter (or Tab), the password, Enter. When locked, the last person's name is filled in so they can come
// back with just their password; "Switch person" clears it for someone else.
class SignInPanel : public QWidget {
    Q_OBJECT
public:
    explicit SignInPanel(SignInService &signIn, QWidget *parent = nullptr);

    // Fresh start: empty fields, focus on the user name.
    void showSignIn();
    // After Ctrl+L: says who locked it and waits for the same or another person.
    void showLocked(const QString &displayName, const QString &username);
    void focusFirstField();

signals:
    void signedIn(const Actor &actor);

private:
    void submit();
    void switchPerson();

    SignInService &m_signIn;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_signInButton = nullptr;
    QPushButton *m_switchButton = nullptr;
};
