#include "UserCommands.h"

#include "PasswordHasher.h"
#include "commands/CommandContext.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("UserCommands", text);
}
} // namespace

CreateUserCommand::CreateUserCommand(Details details, bool fastHashForTests)
    : m_details(std::move(details))
    , m_fastHash(fastHashForTests) {}

std::optional<QString> CreateUserCommand::check(CommandContext &ctx) {
    m_details.username = m_details.username.trimmed().toLower();
    m_details.displayName = m_details.displayName.simplified();
    static const QRegularExpression nameRe(QStringLiteral("^[a-z][a-z0-9._-]{1,31}$"));
    if (!nameRe.match(m_details.username).hasMatch()) {
        return tr("A user name is 2 to 32 lower-case letters, digits, dots, dashes or underscores, "
                  "starting with a letter.");
    }
    if (m_details.displayName.isEmpty() || m_details.displayName.size() > 80) {
        return tr("Enter the person's name (at most 80 characters).");
    }
    if (!m_details.passwordHash.isEmpty()) {
        if (!m_details.passwordHash.startsWith(QLatin1String("$argon2id$")) ||
            m_details.passwordHash.size() > 512) {
            return tr("The password hash is not an Argon2id hash.");
        }
    } else if (m_details.password.size() < kMinPasswordLength &&
               m_details.password != QLatin1String("demo")) {
        // Demo stores use the short password "demo"; everyone else needs a real one.
        return tr("The password must be at least %1 characters long.").arg(kMinPasswordLength);
    }
    if (Sql(ctx.db, QStringLiteral("SELECT count(*) FROM users WHERE username = :u"))
            .bind(QStringLiteral(":u"), m_details.username)
            .scalar()
            .toInt() > 0) {
        return tr("The user name “%1” is taken. Choose another.").arg(m_details.username);
    }
    if (m_details.role == Role::Volunteer && m_details.volunteerId.isEmpty()) {
        return tr("A volunteer's account must be linked to their volunteer record.");
    }
    return std::nullopt;
}

Command::Applied CreateUserCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    m_hash =
        !m_details.passwordHash.isEmpty()
            ? m_details.passwordHash
            : PasswordHasher::hash(m_details.password, m_fastHash ? PasswordHasher::Strength::Fast
                                                                  : PasswordHasher::Strength::Interactive);
    Sql(ctx.db,
        QStringLiteral("INSERT INTO users(id, username, display_name, role, password_hash, branch_id, "
                       "volunteer_id, updated_at, hlc) VALUES (:id, :u, :d, :r, :h, :b, :v, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":u"), m_details.username)
        .bind(QStringLiteral(":d"), m_details.displayName)
        .bind(QStringLiteral(":r"), roleKey(m_details.role))
        .bind(QStringLiteral(":h"), m_hash)
        .bind(QStringLiteral(":b"), nullIfEmpty(m_details.branchId))
        .bind(QStringLiteral(":v"), nullIfEmpty(m_details.volunteerId))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("users"),
            m_id,
            tr("Added %1 as %2").arg(m_details.username, roleDisplayName(m_details.role)),
            {}};
}

QJsonObject CreateUserCommand::payload() const {
    // The hash travels so the person can sign in at other desks; the password itself never does.
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("username"), m_details.username},
            {QStringLiteral("display_name"), m_details.displayName},
            {QStringLiteral("role"), roleKey(m_details.role)},
            {QStringLiteral("password_hash"), m_hash},
            {QStringLiteral("branch_id"), m_details.branchId},
            {QStringLiteral("volunteer_id"), m_details.volunteerId}};
}

QJsonObject CreateUserCommand::auditPayload() const {
    QJsonObject o = payload();
    o.remove(QStringLiteral("password_hash"));
    o.remove(QStringLiteral("display_name"));
    return o;
}
