#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"
#include "views/SyncConflictQueries.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class QLabel;
class QLineEdit;
class QPushButton;
class ReadOnlyTableModel;

// The coordinator's review of devices lent at two desks while they were offline (Sync → Conflicts). Each
// row shows both loans — the one the council's record kept and the other desk's — and the coordinator says
// who has the device, with a reason for the record: "Keep the council's loan" or "The other resident has
// it" (ResolveLoanConflictCommand through the command bus). Resolved rows leave the list.
class ConflictReviewPanel : public QWidget {
    Q_OBJECT
public:
    ConflictReviewPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    int count() const { return int(m_rows.size()); }
    QWidget *focusTarget() const;

signals:
    void countChanged(int unresolved);

private:
    void showCurrent();
    void resolve(bool swap);
    int currentRow() const;

    DeskContext &m_ctx;
    const Actor m_actor;
    QList<LoanConflictRow> m_rows;
    MessageBanner *m_message = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
    QLabel *m_details = nullptr;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_swap = nullptr;
    QLabel *m_swapNote = nullptr;
};
