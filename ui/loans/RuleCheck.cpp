#include "RuleCheck.h"

#include "commands/Command.h"
#include "commands/CommandContext.h"
#include "core/Clock.h"
#include "core/IdSource.h"
#include "store/Store.h"

#include <QCoreApplication>

std::optional<QString> RuleCheck::refusal(Command &command, Store &store, const Clock &clock,
                                          const Actor &actor) {
    if (!actor.can(command.permission())) {
        return QCoreApplication::translate("RuleCheck", "You do not have the “%1” permission for this.")
            .arg(permissionKey(command.permission()));
    }
    // check() never asks for ids or a clock stamp (apply() does), so a throwaway id source and an empty
    // stamp are enough and the store's hybrid clock is left alone.
    IdSource unusedIds(0);
    const QDateTime now = clock.now().toUTC();
    CommandContext ctx{store,
                       store.database(),
                       unusedIds,
                       actor,
                       now,
                       now.toString(Qt::ISODateWithMs),
                       now.toLocalTime().date().toString(Qt::ISODate),
                       QString()};
    return command.check(ctx);
}
