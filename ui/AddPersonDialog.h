#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QDialog>

class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Adds a person who can sign in (CreateUserCommand, administrators only). A volunteer's account is tied
// to their volunteer record, so that choice appears only for the volunteer role.
class AddPersonDialog : public QDialog {
    Q_OBJECT
public:
    AddPersonDialog(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

private:
    void roleChanged();

    DeskContext &m_ctx;
    const Actor m_actor;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_userName = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_branch = nullptr;
    QLabel *m_volunteerLabel = nullptr;
    QComboBox *m_volunteer = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_create = nullptr;
    QString m_savedSummary;
};
