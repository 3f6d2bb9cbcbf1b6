#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QDialog>

class MessageBanner;
class QLineEdit;
class QPlainTextEdit;

// Publishes a new version of the loan agreement (PublishLoanTermsCommand), starting from the current text.
// Loans already made keep the version their borrower accepted.
class PublishTermsDialog : public QDialog {
    Q_OBJECT
public:
    PublishTermsDialog(DeskContext &ctx, Actor actor, const QString &currentText, QWidget *parent = nullptr);

    int publishedVersion() const { return m_version; }
    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_from = nullptr;
    int m_version = 0;
    QString m_savedSummary;
};
