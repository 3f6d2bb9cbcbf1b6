#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class MessageBanner;

// Asks the signed-in person for their council server password, to sign in for a sync. The password goes
// to the sync worker in memory and is never kept; the field is cleared as soon as the dialog closes.
class ServerSignInDialog : public QDialog {
    Q_OBJECT
public:
    ServerSignInDialog(const QString &username, const QString &server, const QString &why,
                       QWidget *parent = nullptr);

    // The password typed; read it once on accepted(), then clear() it.
    QString password() const;
    void clear();

protected:
    void done(int result) override;

private:
    QLineEdit *m_password = nullptr;
    MessageBanner *m_message = nullptr;
};
