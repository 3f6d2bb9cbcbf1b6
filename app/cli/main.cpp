// techmates: the command-line tool on the same core as the desk (DESIGN.md §7).
#include "CliContext.h"
#include "CliRegistry.h"
#include "Translations.h"
#include "core/AppIdentity.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {
QString usage(const CliRegistry &registry) {
    return QCoreApplication::translate("Cli",
                                       "Usage: techmates [--store STORE] [--user NAME] COMMAND …\n"
                                       "       techmates --version\n"
                                       "The password comes from TECHMATES_PASSWORD, else it is asked for.\n"
                                       "Commands:\n") +
           registry.usage();
}
} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    applyAppIdentity();
    // Messages and refusals in the language of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG);
    // English when it is not one TechMates speaks. JSON output and wire names are never translated.
    Translations::install(Translations::resolve(QString()));

    CliRegistry registry;
    registerBenchCommands(registry);
    registerDemoCommands(registry);
    registerResidentCommands(registry);
    registerUserCommands(registry);
    registerDeviceCommands(registry);
    registerLoanCommands(registry);
    registerWipeCommands(registry);
    registerSyncCommands(registry);
    registerBookingCliCommands(registry);
    registerSkillsCliCommands(registry);
    registerTrainingCliCommands(registry);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString storePath;
    QString user;
    // Global options come before the command word.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            out << "techmates " << QCoreApplication::applicationVersion() << Qt::endl;
            return ExitDone;
        }
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << usage(registry);
            return ExitDone;
        }
        QString *target = opt == QLatin1String("--store")  ? &storePath
                          : opt == QLatin1String("--user") ? &user
                                                           : nullptr;
        if (!target) {
            err << QCoreApplication::translate("Cli", "Unknown option %1.").arg(opt) << Qt::endl
                << usage(registry);
            return ExitUsage;
        }
        if (args.isEmpty()) {
            err << QCoreApplication::translate("Cli", "%1 needs a value.").arg(opt) << Qt::endl;
            return ExitUsage;
        }
        *target = args.takeFirst();
    }
    if (args.isEmpty()) {
        err << usage(registry);
        return ExitUsage;
    }
    const QString group = args.takeFirst();
    const CliCommand *command = registry.find(group, QString());
    if (!command && registry.hasGroup(group) && !args.isEmpty()) {
        command = registry.find(group, args.first());
        if (command) {
            args.removeFirst();
        }
    }
    if (!command) {
        err << QCoreApplication::translate("Cli", "Unknown command: %1")
                   .arg(QStringList{group, args.value(0)}.join(QLatin1Char(' ')).trimmed())
            << Qt::endl
            << usage(registry);
        return ExitUsage;
    }
    CliContext ctx(storePath.isEmpty() ? Store::defaultPath() : storePath, user);
    return command->run(ctx, args);
}
