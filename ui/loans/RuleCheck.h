#pragma once

#include <QString>
#include <optional>

class Actor;
class Clock;
class Command;
class Store;

// Asks a command's own rules whether it would go ahead, without running it: check() only reads, and no
// transaction, audit or outbox row is involved, so nothing can be written. The desk uses this when a scan
// alone should say what is wrong ("TAB0001 is not on loan: it was already checked in … Was it scanned
// twice?") in exactly the words the command would use, before the person has filled in anything else.
// Check-in and wipe have no assessment class of their own (check-out and renewal do).
class RuleCheck {
public:
    // The refusal the command's rules give now, or nothing when they would let it go ahead.
    // Throws StoreError when the store cannot be read.
    static std::optional<QString> refusal(Command &command, Store &store, const Clock &clock,
                                          const Actor &actor);
};
