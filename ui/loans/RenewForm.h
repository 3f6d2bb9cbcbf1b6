#pragma once

#include "LoansPanel.h"
#include "loans/RenewAssessment.h"

#include <optional>

class IssueList;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;

// Renewing one loan: what RenewAssessment says (new due date, renewals used, blocks and warnings), an
// override reason when a warning needs one and the person may give it (otherwise who can), and Enter to
// renew through RenewCommand. Shown in the check-in tab, reached by Ctrl+R there or from the lists.
class RenewForm : public LoansPanel {
    Q_OBJECT
public:
    RenewForm(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QWidget *focusTarget() const override;

    // Assesses the renewal of the device with this tag and shows it; false when the store failed.
    bool assess(const QString &tag);
    void confirm();
    void clear();
    QString tag() const { return m_tag; }

signals:
    // Done: the confirmation to show (new due date and what the core noted).
    void renewed(const QString &message);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    IssueList *m_issues = nullptr;
    QWidget *m_overrideRow = nullptr;
    QLineEdit *m_overrideReason = nullptr;
    QLabel *m_overrideNotAllowed = nullptr;
    MessageBanner *m_message = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_cancel = nullptr;

    QString m_tag;
    std::optional<RenewAssessment> m_assessment;
};
