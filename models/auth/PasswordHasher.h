#pragma once

#include <QString>

// Argon2id password hashes (libsodium's crypto_pwhash_str). The encoded hash carries its own cost
// parameters, so a store can mix strengths and verification always uses the right ones.
class PasswordHasher {
public:
    enum class Strength {
        Interactive, // libsodium's interactive limits (~64 MiB): people's real passwords
        Fast,        // the minimum limits: unit tests that create many users
    };

    static QString hash(const QString &password, Strength strength = Strength::Interactive);
    static bool verify(const QString &encodedHash, const QString &password);
};
