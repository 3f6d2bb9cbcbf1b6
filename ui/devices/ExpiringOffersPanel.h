#pragma once

#include "DeskContext.h"
#include "auth/Actor.h"

#include <QWidget>

class DataTable;
class MessageBanner;
class ReadOnlyTableModel;

// The data offers that end within 14 days, soonest first (LoanQueries::dataOffersExpiring): time for staff
// to talk to the resident about what comes next before the data stops, such as a social tariff.
class ExpiringOffersPanel : public QWidget {
    Q_OBJECT
public:
    ExpiringOffersPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);

    void refresh();
    QWidget *focusTarget() const;

    static constexpr int kWithinDays = 14;
    // Offers this close to their end are marked (the number of days is shown beside them too).
    static constexpr int kUrgentDays = 3;

private:
    DeskContext &m_ctx;
    const Actor m_actor;
    MessageBanner *m_notice = nullptr;
    DataTable *m_table = nullptr;
    ReadOnlyTableModel *m_model = nullptr;
};
