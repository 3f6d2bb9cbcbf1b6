// The desk's keychain on a real Secret Service. CTest runs this twice (tests/gui/CMakeLists.txt):
//   KeychainTokenStoreTest  through tests/support/with-keyring.sh — a private D-Bus session with an unlocked
//                           GNOME Keyring — running keepsReadsOverwritesAndForgetsAToken;
//   KeychainUnavailableTest with no D-Bus session at all, running saysPlainlyThereIsNoKeychain.
#include "sync/KeychainTokenStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class KeychainTokenStoreTest : public QObject {
    Q_OBJECT

private slots:
    void keepsReadsOverwritesAndForgetsAToken() {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
            QFAIL("run through tests/support/with-keyring.sh: there is no D-Bus session");
        }
        // A service name of its own, so a run never meets another run's secrets.
        KeychainTokenStore keychain(QStringLiteral("TechMates Desk test ") +
                                    QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(keychain.isAvailable());

        const QString user = QStringLiteral("coordinator");
        TokenStore::Answer nothing = keychain.read(user);
        QCOMPARE(nothing.status, TokenStore::Answer::Status::NotFound);
        QVERIFY(nothing.token.isEmpty());

        QVERIFY(keychain.write(user, QStringLiteral("token-one")).ok());
        TokenStore::Answer first = keychain.read(user);
        QVERIFY2(first.ok(), qPrintable(first.message));
        QCOMPARE(first.token, QStringLiteral("token-one"));

        // Another person's sign-in is kept apart.
        QVERIFY(keychain.write(QStringLiteral("librarian"), QStringLiteral("token-lib")).ok());

        QVERIFY(keychain.write(user, QStringLiteral("token-two")).ok());
        QCOMPARE(keychain.read(user).token, QStringLiteral("token-two"));
        QCOMPARE(keychain.read(QStringLiteral("librarian")).token, QStringLiteral("token-lib"));

        // A second store object on the same service sees the same keychain (the desk after a restart).
        KeychainTokenStore again(keychain.service());
        QCOMPARE(again.read(user).token, QStringLiteral("token-two"));

        QVERIFY(keychain.remove(user).ok());
        QCOMPARE(keychain.read(user).status, TokenStore::Answer::Status::NotFound);
        QCOMPARE(keychain.read(QStringLiteral("librarian")).token, QStringLiteral("token-lib"));
        // Forgetting what is not kept is not a failure: the person is signed out either way.
        QVERIFY(keychain.remove(user).ok());
        QVERIFY(keychain.remove(QStringLiteral("librarian")).ok());
    }

    void saysPlainlyThereIsNoKeychain() {
        // No session bus anywhere: not in the environment, not in a runtime folder, no X display to
        // autolaunch one from.
        QTemporaryDir runtime;
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        qputenv("XDG_RUNTIME_DIR", runtime.path().toUtf8());

        KeychainTokenStore keychain(QStringLiteral("TechMates Desk test"));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!keychain.isAvailable());
        // The desk asks this when the Sync tab opens: it must not hang the desk.
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));

        const QString plain =
            QStringLiteral("No keychain is available on this computer, so TechMates cannot keep you signed "
                           "in to the council "
                           "server; you can keep working offline and sync by signing in each time.");
        QCOMPARE(TokenStore::unavailableMessage(), plain);
        for (const TokenStore::Answer &a :
             {keychain.write(QStringLiteral("admin"), QStringLiteral("secret-token")),
              keychain.read(QStringLiteral("admin")), keychain.remove(QStringLiteral("admin"))}) {
            QCOMPARE(a.status, TokenStore::Answer::Status::Unavailable);
            QCOMPARE(a.message, plain);
            QVERIFY(a.token.isEmpty());
        }
        // No insecure fallback: QtKeychain's would be a settings file named after the service.
        const QString fallback = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                                 QStringLiteral("/TechMates Desk test.conf");
        QVERIFY2(!QFile::exists(fallback), qPrintable(fallback));
    }
};

QTEST_GUILESS_MAIN(KeychainTokenStoreTest)
#include "KeychainTokenStoreTest.moc"
