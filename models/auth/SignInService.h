#pragma once

#include "Actor.h"

#include <QSqlDatabase>
#include <QString>

class Clock;
class Store;

// Checks a user name and password against the store and throttles repeated failures:
// after kFreeAttempts wrong passwords for one user name, each further try waits 30 s, doubling up to 15 min.
// The state lives in the store, so restarting the desk does not reset it.
class SignInService {
public:
    SignInService(Store &store, const Clock &clock);

    struct Result {
        bool ok = false;
        Actor actor;
        QString message; // why not, for the person at the desk
        int retryAfterSeconds = 0;
    };

    Result signIn(const QString &username, const QString &password);

    // True when the store has no people yet: the desk then asks for the first administrator.
    bool needsFirstAdmin() const;

    // Loads the person for an already-authenticated user name (quick switch, CLI after sign-in).
    static Actor loadActor(Store &store, const QString &userId);
    static Actor loadActor(const QSqlDatabase &db, const QString &userId); // any connection to a store

    static constexpr int kFreeAttempts = 5;

private:
    int lockSecondsRemaining(const QString &username) const;
    void recordFailure(const QString &username);
    void clearFailures(const QString &username);

    Store &m_store;
    const Clock &m_clock;
};
