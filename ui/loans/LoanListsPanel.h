#pragma once

#include "LoansPanel.h"
#include "ReminderLetters.h"
#include "loans/LoanQueries.h"

#include <QMap>

class MessageBanner;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SortedTable;

// The circulation lists: on loan, due today, overdue, awaiting wipe, in repair, the waiting list and data
// offers ending within 14 days. Up and Down choose a list, Tab walks into it; each sorts by any column
// (header, or the "Sort by" box for the keyboard). Overdue loans export as CSV and print as reminder
// letters, one per resident who agreed to post; the others are named apart. Ctrl+R (or Enter on a loan)
// renews the selected loan; Enter on a device awaiting wipe opens it in the Wipe tab.
class LoanListsPanel : public LoansPanel {
    Q_OBJECT
public:
    enum class List { OnLoan, DueToday, Overdue, AwaitingWipe, InRepair, WaitingList, DataOffers };

    LoanListsPanel(DeskContext &ctx, Actor actor, QWidget *parent = nullptr);

    void refresh() override;
    QWidget *focusTarget() const override;

    void showList(List list);
    List currentList() const;
    SortedTable *table(List list) const { return m_tables.value(list); }

    // Overdue loans as RFC 4180 CSV (UTF-8 with a byte-order mark, for spreadsheets).
    bool exportOverdueCsv(const QString &path, QString *error);
    ReminderLetters reminderLetters() const;
    bool saveRemindersPdf(const QString &path, QString *error);

signals:
    void renewRequested(const QString &tag);
    void wipeRequested(const QString &tag);

private:
    SortedTable *addList(List list, const QString &objectName, const QString &accessibleName,
                         const QStringList &headers);
    void listChosen();
    void updateActions();
    void syncSortControls();
    void applySortControls();
    void renewSelected();
    void exportCsvAs();
    void printReminders();
    void saveRemindersAs();
    QString branchFilter() const;
    QString listTitle(List list) const;
    void setLoanRows(List list, const QList<LoanRow> &loans);
    void setDeviceRows(List list, const QList<Device> &devices);
    bool isLoanList(List list) const;
    QString branchName(const QString &code) const;

    QListWidget *m_chooser = nullptr;
    QStackedWidget *m_stack = nullptr;
    QMap<List, SortedTable *> m_tables;
    QMap<List, int> m_counts;
    QComboBox *m_branch = nullptr;
    QComboBox *m_sortBy = nullptr;
    QCheckBox *m_descending = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_notPosted = nullptr;
    MessageBanner *m_outcome = nullptr;
    QPushButton *m_renew = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_printLetters = nullptr;
    QPushButton *m_saveLetters = nullptr;
    QList<LoanRow> m_overdue;
    QHash<QString, BranchLetterhead> m_branches;
    bool m_syncingSort = false;
};
