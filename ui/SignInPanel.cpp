#include "SignInPanel.h"

#include "DeskStyle.h"
#include "MessageBanner.h"
#include "auth/SignInService.h"
#include "store/StoreError.h"

#include <QApplication>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInPanel::SignInPanel(SignInService &signIn, QWidget *parent)
    : QWidget(parent)
    , m_signIn(signIn) {
    setObjectName(QStringLiteral("signInPanel"));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("signInCard"));
    card->setFrameShape(QFrame::StyledPanel);

    auto *appTitle = new QLabel(tr("TechMates Desk"), card);
    appTitle->setObjectName(QStringLiteral("appTitle"));
    appTitle->setFont(DeskStyle::scaledFont(this, 1.25));

    m_heading = new QLabel(card);
    m_heading->setObjectName(QStringLiteral("signInHeading"));
    m_heading->setFont(DeskStyle::scaledFont(this, 1.6));

    m_explanation = new QLabel(card);
    m_explanation->setObjectName(QStringLiteral("signInExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setProperty("muted", true);

    m_userName = new QLineEdit(card);
    m_userName->setObjectName(QStringLiteral("signInUserName"));
    m_userName->setAccessibleName(tr("User name"));
    m_userName->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_userName->setMaxLength(64);

    m_password = new QLineEdit(card);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_password->setMaxLength(256);

    m_message = new MessageBanner(card);
    m_message->setObjectName(QStringLiteral("signInMessage"));

    m_signInButton = new QPushButton(tr("&Sign in"), card);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);

    m_switchButton = new QPushButton(tr("S&witch person"), card);
    m_switchButton->setObjectName(QStringLiteral("switchPersonButton"));
    m_switchButton->setAccessibleName(tr("Switch person"));
    m_switchButton->setToolTip(tr("Clear the user name so someone else can sign in"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *userLabel = new QLabel(tr("&User name"), card);
    userLabel->setBuddy(m_userName);
    auto *passwordLabel = new QLabel(tr("&Password"), card);
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_userName);
    form->addRow(passwordLabel, m_password);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_switchButton);
    buttons->addStretch(1);
    buttons->addWidget(m_signInButton);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 28, 32, 28);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(appTitle);
    cardLayout->addWidget(m_heading);
    cardLayout->addWidget(m_explanation);
    cardLayout->addSpacing(4);
    cardLayout->addLayout(form);
    cardLayout->addWidget(m_message);
    cardLayout->addLayout(buttons);

    // The card keeps a comfortable reading width and grows with the text size; the panel centres it.
    card->setMinimumWidth(card->fontMetrics().averageCharWidth() * 48);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card, 0);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(2);

    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_signInButton);
    setTabOrder(m_signInButton, m_switchButton);

    connect(m_userName, &QLineEdit::returnPressed, this, [this] {
        if (m_password->text().isEmpty()) {
            m_password->setFocus();
        } else {
            submit();
        }
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPanel::submit);
    connect(m_signInButton, &QPushButton::clicked, this, &SignInPanel::submit);
    connect(m_switchButton, &QPushButton::clicked, this, &SignInPanel::switchPerson);

    showSignIn();
}

void SignInPanel::showSignIn() {
    m_heading->setText(tr("Sign in"));
    m_explanation->setText(
        tr("Sign in as yourself: everything you do at this desk is recorded in your name."));
    m_userName->clear();
    m_password->clear();
    m_message->clearMessage();
    m_switchButton->hide();
    focusFirstField();
}

void SignInPanel::showLocked(const QString &displayName, const QString &username) {
    m_heading->setText(tr("Desk locked"));
    m_explanation->setText(tr("%1 locked this desk. Enter the password to carry on, or switch person so "
                              "someone else can sign in.")
                               .arg(displayName));
    m_userName->setText(username);
    m_password->clear();
    m_message->clearMessage();
    m_switchButton->setVisible(!username.isEmpty());
    focusFirstField();
}

void SignInPanel::focusFirstField() {
    if (m_userName->text().isEmpty()) {
        m_userName->setFocus(Qt::OtherFocusReason);
    } else {
        m_password->setFocus(Qt::OtherFocusReason);
    }
}

void SignInPanel::switchPerson() {
    m_userName->clear();
    m_password->clear();
    m_message->clearMessage();
    m_switchButton->hide();
    m_heading->setText(tr("Sign in"));
    m_explanation->setText(
        tr("Sign in as yourself: everything you do at this desk is recorded in your name."));
    m_userName->setFocus(Qt::OtherFocusReason);
}

void SignInPanel::submit() {
    if (m_userName->text().trimmed().isEmpty()) {
        m_message->showError(tr("Enter your user name."));
        m_userName->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_password->text().isEmpty()) {
        m_message->showError(tr("Enter your password."));
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    SignInService::Result result;
    m_signInButton->setEnabled(false);
    // Checking a password takes a noticeable moment on purpose (it is a memory-hard hash).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        result = m_signIn.signIn(m_userName->text(), m_password->text());
    } catch (const StoreError &e) {
        result.message = tr("Signing in failed because the store could not be read: %1").arg(e.message());
    }
    QApplication::restoreOverrideCursor();
    m_signInButton->setEnabled(true);
    m_password->clear();
    if (!result.ok) {
        m_message->showError(result.message);
        m_password->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_message->clearMessage();
    m_userName->clear();
    emit signedIn(result.actor);
}
