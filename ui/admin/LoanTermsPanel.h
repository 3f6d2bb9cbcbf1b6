#pragma once

#include "DeskContext.h"
#include "PublishTermsDialog.h"
#include "auth/Actor.h"
#include "loans/LoanTerms.h"

#include <QPointer>
#include <QWidget>

class DataTable;
class MessageBanner;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class ReadOnlyTableModel;

// Admin → Loan terms: the version in force today, every version published (choose one to read it), and
// "Publish new version".
class LoanTermsPanel : public QWidget {
    Q_OBJECT
public:
    LoanTermsPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;
    void publishNewVersion();
    PublishTermsDialog *openDialog() const { return m_dialog; }

private:
    void showVersion(int row);
    void dialogFinished(int result);

    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_notice = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_showing = nullptr;
    QPlainTextEdit *m_text = nullptr;
    DataTable *m_history = nullptr;
    ReadOnlyTableModel *m_historyModel = nullptr;
    QPushButton *m_publish = nullptr;
    QList<LoanTerms> m_versions;
    std::optional<LoanTerms> m_inForce;
    QPointer<PublishTermsDialog> m_dialog;
};
