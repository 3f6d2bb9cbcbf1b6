#pragma once

#include "SectionPage.h"

class AddPersonDialog;
class DataTable;
class MessageBanner;
class QPushButton;
class ReadOnlyTableModel;

// The people who can sign in (with "Add person") and the branches. Only administrators reach it; the
// queries and the command check that again.
class AdminPage : public SectionPage {
    Q_OBJECT
public:
    AdminPage(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void refresh() override;
    QWidget *focusTarget() const override;

    void addPerson();

private:
    void dialogFinished(int result);

    QPushButton *m_addPerson = nullptr;
    MessageBanner *m_notice = nullptr;
    DataTable *m_users = nullptr;
    DataTable *m_branches = nullptr;
    ReadOnlyTableModel *m_usersModel = nullptr;
    ReadOnlyTableModel *m_branchesModel = nullptr;
    AddPersonDialog *m_dialog = nullptr;
};
