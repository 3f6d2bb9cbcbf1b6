#pragma once

#include "Role.h"
#include "commands/Command.h"

// Adds a person who can sign in. The very first administrator of an empty store is created by the
// system actor (first run); after that only an administrator may add people.
class CreateUserCommand final : public Command {
public:
    struct Details {
        QString username;
        QString displayName;
        Role role = Role::Librarian;
        QString password;
        QString branchId;
        QString volunteerId;
        // An Argon2id hash made elsewhere (a replayed op): stored as it is, and no password is needed.
        // The password itself never leaves the desk where it was typed.
        QString passwordHash = {};
    };
    explicit CreateUserCommand(Details details, bool fastHashForTests = false);

    QString name() const override { return QStringLiteral("user.create"); }
    Permission permission() const override { return Permission::AdminUsers; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // never the hash nor the person's name

    static constexpr int kMinPasswordLength = 8;

private:
    Details m_details;
    QString m_id;
    QString m_hash;
    bool m_fastHash;
};
