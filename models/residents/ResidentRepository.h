#pragma once

#include "Resident.h"

#include <QSqlDatabase>
#include <optional>

class Actor;

// Reads single residents. Enforces what the actor may see: a volunteer only reaches residents they
// have a booking with.
class ResidentRepository {
public:
    explicit ResidentRepository(QSqlDatabase db)
        : m_db(std::move(db)) {}

    std::optional<Resident> byId(const QString &id, const Actor &actor) const;
    std::optional<Resident> byCard(const QString &card, const Actor &actor) const;

    // Raw lookup for the write path, no visibility filter (the command's permission is checked already).
    std::optional<Resident> loadForWrite(const QString &id) const;
    bool cardInUse(const QString &card, const QString &exceptId = {}) const;

    // " AND …" restricting residentIdColumn to what the actor may see; bind its :visible_volunteer with
    // bindVisibility(). Empty for people who may see every resident.
    static QString visibilityClause(const Actor &actor, const QString &residentIdColumn);
    static void bindVisibility(class Sql &query, const Actor &actor);

private:
    std::optional<Resident> load(const QString &where, const QString &value, const Actor *actor) const;
    QSqlDatabase m_db;
};
