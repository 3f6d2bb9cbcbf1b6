#pragma once

#include <QList>
#include <QString>
#include <functional>

class CliContext;

// The subcommands of `techmates`. Each area registers its own in its own file (ResidentCli.cpp, …), so
// adding a capability adds a file, not a branch in main().
struct CliCommand {
    QString group;  // "resident"
    QString action; // "find"; empty for single-word commands such as "demo"
    QString usage;  // one line for --help
    std::function<int(CliContext &, const QStringList &args)> run;
};

class CliRegistry {
public:
    void add(CliCommand command) { m_commands.append(std::move(command)); }
    const CliCommand *find(const QString &group, const QString &action) const;
    bool hasGroup(const QString &group) const;
    QString usage() const;

private:
    QList<CliCommand> m_commands;
};

void registerBenchCommands(CliRegistry &registry);
void registerDemoCommands(CliRegistry &registry);
void registerResidentCommands(CliRegistry &registry);
void registerUserCommands(CliRegistry &registry);
void registerDeviceCommands(CliRegistry &registry);
void registerLoanCommands(CliRegistry &registry);
void registerWipeCommands(CliRegistry &registry);
void registerSyncCommands(CliRegistry &registry);
void registerBookingCliCommands(CliRegistry &registry);
void registerSkillsCliCommands(CliRegistry &registry);
void registerTrainingCliCommands(CliRegistry &registry);
