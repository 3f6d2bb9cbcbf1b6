#pragma once

#include "LoanReceipt.h"
#include "LoansPanel.h"
#include "loans/CheckOutAssessment.h"

#include <optional>

class IssueList;
class KitChecklist;
class MessageBanner;
class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTextBrowser;
class ScanField;

// Check-out at the desk, by scanner and keyboard alone:
//   card + Enter → who the resident is, their loans, and the warnings that apply to them already;
//   tag + Enter  → the full assessment (blocks, warnings, notices), due date, kit, cost, SIM, the terms;
//   Space ticks the declaration, the resident types their name (or "signed on paper"); Enter lends.
// The confirmation offers the receipt (Ctrl+P prints, Ctrl+Shift+S saves a PDF) and the form is ready for
// the next resident with the keyboard in the card box. Esc starts again. Refusals are shown in place in
// the core's words and nothing is written.
class CheckOutPanel : public LoansPanel {
    Q_OBJECT
public:
    CheckOutPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;

    // Esc: clears the form (a second Esc also clears the last loan's confirmation).
    void clearForm();
    // Enter / Ctrl+Enter: lends the device, if the rules and the agreement allow.
    void lend();

    // The receipt of the last loan made at this desk panel, if any.
    const LoanReceipt *lastReceipt() const { return m_receipt ? &*m_receipt : nullptr; }
    bool saveReceiptPdf(const QString &path, QString *error);
    void printReceipt();
    void saveReceiptAs();

signals:
    void loanMade();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QWidget *buildForm();
    void cardScanned(const QString &text);
    void tagScanned(const QString &text);
    void showResident(const CheckOutAssessment &assessment);
    void showDevice(const CheckOutAssessment &assessment);
    void forgetResident();
    void forgetDevice();
    void paperToggled(bool onPaper);
    void showLastLoan(bool visible);
    void updateTabOrder();
    bool mayOverride() const;
    void reveal(QWidget *widget);

    QWidget *m_top = nullptr;
    QScrollArea *m_scroll = nullptr;
    ScanField *m_card = nullptr;
    ScanField *m_tag = nullptr;
    MessageBanner *m_message = nullptr;

    QFrame *m_lastLoan = nullptr;
    MessageBanner *m_done = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_savePdf = nullptr;

    QFrame *m_residentBox = nullptr;
    QLabel *m_residentName = nullptr;
    QLabel *m_residentDetails = nullptr;
    IssueList *m_issues = nullptr;

    QWidget *m_overrideRow = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_overrideNotAllowed = nullptr;

    QFrame *m_deviceBox = nullptr;
    QLabel *m_deviceTitle = nullptr;
    QLabel *m_deviceDetails = nullptr;
    QLabel *m_due = nullptr;
    QLabel *m_kitLabel = nullptr;
    KitChecklist *m_kit = nullptr;

    QFrame *m_agreementBox = nullptr;
    QLabel *m_termsTitle = nullptr;
    QTextBrowser *m_terms = nullptr;
    QCheckBox *m_declaration = nullptr;
    QLineEdit *m_signedName = nullptr;
    QCheckBox *m_paper = nullptr;
    QPushButton *m_lend = nullptr;
    QPushButton *m_clear = nullptr;

    QString m_residentCard;                         // the card as scanned, once it was found
    std::optional<CheckOutAssessment> m_assessment; // card and tag, once a tag was scanned
    std::optional<LoanReceipt> m_receipt;
};
