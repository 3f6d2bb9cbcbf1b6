#include "FirstAdminDialog.h"
#include "MessageBanner.h"
#include "TestStore.h"
#include "auth/SignInService.h"
#include "store/Sql.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

// First run on an empty store: the first administrator is created from the keyboard, through the
// write path, by the system actor; mistakes are explained in the dialog.
class GuiFirstAdminTest : public QObject {
    Q_OBJECT

private:
    static QLineEdit *field(QWidget *dialog, const char *name) {
        auto *f = dialog->findChild<QLineEdit *>(QString::fromLatin1(name));
        if (!f) {
            qFatal("no field %s", name);
        }
        return f;
    }

private slots:
    void createsTheFirstAdministrator() {
        TestStore ts(false);
        SignInService signIn(ts.store(), ts.clock());
        QVERIFY(signIn.needsFirstAdmin());

        FirstAdminDialog dialog(ts.bus(), signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QLineEdit *name = field(&dialog, "firstAdminName");
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Sam Jones"));
        QTest::keyClick(name, Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sjones"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("correct horse"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), field(&dialog, "firstAdminConfirm"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("correct horse"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(!dialog.createdUserId().isEmpty());
        QVERIFY(!signIn.needsFirstAdmin());
        const Actor admin = SignInService::loadActor(ts.store(), dialog.createdUserId());
        QCOMPARE(admin.username(), QStringLiteral("sjones"));
        QCOMPARE(admin.displayName(), QStringLiteral("Sam Jones"));
        QCOMPARE(admin.role(), Role::Admin);
        // Audited as the system's doing, and queued for the council's server like any other change.
        QCOMPARE(
            Sql(ts.db(), QStringLiteral("SELECT username FROM audit WHERE command = 'user.create'")).scalar(),
            QVariant(QStringLiteral("system")));
        QCOMPARE(ts.count(QStringLiteral("outbox")), 1);
        // The new administrator can sign in with the password typed.
        const SignInService::Result result =
            signIn.signIn(QStringLiteral("sjones"), QStringLiteral("correct horse"));
        QVERIFY2(result.ok, qPrintable(result.message));
    }

    void explainsMistakesAndKeepsTheInput() {
        TestStore ts(false);
        SignInService signIn(ts.store(), ts.clock());
        FirstAdminDialog dialog(ts.bus(), signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *message = dialog.findChild<MessageBanner *>(QStringLiteral("firstAdminMessage"));
        QTest::keyClicks(field(&dialog, "firstAdminName"), QStringLiteral("Sam Jones"));
        QTest::keyClicks(field(&dialog, "firstAdminUserName"), QStringLiteral("sjones"));

        // Two different passwords.
        QTest::keyClicks(field(&dialog, "firstAdminPassword"), QStringLiteral("correct horse"));
        QTest::keyClicks(field(&dialog, "firstAdminConfirm"), QStringLiteral("correct h0rse"));
        QTest::keyClick(field(&dialog, "firstAdminConfirm"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("different")));
        QVERIFY(field(&dialog, "firstAdminConfirm")->text().isEmpty());

        // Too short: refused by the command's rule, shown as it says it.
        field(&dialog, "firstAdminPassword")->clear();
        QTest::keyClicks(field(&dialog, "firstAdminPassword"), QStringLiteral("short"));
        QTest::keyClicks(field(&dialog, "firstAdminConfirm"), QStringLiteral("short"));
        QTest::keyClick(field(&dialog, "firstAdminConfirm"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("at least 8 characters")),
                 qPrintable(message->text()));

        // A user name the rules do not allow.
        field(&dialog, "firstAdminUserName")->clear();
        QTest::keyClicks(field(&dialog, "firstAdminUserName"), QStringLiteral("Sam Jones!"));
        field(&dialog, "firstAdminPassword")->clear();
        field(&dialog, "firstAdminConfirm")->clear();
        QTest::keyClicks(field(&dialog, "firstAdminPassword"), QStringLiteral("correct horse"));
        QTest::keyClicks(field(&dialog, "firstAdminConfirm"), QStringLiteral("correct horse"));
        QTest::keyClick(field(&dialog, "firstAdminConfirm"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("user name")), qPrintable(message->text()));
        QCOMPARE(field(&dialog, "firstAdminName")->text(), QStringLiteral("Sam Jones"));
        QCOMPARE(ts.count(QStringLiteral("users")), 0);
        QCOMPARE(ts.count(QStringLiteral("audit")), 0);
    }

    void refusesWhenTheStoreAlreadyHasPeople() {
        TestStore ts(true);
        SignInService signIn(ts.store(), ts.clock());
        FirstAdminDialog dialog(ts.bus(), signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int users = ts.count(QStringLiteral("users"));
        QTest::keyClicks(field(&dialog, "firstAdminName"), QStringLiteral("Intruder"));
        QTest::keyClicks(field(&dialog, "firstAdminUserName"), QStringLiteral("intruder"));
        QTest::keyClicks(field(&dialog, "firstAdminPassword"), QStringLiteral("correct horse"));
        QTest::keyClicks(field(&dialog, "firstAdminConfirm"), QStringLiteral("correct horse"));
        QTest::keyClick(field(&dialog, "firstAdminConfirm"), Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.findChild<MessageBanner *>(QStringLiteral("firstAdminMessage"))
                    ->text()
                    .contains(QStringLiteral("already has an administrator")));
        QCOMPARE(ts.count(QStringLiteral("users")), users);
    }
};

QTEST_MAIN(GuiFirstAdminTest)
#include "GuiFirstAdminTest.moc"
