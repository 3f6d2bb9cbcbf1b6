#include "CommandRegistry.h"
#include "skills/SkillsCommandFactories.h"
#include "training/TrainingCommandFactories.h"

// The one place that lists every module's commands. Each module keeps its factories next to its commands
// (e.g. loans/LoanCommandFactories.cpp) and exposes one register function.

const CommandRegistry &CommandRegistry::standard() {
    static const CommandRegistry registry = [] {
        CommandRegistry r;
        registerSkillsCommands(r);
        registerTrainingCommands(r);
        return r;
    }();
    return registry;
}
