// Sign-in: Argon2id hashes, one message for unknown names and wrong passwords, and throttling that
// survives a restart of the desk.
#include "TestStore.h"
#include "auth/PasswordHasher.h"
#include "auth/SignInService.h"
#include "store/Sql.h"

#include <QTest>

class SignInTest : public QObject {
    Q_OBJECT

private slots:
    void hashesAreArgon2idAndSalted() {
        const QString a =
            PasswordHasher::hash(QStringLiteral("correct horse"), PasswordHasher::Strength::Fast);
        const QString b =
            PasswordHasher::hash(QStringLiteral("correct horse"), PasswordHasher::Strength::Fast);
        QVERIFY(a.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(a != b);
        QVERIFY(PasswordHasher::verify(a, QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(a, QStringLiteral("correct horsE")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("correct horse")));
        QVERIFY(!PasswordHasher::verify(QString(), QString()));
        // The password is never stored: only the hash is in the store.
        TestStore t;
        QCOMPARE(
            Sql(t.db(), QStringLiteral("SELECT count(*) FROM users WHERE password_hash LIKE '%password1%'"))
                .scalar()
                .toInt(),
            0);
    }

    void rightPasswordSignsIn() {
        TestStore t;
        SignInService s(t.store(), t.clock());
        const auto r = s.signIn(QStringLiteral("Librarian "), QString::fromLatin1(TestStore::kPassword));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.actor.username(), QStringLiteral("librarian"));
        QCOMPARE(r.actor.role(), Role::Librarian);
        QCOMPARE(r.actor.branchId(), t.branchId());
    }

    void wrongPasswordAndUnknownNameGetTheSameMessage() {
        TestStore t;
        SignInService s(t.store(), t.clock());
        const auto wrong = s.signIn(QStringLiteral("librarian"), QStringLiteral("password2"));
        const auto unknown = s.signIn(QStringLiteral("nobody"), QStringLiteral("password1"));
        QVERIFY(!wrong.ok);
        QVERIFY(!unknown.ok);
        QCOMPARE(wrong.message, unknown.message);
        QVERIFY(wrong.message.contains(QLatin1String("do not match")));
        QVERIFY(!wrong.actor.isSignedIn());
        const auto empty = s.signIn(QStringLiteral("  "), QStringLiteral("x"));
        QVERIFY(!empty.ok);
        QVERIFY(empty.message.contains(QLatin1String("user name")));
    }

    void repeatedFailuresAreThrottledAndRecover() {
        TestStore t;
        SignInService s(t.store(), t.clock());
        for (int i = 0; i < SignInService::kFreeAttempts; ++i) {
            QVERIFY(!s.signIn(QStringLiteral("librarian"), QStringLiteral("guess%1").arg(i)).ok);
        }
        // Locked now: even the right password waits.
        auto locked = s.signIn(QStringLiteral("librarian"), QString::fromLatin1(TestStore::kPassword));
        QVERIFY(!locked.ok);
        QCOMPARE(locked.retryAfterSeconds, 30);
        QVERIFY2(locked.message.contains(QLatin1String("Too many wrong passwords")),
                 qPrintable(locked.message));
        // Other people at the desk are not affected.
        QVERIFY(s.signIn(QStringLiteral("coordinator"), QString::fromLatin1(TestStore::kPassword)).ok);

        t.clock().advanceSeconds(31);
        // One more wrong guess after the wait doubles the next lock.
        QVERIFY(!s.signIn(QStringLiteral("librarian"), QStringLiteral("guess-again")).ok);
        QCOMPARE(s.signIn(QStringLiteral("librarian"), QString::fromLatin1(TestStore::kPassword))
                     .retryAfterSeconds,
                 60);

        t.clock().advanceSeconds(61);
        const auto ok = s.signIn(QStringLiteral("librarian"), QString::fromLatin1(TestStore::kPassword));
        QVERIFY2(ok.ok, qPrintable(ok.message));
        // Success clears the count: the next mistake is free again.
        QVERIFY(!s.signIn(QStringLiteral("librarian"), QStringLiteral("typo")).ok);
        QVERIFY(s.signIn(QStringLiteral("librarian"), QString::fromLatin1(TestStore::kPassword)).ok);
    }

    void throttlingSurvivesARestart() {
        TestStore t;
        {
            SignInService s(t.store(), t.clock());
            for (int i = 0; i < SignInService::kFreeAttempts; ++i) {
                s.signIn(QStringLiteral("admin"), QStringLiteral("nope"));
            }
        }
        auto reopened = Store::open(t.path());
        QVERIFY(reopened.store);
        SignInService again(*reopened.store, t.clock());
        QVERIFY(again.signIn(QStringLiteral("admin"), QString::fromLatin1(TestStore::kPassword))
                    .retryAfterSeconds > 0);
    }

    void unknownNamesAreThrottledToo() {
        TestStore t;
        SignInService s(t.store(), t.clock());
        for (int i = 0; i < SignInService::kFreeAttempts; ++i) {
            s.signIn(QStringLiteral("ghost"), QStringLiteral("x"));
        }
        QVERIFY(s.signIn(QStringLiteral("ghost"), QStringLiteral("x")).retryAfterSeconds > 0);
    }

    void aSwitchedOffAccountCannotSignIn() {
        TestStore t;
        Sql(t.db(), QStringLiteral("UPDATE users SET active = 0 WHERE username = 'volunteer'")).exec();
        const auto r = SignInService(t.store(), t.clock())
                           .signIn(QStringLiteral("volunteer"), QString::fromLatin1(TestStore::kPassword));
        QVERIFY(!r.ok);
        QVERIFY(r.message.contains(QLatin1String("switched off")));
    }

    void anEmptyStoreAsksForTheFirstAdmin() {
        TestStore empty(false);
        QVERIFY(SignInService(empty.store(), empty.clock()).needsFirstAdmin());
        TestStore full;
        QVERIFY(!SignInService(full.store(), full.clock()).needsFirstAdmin());
    }
};

QTEST_GUILESS_MAIN(SignInTest)
#include "SignInTest.moc"
