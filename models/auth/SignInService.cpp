#include "SignInService.h"

#include "PasswordHasher.h"
#include "core/Clock.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace {
// A hash of a random password, verified against when the user name is unknown so that an unknown name
// takes as long as a wrong password and does not reveal who has an account.
const QString &decoyHash() {
    static const QString h = PasswordHasher::hash(QStringLiteral("decoy-password-never-used"));
    return h;
}

QString isoUtc(const QDateTime &t) {
    return t.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

SignInService::SignInService(Store &store, const Clock &clock)
    : m_store(store)
    , m_clock(clock) {}

bool SignInService::needsFirstAdmin() const {
    return Sql(m_store.database(), QStringLiteral("SELECT count(*) FROM users WHERE deleted = 0"))
               .scalar()
               .toInt() == 0;
}

SignInService::Result SignInService::signIn(const QString &username, const QString &password) {
    Result r;
    const QString name = username.trimmed();
    if (name.isEmpty()) {
        r.message = QCoreApplication::translate("SignIn", "Enter your user name.");
        return r;
    }
    if (const int wait = lockSecondsRemaining(name); wait > 0) {
        r.retryAfterSeconds = wait;
        // Minutes once the wait is long; whole words, not "second(s)", until plural translations ship.
        const QString waitText =
            wait >= 120 ? QCoreApplication::translate("SignIn", "%1 minutes").arg((wait + 59) / 60)
            : wait == 1 ? QCoreApplication::translate("SignIn", "1 second")
                        : QCoreApplication::translate("SignIn", "%1 seconds").arg(wait);
        r.message =
            QCoreApplication::translate("SignIn", "Too many wrong passwords for “%1”. Try again in %2, "
                                                  "or ask a coordinator to check the account.")
                .arg(name, waitText);
        return r;
    }

    Sql q(m_store.database(),
          QStringLiteral("SELECT id, password_hash, active FROM users WHERE username = :u AND deleted = 0"));
    q.bind(QStringLiteral(":u"), name).exec();
    const bool known = q.next();
    const QString userId = known ? q.value(0).toString() : QString();
    const QString hash = known ? q.value(1).toString() : decoyHash();
    const bool active = known && q.value(2).toBool();

    if (!PasswordHasher::verify(hash, password) || !known) {
        recordFailure(name);
        r.message =
            QCoreApplication::translate("SignIn", "That user name and password do not match. Try again.");
        return r;
    }
    if (!active) {
        r.message =
            QCoreApplication::translate("SignIn", "The account “%1” is switched off. Ask an administrator.")
                .arg(name);
        return r;
    }
    clearFailures(name);
    r.ok = true;
    r.actor = loadActor(m_store, userId);
    return r;
}

Actor SignInService::loadActor(Store &store, const QString &userId) {
    return loadActor(store.database(), userId);
}

Actor SignInService::loadActor(const QSqlDatabase &db, const QString &userId) {
    Sql q(db, QStringLiteral("SELECT id, username, display_name, role, branch_id, volunteer_id, grants "
                             "FROM users WHERE id = :id AND deleted = 0 AND active = 1"));
    q.bind(QStringLiteral(":id"), userId).exec();
    if (!q.next()) {
        return {};
    }
    QSet<Permission> grants;
    for (const QString &key : q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto p = permissionFromKey(key.trimmed())) {
            grants.insert(*p);
        }
    }
    const auto role = roleFromKey(q.value(3).toString());
    if (!role) {
        return {};
    }
    return Actor(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), *role,
                 q.value(4).toString(), q.value(5).toString(), grants);
}

int SignInService::lockSecondsRemaining(const QString &username) const {
    Sql q(m_store.database(),
          QStringLiteral("SELECT locked_until FROM sign_in_throttle WHERE username = :u"));
    const QVariant until = q.bind(QStringLiteral(":u"), username).scalar();
    if (until.isNull() || until.toString().isEmpty()) {
        return 0;
    }
    const QDateTime lockedUntil = QDateTime::fromString(until.toString(), Qt::ISODateWithMs);
    const qint64 ms = m_clock.now().msecsTo(lockedUntil);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

void SignInService::recordFailure(const QString &username) {
    const QDateTime now = m_clock.now();
    Sql up(m_store.database(),
           QStringLiteral("INSERT INTO sign_in_throttle(username, failures, last_failure_at) "
                          "VALUES (:u, 1, :t) ON CONFLICT(username) DO UPDATE SET "
                          "failures = failures + 1, last_failure_at = excluded.last_failure_at "
                          "RETURNING failures"));
    const int failures =
        up.bind(QStringLiteral(":u"), username).bind(QStringLiteral(":t"), isoUtc(now)).scalar().toInt();
    if (failures >= kFreeAttempts) {
        const int over = qMin(failures - kFreeAttempts, 5);
        const int seconds = qMin(30 << over, 15 * 60);
        Sql(m_store.database(),
            QStringLiteral("UPDATE sign_in_throttle SET locked_until = :until WHERE username = :u"))
            .bind(QStringLiteral(":until"), isoUtc(now.addSecs(seconds)))
            .bind(QStringLiteral(":u"), username)
            .exec();
    }
}

void SignInService::clearFailures(const QString &username) {
    Sql(m_store.database(), QStringLiteral("DELETE FROM sign_in_throttle WHERE username = :u"))
        .bind(QStringLiteral(":u"), username)
        .exec();
}
