#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QDialog>

class MessageBanner;
class QLabel;
class QLineEdit;

// Issues a SIM or voucher from stock to a resident (IssueDataOfferCommand): scan their library card, scan
// the SIM or voucher, give the activation date if it is already known. The resident's name is shown as soon
// as the card is read, so a wrong card is caught before anything is issued.
class IssueDataOfferDialog : public QDialog {
    Q_OBJECT
public:
    IssueDataOfferDialog(DeskContext &ctx, Actor actor, const QString &code, QWidget *parent = nullptr);

    QString savedSummary() const { return m_savedSummary; }
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void lookUpCard();

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_message = nullptr;
    QLineEdit *m_card = nullptr;
    QLabel *m_resident = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_activated = nullptr;
    QString m_savedSummary;
};
