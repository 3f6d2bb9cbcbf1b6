#pragma once

#include "LoansPanel.h"
#include "loans/Loan.h"

class KitChecklist;
class MessageBanner;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QScrollArea;
class RenewForm;
class ScanField;

// Check-in at the desk: tag + Enter shows the loan (who, due when, how late); the condition (good or
// damaged, arrow keys), the kit that came back (untick what is missing), the resident's declaration that
// they removed their personal data and a note; Enter checks it in. The result says where the device goes
// next (awaiting wipe, or repair) and whether someone is waiting for one like it. A device that is not on
// loan gets the core's words ("… already checked in … Was it scanned twice?"). Ctrl+R renews instead.
class CheckInPanel : public LoansPanel {
    Q_OBJECT
public:
    CheckInPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;

    void checkIn();
    void clearForm();
    // Shows the renewal of this tag (from Ctrl+R here, or from the lists).
    void startRenewal(const QString &tag);

signals:
    void checkedIn();
    void renewed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void tagScanned(const QString &text);
    void forgetLoan();
    void renewFinished(const QString &message);
    void renewCancelled();
    void updateTabOrder();

    QScrollArea *m_scroll = nullptr;
    ScanField *m_tag = nullptr;
    MessageBanner *m_message = nullptr;
    MessageBanner *m_result = nullptr;

    QFrame *m_loanBox = nullptr;
    QLabel *m_loanTitle = nullptr;
    QLabel *m_loanDetails = nullptr;

    QWidget *m_form = nullptr;
    QRadioButton *m_good = nullptr;
    QRadioButton *m_damaged = nullptr;
    QLabel *m_kitLabel = nullptr;
    KitChecklist *m_kit = nullptr;
    QCheckBox *m_dataRemoved = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_checkIn = nullptr;
    QPushButton *m_renewInstead = nullptr;
    QPushButton *m_clear = nullptr;

    QFrame *m_renewBox = nullptr;
    RenewForm *m_renew = nullptr;

    QString m_loanTag; // the tag whose loan is shown, once found
    Loan m_loan;
    QString m_typeId;
    QString m_typeName;
    QString m_branchName;
};
