#pragma once

#include <QCoreApplication>
#include <QString>

// Where a desk keeps a person's sign-in to the council server between sessions (DESIGN.md §4): the
// operating system's keychain (ui/sync/KeychainTokenStore), one secret per user name. Never settings, logs
// or the store; when there is no keychain there is no fallback, and the person signs in each time.
// Every call waits for the keychain's answer; call from the thread that owns the object.
class TokenStore {
public:
    struct Answer {
        enum class Status {
            Done,        // written, read (token holds it) or removed
            NotFound,    // nothing kept for this person (a remove of nothing is Done)
            Unavailable, // no keychain on this computer
            Failed,      // the keychain refused or failed; message says how
        };
        Status status = Status::Failed;
        QString token;
        QString message; // plain words when not Done

        bool ok() const { return status == Status::Done; }
    };

    virtual ~TokenStore() = default;

    virtual bool isAvailable() = 0;
    virtual Answer read(const QString &username) = 0;
    virtual Answer write(const QString &username, const QString &token) = 0;
    virtual Answer remove(const QString &username) = 0;

    // What the desk says when there is no keychain service.
    static QString unavailableMessage() {
        return QCoreApplication::translate(
            "TokenStore", "No keychain is available on this computer, so TechMates cannot keep you signed in "
                          "to the council server; you can keep working offline and sync by signing in each "
                          "time.");
    }
};
