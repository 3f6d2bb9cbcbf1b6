#include "BookingSupport.h"

#include "auth/Actor.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace BookingSupport {

bool actsAsVolunteer(const Actor &actor) {
    return !actor.can(Permission::BookingManage);
}

std::optional<QString> ownRefusal(bool own, const Actor &actor, const QString &volunteerId) {
    if (!own || (!actor.volunteerId().isEmpty() && actor.volunteerId() == volunteerId)) {
        return std::nullopt;
    }
    return QCoreApplication::translate("BookingSupport",
                                       "A volunteer can only change their own sessions, times and hours.");
}

namespace {
std::optional<ResidentRef> residentWhere(const QSqlDatabase &db, const QString &column,
                                         const QString &value) {
    Sql q(db,
          QStringLiteral("SELECT id, card, preferred_language FROM residents WHERE %1 = :v AND deleted = 0 "
                         "AND anonymised = 0")
              .arg(column));
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return ResidentRef{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}
} // namespace

std::optional<ResidentRef> residentByCard(const QSqlDatabase &db, const QString &card) {
    const QString typed = card.trimmed();
    if (typed.isEmpty()) {
        return std::nullopt;
    }
    return residentWhere(db, QStringLiteral("card"), typed);
}

std::optional<ResidentRef> residentById(const QSqlDatabase &db, const QString &id) {
    return residentWhere(db, QStringLiteral("id"), id);
}

QString branchId(const QSqlDatabase &db, const QString &idOrCode) {
    const QString typed = idOrCode.trimmed();
    if (typed.isEmpty()) {
        return {};
    }
    Sql q(db, QStringLiteral(
                  "SELECT id FROM branches WHERE deleted = 0 AND (id = :v OR code = :v COLLATE NOCASE)"));
    return q.bind(QStringLiteral(":v"), typed).scalar().toString();
}

QJsonArray toJson(const QStringList &items) {
    QJsonArray a;
    for (const QString &i : items) {
        a.append(i);
    }
    return a;
}

QStringList unknownKeys(const QStringList &items, const QStringList &allowed) {
    QStringList out;
    for (const QString &i : items) {
        if (!allowed.contains(i)) {
            out.append(i);
        }
    }
    return out;
}

} // namespace BookingSupport
