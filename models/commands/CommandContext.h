#pragma once

#include "auth/Actor.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class IdSource;
class Store;

// Everything a command may use while it runs inside its transaction. "now" and the HLC stamp are fixed
// once per command so every row it writes carries the same time.
struct CommandContext {
    Store &store;
    QSqlDatabase db;
    IdSource &ids;
    const Actor &actor;
    QDateTime now;  // UTC
    QString nowIso; // now as ISO 8601 with milliseconds
    QString today;  // local date, YYYY-MM-DD
    QString hlc;
    // Ids handed out so far, in order: they go into the outbox row so a replay can hand out the same ones.
    QStringList *issuedIds = nullptr;
    // On a replay: the ids the original run handed out, given back in the same order.
    QStringList replayIds;

    QString newId();
};
