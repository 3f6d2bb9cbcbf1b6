#pragma once

#include "auth/Permission.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

class Actor;
struct CommandContext;

// What the booking commands share: who may act for a volunteer, and the small lookups every command needs.
namespace BookingSupport {

// A command run "as the volunteer" (own) needs booking.own and may touch only that person's own records; run
// by staff it needs booking.manage. The choice travels in the payload, so a replay asks for the same
// permission.
inline Permission permissionFor(bool own) {
    return own ? Permission::BookingOwn : Permission::BookingManage;
}
// True when the actor works as a volunteer (no booking.manage): what the desk and the CLI pass as `own`.
bool actsAsVolunteer(const Actor &actor);
// Refusal when an `own` command names another volunteer's record.
std::optional<QString> ownRefusal(bool own, const Actor &actor, const QString &volunteerId);

struct ResidentRef {
    QString id;
    QString card;
    QString preferredLanguage;
};
// A resident by library card (as typed: spaces trimmed), for the write path; nothing for an unknown or
// anonymised card.
std::optional<ResidentRef> residentByCard(const QSqlDatabase &db, const QString &card);
std::optional<ResidentRef> residentById(const QSqlDatabase &db, const QString &id);

// A branch by id or by code; empty when none.
QString branchId(const QSqlDatabase &db, const QString &idOrCode);

QJsonArray toJson(const QStringList &items);

// Keys of `items` that are not in `allowed`.
QStringList unknownKeys(const QStringList &items, const QStringList &allowed);

} // namespace BookingSupport
