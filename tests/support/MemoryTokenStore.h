#pragma once

#include "sync/TokenStore.h"

#include <QHash>

// A keychain for tests that keeps sign-ins in memory; "available" can be switched off to act out a
// computer with no keychain service. Counts writes so tests can check what was kept.
class MemoryTokenStore final : public TokenStore {
public:
    bool available = true;

    bool isAvailable() override { return available; }
    Answer read(const QString &username) override {
        if (!available) {
            return {Answer::Status::Unavailable, {}, unavailableMessage()};
        }
        if (!m_tokens.contains(username)) {
            return {Answer::Status::NotFound, {}, {}};
        }
        return {Answer::Status::Done, m_tokens.value(username), {}};
    }
    Answer write(const QString &username, const QString &token) override {
        if (!available) {
            return {Answer::Status::Unavailable, {}, unavailableMessage()};
        }
        m_tokens.insert(username, token);
        ++writes;
        return {Answer::Status::Done, {}, {}};
    }
    Answer remove(const QString &username) override {
        if (!available) {
            return {Answer::Status::Unavailable, {}, unavailableMessage()};
        }
        m_tokens.remove(username);
        return {Answer::Status::Done, {}, {}};
    }

    QHash<QString, QString> tokens() const { return m_tokens; }
    int writes = 0;

private:
    QHash<QString, QString> m_tokens;
};
