#pragma once

#include "SectionPage.h"

class AddPersonDialog;
class DataTable;
class LoanRulesPanel;
class LoanTermsPanel;
class MessageBanner;
class QPushButton;
class QTabWidget;
class ReadOnlyTableModel;

// The people who can sign in (with "Add person") and the branches; for those who may manage them, the loan
// rules matrix and the loan terms, each on its own tab. Only administrators reach it; the queries and the
// commands check that again.
class AdminPage : public SectionPage {
    Q_OBJECT
public:
    AdminPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    void addPerson();
    QTabWidget *tabs() const { return m_tabs; }
    LoanRulesPanel *loanRulesPanel() const { return m_loanRules; }
    LoanTermsPanel *loanTermsPanel() const { return m_loanTerms; }

private:
    void tabChanged();
    void dialogFinished(int result);

    QPushButton *m_addPerson = nullptr;
    MessageBanner *m_notice = nullptr;
    DataTable *m_users = nullptr;
    DataTable *m_branches = nullptr;
    ReadOnlyTableModel *m_usersModel = nullptr;
    ReadOnlyTableModel *m_branchesModel = nullptr;
    AddPersonDialog *m_dialog = nullptr;
    QTabWidget *m_tabs = nullptr;
    LoanRulesPanel *m_loanRules = nullptr; // only with loan_rules.manage
    LoanTermsPanel *m_loanTerms = nullptr;
};
