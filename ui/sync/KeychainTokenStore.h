#pragma once

#include "sync/TokenStore.h"

#include <QString>

namespace QKeychain {
class Job;
}

// The desk's TokenStore on the operating system's keychain through QtKeychain (the Secret Service — GNOME
// Keyring, KWallet — on Linux; Keychain on macOS; Credential Manager on Windows). The insecure fallback
// (a plain settings file) stays off: without a keychain the answer is Unavailable. Each call runs the
// keychain job and waits for it in a local event loop, so call it from the UI thread.
class KeychainTokenStore final : public TokenStore {
public:
    explicit KeychainTokenStore(QString service = QStringLiteral("TechMates Desk"));

    bool isAvailable() override;
    Answer read(const QString &username) override;
    Answer write(const QString &username, const QString &token) override;
    Answer remove(const QString &username) override;

    QString service() const { return m_service; }

private:
    Answer run(QKeychain::Job &job);
    static Answer unavailable();

    QString m_service;
    bool m_available = false;
};
