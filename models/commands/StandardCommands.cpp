#include "CommandRegistry.h"

#include "auth/UserCommandFactories.h"
#include "bookings/BookingCommandFactories.h"
#include "devices/DeviceCommandFactories.h"
#include "loans/LoanCommandFactories.h"
#include "residents/ResidentCommandFactories.h"
#include "skills/SkillsCommandFactories.h"
#include "training/TrainingCommandFactories.h"

#include "sync/LoanConflictCommands.h"
#include "sync/SeedRowsCommand.h"

// The one place that lists every module's commands. Each module keeps its factories next to its commands
// (e.g. loans/LoanCommandFactories.cpp) and exposes one register function.

namespace {
void registerSyncCommands(CommandRegistry &r) {
    r.add(QStringLiteral("sync.seed"), &SeedRowsCommand::fromPayload);
    r.add(QStringLiteral("conflict.resolve_loan"), &ResolveLoanConflictCommand::fromPayload);
    r.add(QStringLiteral("sync.loan_conflict"), &RecordLoanConflictCommand::fromPayload);
}
} // namespace

const CommandRegistry &CommandRegistry::standard() {
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerSyncCommands(r);
        registerResidentCommands(r);
        registerUserCommands(r);
        registerDeviceCommands(r);
        registerLoanCommands(r);
        registerBookingCommands(r);
        registerSkillsCommands(r);
        registerTrainingCommands(r);
        return r;
    }();
    return registry;
}
