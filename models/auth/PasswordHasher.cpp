#include "PasswordHasher.h"

#include "store/StoreError.h"

#include <sodium.h>

namespace {
void ensureSodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) {
        throw StoreError(QStringLiteral("The password library could not start."));
    }
}
} // namespace

QString PasswordHasher::hash(const QString &password, Strength strength) {
    ensureSodium();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops =
        strength == Strength::Fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem =
        strength == Strength::Fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, utf8.constData(), size_t(utf8.size()), ops, mem,
                              crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw StoreError(QStringLiteral("Not enough memory to protect the password."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &encodedHash, const QString &password) {
    ensureSodium();
    const QByteArray h = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    if (h.isEmpty() || h.size() >= crypto_pwhash_STRBYTES) {
        return false;
    }
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), size_t(utf8.size())) == 0;
}
