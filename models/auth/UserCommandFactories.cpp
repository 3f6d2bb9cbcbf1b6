#include "UserCommandFactories.h"

#include "UserCommands.h"
#include "commands/CommandRegistry.h"
#include "commands/PayloadReader.h"

void registerUserCommands(CommandRegistry &registry) {
    registry.add(QStringLiteral("user.create"), [](const QJsonObject &p) {
        const PayloadReader r(p);
        CreateUserCommand::Details d;
        d.username = r.text(QStringLiteral("username"));
        d.displayName = r.text(QStringLiteral("display_name"));
        const std::optional<Role> role = roleFromKey(r.text(QStringLiteral("role")));
        if (!role) {
            throw PayloadError(QStringLiteral("the field “role” should be admin, coordinator, librarian or "
                                              "volunteer"));
        }
        d.role = *role;
        d.branchId = r.optionalText(QStringLiteral("branch_id"));
        d.volunteerId = r.optionalText(QStringLiteral("volunteer_id"));
        // The same hash, never a new one: the person signs in everywhere with the password they chose.
        d.passwordHash = r.text(QStringLiteral("password_hash"));
        if (d.passwordHash.isEmpty()) {
            throw PayloadError(QStringLiteral("the field “password_hash” is empty"));
        }
        return std::make_unique<CreateUserCommand>(d);
    });
}
