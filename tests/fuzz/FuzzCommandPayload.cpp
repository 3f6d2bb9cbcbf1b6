// An op's payload as the server receives it (or a desk replays it): {"command": NAME, "payload": {...}}.
// CommandRegistry::build must either rebuild the command or refuse with a message (never crash, never
// accept silently-defaulted garbage that then crashes); a rebuilt command's check() runs against the fixture
// store in a rolled-back transaction (CommandBus::preview) and must refuse in words or accept; an accepted
// command's own payload must rebuild.
#include "FuzzSupport.h"
#include "commands/Command.h"
#include "commands/CommandBus.h"
#include "commands/CommandRegistry.h"
#include "store/StoreError.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    TestStore &t = Fuzz::store();
    const QJsonDocument doc = QJsonDocument::fromJson(Fuzz::bytes(data, size));
    if (!doc.isObject()) {
        return 0;
    }
    const QString name = doc.object().value(QLatin1String("command")).toString();
    const QJsonObject payload = doc.object().value(QLatin1String("payload")).toObject();
    const CommandRegistry &registry = CommandRegistry::standard();
    QString error;
    std::unique_ptr<Command> command = registry.build(name, payload, &error);
    if (!command) {
        if (error.isEmpty()) {
            Fuzz::violated("build() refused without a message", name);
        }
        return 0;
    }
    if (command->name() != name) {
        Fuzz::violated("build() made a different command", name + QStringLiteral(" → ") + command->name());
    }
    std::optional<QString> refusal;
    try {
        refusal = t.bus().preview(*command, t.admin());
    } catch (const StoreError &e) {
        refusal = e.message(); // refused by the store in words: fine
    }
    if (refusal && refusal->isEmpty()) {
        Fuzz::violated("check() refused without a message", name);
    }
    // A command its check() accepts writes a payload that must itself rebuild (what the server forwards to
    // the other desks). Only then: some fields of payload() are filled in by check().
    if (!refusal) {
        std::unique_ptr<Command> again = registry.build(name, command->payload(), &error);
        if (!again) {
            Fuzz::violated("an accepted command's payload does not rebuild",
                           name + QStringLiteral(": ") + error);
        }
    }
    return 0;
}
