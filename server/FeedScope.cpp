#include "FeedScope.h"

#include "store/Sql.h"
#include "store/SyncedTables.h"

namespace {
const QStringList kReference = {
    QStringLiteral("branches"),          QStringLiteral("badge_catalogue"),
    QStringLiteral("award_levels"),      QStringLiteral("training_units"),
    QStringLiteral("training_outcomes"), QStringLiteral("pathways"),
    QStringLiteral("pathway_units"),     QStringLiteral("events"),
};
// Tables keyed to one volunteer by their volunteer_id column.
const QStringList kVolunteerOwned = {
    QStringLiteral("bookings"),
    QStringLiteral("availability"),
    QStringLiteral("availability_exceptions"),
    QStringLiteral("volunteer_hours"),
    QStringLiteral("enrolments"),
    QStringLiteral("evidence"),
    QStringLiteral("outcome_signoffs"),
    QStringLiteral("unit_achievements"),
    QStringLiteral("event_volunteers"),
};
const QStringList kNotForLibrarians = {QStringLiteral("evidence"), QStringLiteral("outcome_signoffs"),
                                       QStringLiteral("claims"), QStringLiteral("claim_items"),
                                       QStringLiteral("sync_conflicts")};

QJsonObject only(const QJsonObject &row, const QStringList &fields) {
    QJsonObject out;
    for (const QString &f : fields) {
        if (row.contains(f)) {
            out.insert(f, row.value(f));
        }
    }
    return out;
}

void stripPrivate(const QString &table, QJsonObject *row) {
    for (const QString &key : row->keys()) {
        if (SyncedTables::isPrivate(table, key)) {
            row->remove(key);
        }
    }
}
} // namespace

FeedScope::FeedScope(const Actor &reader, const QSqlDatabase &records)
    : m_reader(reader)
    , m_records(records) {}

FeedScope::Decision FeedScope::decide(const FeedEntry &entry, QJsonObject *row, bool initial) const {
    Decision d = Decision::Skip;
    if (!entry.row) {
        d = Decision::Gone;
    } else {
        *row = *entry.row;
        stripPrivate(entry.table, row);
        switch (m_reader.role()) {
        case Role::Admin:
        case Role::Coordinator:
            d = Decision::Send;
            break;
        case Role::Librarian:
            d = kNotForLibrarians.contains(entry.table) ? Decision::Skip : Decision::Send;
            break;
        case Role::Volunteer:
            d = forVolunteer(entry, row);
            break;
        }
    }
    if (d == Decision::Gone && initial) {
        return Decision::Skip;
    }
    return d;
}

FeedScope::Decision FeedScope::forVolunteer(const FeedEntry &entry, QJsonObject *row) const {
    const QString &t = entry.table;
    const QStringList stamp = {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("updated_at"),
                               QStringLiteral("hlc"), QStringLiteral("deleted")};
    if (kReference.contains(t)) {
        return Decision::Send;
    }
    if (t == QLatin1String("users")) {
        *row = only(*row, stamp + QStringList{QStringLiteral("username"), QStringLiteral("display_name"),
                                              QStringLiteral("role")});
        return Decision::Send;
    }
    const QString own = m_reader.volunteerId();
    if (t == QLatin1String("volunteers")) {
        return !own.isEmpty() && entry.id == own ? Decision::Send : Decision::Gone;
    }
    if (kVolunteerOwned.contains(t)) {
        return !own.isEmpty() && row->value(QLatin1String("volunteer_id")).toString() == own ? Decision::Send
                                                                                             : Decision::Gone;
    }
    if (t == QLatin1String("badge_achievements")) {
        const bool mine =
            row->value(QLatin1String("learner_kind")).toString() == QLatin1String("volunteer") &&
            row->value(QLatin1String("learner_id")).toString() == own;
        return mine ? Decision::Send : Decision::Gone;
    }
    if (t == QLatin1String("residents")) {
        bool home = false;
        if (!volunteerBooksResident(entry.id, &home)) {
            return Decision::Gone;
        }
        QStringList fields =
            stamp + QStringList{QStringLiteral("created_at"), QStringLiteral("card"),
                                QStringLiteral("given_name"), QStringLiteral("family_name"),
                                QStringLiteral("phone"),      QStringLiteral("preferred_language")};
        if (home) {
            fields += {QStringLiteral("address"), QStringLiteral("postcode")};
        }
        *row = only(*row, fields);
        return Decision::Send;
    }
    return Decision::Skip; // never on a volunteer's laptop
}

bool FeedScope::volunteerBooksResident(const QString &residentId, bool *homeVisit) const {
    Sql q(m_records, QStringLiteral("SELECT max(channel = 'home') FROM bookings WHERE volunteer_id = :v AND "
                                    "resident_id = :r AND deleted = 0"));
    q.bind(QStringLiteral(":v"), m_reader.volunteerId()).bind(QStringLiteral(":r"), residentId).exec();
    if (!q.next() || q.value(0).isNull()) {
        return false;
    }
    *homeVisit = q.value(0).toInt() == 1;
    return true;
}
