#include "CommandRegistry.h"
#include "auth/UserCommandFactories.h"
#include "devices/DeviceCommandFactories.h"
#include "loans/LoanCommandFactories.h"
#include "residents/ResidentCommandFactories.h"

// The one place that lists every module's commands. Each module keeps its factories next to its commands
// (e.g. loans/LoanCommandFactories.cpp) and exposes one register function.

const CommandRegistry &CommandRegistry::standard() {
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerResidentCommands(r);
        registerUserCommands(r);
        registerDeviceCommands(r);
        registerLoanCommands(r);
        return r;
    }();
    return registry;
}
