#pragma once

#include "Ledger.h"
#include "auth/Actor.h"

#include <QSqlDatabase>

// What of the change feed one person's desk may hold (DESIGN.md §4 "Scopes"). Coordinators and admins:
// everything. Librarians: everything but training evidence, claims and sync conflicts. Volunteers: the
// reference lists, their own volunteer records, their bookings, and the minimum details of the residents
// they have a booking with (address only for a home visit). A row that is not the reader's to hold goes out
// as "gone", so a desk drops a record that has left its scope.
class FeedScope {
public:
    FeedScope(const Actor &reader, const QSqlDatabase &records);

    enum class Decision { Send, Gone, Skip };
    // May reduce the row to the fields the reader may see. `initial`: the desk holds nothing yet, so no
    // "gone" is needed.
    Decision decide(const FeedEntry &entry, QJsonObject *row, bool initial) const;

private:
    Decision forVolunteer(const FeedEntry &entry, QJsonObject *row) const;
    bool volunteerBooksResident(const QString &residentId, bool *homeVisit) const;

    const Actor &m_reader;
    QSqlDatabase m_records;
};
