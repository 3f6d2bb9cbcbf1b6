#include "DeskHarness.h"
#include "MessageBanner.h"
#include "ResidentEditorDialog.h"
#include "ResidentsPage.h"
#include "SignInPanel.h"
#include "Workspace.h"
#include "auth/SignInService.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// Signing in, the navigation each role gets, and locking / switching person at a shared desk — all by
// keyboard, the way a librarian with a scanner works.
class GuiSignInTest : public QObject {
    Q_OBJECT

private:
    static QStringList navigationTitles(DeskHarness &desk) {
        QStringList titles;
        auto *nav = desk.find<QListWidget>(QStringLiteral("navigation"));
        if (!nav) {
            return titles;
        }
        for (int i = 0; i < nav->count(); ++i) {
            titles.append(nav->item(i)->text());
        }
        return titles;
    }

private slots:
    void signsInByKeyboard() {
        DeskHarness desk;
        MainWindow &w = desk.window();
        QVERIFY(w.isLocked());
        auto *user = desk.find<QLineEdit>(QStringLiteral("signInUserName"));
        auto *pass = desk.find<QLineEdit>(QStringLiteral("signInPassword"));
        QVERIFY(user && pass);
        QCOMPARE(QApplication::focusWidget(), user);

        QTest::keyClicks(user, QStringLiteral("librarian"));
        QTest::keyClick(user, Qt::Key_Return); // Enter in the user name moves on to the password
        QCOMPARE(QApplication::focusWidget(), pass);
        QTest::keyClicks(pass, QStringLiteral("password1"));
        QTest::keyClick(pass, Qt::Key_Return);
        DeskHarness::settle();

        QVERIFY(!w.isLocked());
        QCOMPARE(w.actor().username(), QStringLiteral("librarian"));
        QCOMPARE(desk.find<QLabel>(QStringLiteral("sectionTitle"))->text(), QStringLiteral("Residents"));
        // The search box is where the scanner's keystrokes land.
        QCOMPARE(QApplication::focusWidget(), desk.find<QLineEdit>(QStringLiteral("residentSearch")));
        QVERIFY(
            desk.find<QLabel>(QStringLiteral("statusPerson"))->text().contains(QStringLiteral("librarian")));
        QCOMPARE(desk.find<QLabel>(QStringLiteral("statusRole"))->text(), roleDisplayName(Role::Librarian));
        QVERIFY(desk.find<QLabel>(QStringLiteral("statusStore"))->text().contains(QStringLiteral("test.db")));
    }

    void wrongPasswordShowsTheMessage() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"), QStringLiteral("not-my-password"));
        MainWindow &w = desk.window();
        QVERIFY(w.isLocked());
        auto *message = desk.find<MessageBanner>(QStringLiteral("signInMessage"));
        QVERIFY(message->isVisible());
        QVERIFY(message->isError());
        QCOMPARE(message->text(), QStringLiteral("That user name and password do not match. Try again."));
        auto *pass = desk.find<QLineEdit>(QStringLiteral("signInPassword"));
        QVERIFY(pass->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), pass);
        QCOMPARE(desk.find<QLineEdit>(QStringLiteral("signInUserName"))->text(), QStringLiteral("librarian"));
    }

    void throttlingMessageIsShown() {
        DeskHarness desk;
        for (int i = 0; i < SignInService::kFreeAttempts; ++i) {
            desk.signIn(QStringLiteral("librarian"), QStringLiteral("wrong-%1").arg(i));
        }
        desk.signIn(QStringLiteral("librarian"), QStringLiteral("password1"));
        QVERIFY(desk.window().isLocked());
        const QString text = desk.find<MessageBanner>(QStringLiteral("signInMessage"))->text();
        QVERIFY2(text.contains(QStringLiteral("Too many wrong passwords")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Try again in 30")), qPrintable(text));
    }

    void emptyFieldsAreExplained() {
        DeskHarness desk;
        MainWindow &w = desk.window();
        auto *user = desk.find<QLineEdit>(QStringLiteral("signInUserName"));
        QTest::keyClick(desk.find<QLineEdit>(QStringLiteral("signInPassword")), Qt::Key_Return);
        QCOMPARE(desk.find<MessageBanner>(QStringLiteral("signInMessage"))->text(),
                 QStringLiteral("Enter your user name."));
        QCOMPARE(QApplication::focusWidget(), user);
        QVERIFY(w.isLocked());
    }

    void navigationFollowsTheRole_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("librarian") << QStringLiteral("librarian")
                                   << QStringList{QStringLiteral("Residents"), QStringLiteral("Loans"),
                                                  QStringLiteral("Devices"),   QStringLiteral("Bookings"),
                                                  QStringLiteral("Skills"),    QStringLiteral("Sync")};
        QTest::newRow("volunteer") << QStringLiteral("volunteer")
                                   << QStringList{QStringLiteral("Residents"), QStringLiteral("Bookings"),
                                                  QStringLiteral("Skills"), QStringLiteral("Training"),
                                                  QStringLiteral("Sync")};
        QTest::newRow("coordinator") << QStringLiteral("coordinator")
                                     << QStringList{QStringLiteral("Residents"), QStringLiteral("Loans"),
                                                    QStringLiteral("Devices"),   QStringLiteral("Bookings"),
                                                    QStringLiteral("Skills"),    QStringLiteral("Training"),
                                                    QStringLiteral("Reports"),   QStringLiteral("Sync")};
        QTest::newRow("admin") << QStringLiteral("admin")
                               << QStringList{QStringLiteral("Residents"), QStringLiteral("Loans"),
                                              QStringLiteral("Devices"),   QStringLiteral("Bookings"),
                                              QStringLiteral("Skills"),    QStringLiteral("Training"),
                                              QStringLiteral("Reports"),   QStringLiteral("Sync"),
                                              QStringLiteral("Admin")};
    }

    void navigationFollowsTheRole() {
        QFETCH(QString, user);
        QFETCH(QStringList, sections);
        DeskHarness desk;
        desk.signIn(user);
        QVERIFY(!desk.window().isLocked());
        QCOMPARE(navigationTitles(desk), sections);
        // No page exists for a section the role may not use, so there is nothing to reach by other means.
        Workspace *ws = desk.window().workspace();
        QCOMPARE(ws->sections().size(), sections.size());
        if (!sections.contains(QStringLiteral("Admin"))) {
            QVERIFY(!desk.find<QWidget>(QStringLiteral("adminPage")));
        }
        if (!sections.contains(QStringLiteral("Reports"))) {
            QVERIFY(!desk.find<QWidget>(QStringLiteral("reportsPage")));
        }
        if (!sections.contains(QStringLiteral("Loans"))) {
            QVERIFY(!desk.find<QWidget>(QStringLiteral("loansPage")));
        }
        if (!sections.contains(QStringLiteral("Devices"))) {
            QVERIFY(!desk.find<QWidget>(QStringLiteral("devicesPage")));
        }
    }

    void ctrlNumberJumpsToSections() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("admin"));
        MainWindow &w = desk.window();
        auto *title = desk.find<QLabel>(QStringLiteral("sectionTitle"));
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Reports"));
        QCOMPARE(w.workspace()->currentSection(), SectionId::Reports);
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(title->text(), QStringLiteral("Loans"));
        // The keyboard lands in the section (here in the check-out card box, ready for a scan).
        QVERIFY(desk.find<QWidget>(QStringLiteral("loansPage"))->isAncestorOf(QApplication::focusWidget()));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("checkOutCard"));
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), desk.find<QLineEdit>(QStringLiteral("residentSearch")));

        // Arrow keys in the navigation list walk the sections.
        auto *nav = desk.find<QListWidget>(QStringLiteral("navigation"));
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(title->text(), QStringLiteral("Loans"));
        QTest::keyClick(nav, Qt::Key_End);
        QCOMPARE(title->text(), QStringLiteral("Admin"));
    }

    void shortcutForAForbiddenSectionDoesNothing() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        MainWindow &w = desk.window();
        QTest::keyClick(&w, Qt::Key_7, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_6, Qt::ControlModifier);
        QCOMPARE(w.workspace()->currentSection(), SectionId::Residents);
        QCOMPARE(desk.find<QLabel>(QStringLiteral("sectionTitle"))->text(), QStringLiteral("Residents"));
    }

    void ctrlLLocksAndHidesResidentData() {
        DeskHarness desk;
        desk.addResident(QStringLiteral("Amina"), QStringLiteral("Okafor"), QStringLiteral("B1000001"));
        desk.signIn(QStringLiteral("librarian"));
        MainWindow &w = desk.window();
        auto *search = desk.find<QLineEdit>(QStringLiteral("residentSearch"));
        QTest::keyClicks(search, QStringLiteral("okafor"));
        auto *results = desk.find<QTableView>(QStringLiteral("residentResults"));
        QTRY_COMPARE(results->model()->rowCount(), 1);

        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(w.isLocked());
        QVERIFY(!w.workspace());
        // The resident list and the search are gone, not merely covered.
        QVERIFY(!desk.find<QTableView>(QStringLiteral("residentResults")));
        QVERIFY(!desk.find<QLineEdit>(QStringLiteral("residentSearch")));
        for (QLabel *label : w.findChildren<QLabel *>()) {
            QVERIFY2(!label->text().contains(QStringLiteral("Okafor")), qPrintable(label->text()));
        }
        QVERIFY(desk.find<SignInPanel>(QStringLiteral("signInPanel"))->isVisible());
        QCOMPARE(desk.find<QLabel>(QStringLiteral("signInHeading"))->text(), QStringLiteral("Desk locked"));
        QVERIFY(desk.find<QLabel>(QStringLiteral("statusPerson"))->text().contains(QStringLiteral("locked")));
        // The same person comes back with just their password.
        QCOMPARE(desk.find<QLineEdit>(QStringLiteral("signInUserName"))->text(), QStringLiteral("librarian"));
        auto *pass = desk.find<QLineEdit>(QStringLiteral("signInPassword"));
        QCOMPARE(QApplication::focusWidget(), pass);
        QTest::keyClicks(pass, QStringLiteral("password1"));
        QTest::keyClick(pass, Qt::Key_Return);
        DeskHarness::settle();
        QVERIFY(!w.isLocked());
        // A fresh workspace: the previous search is not carried over.
        QVERIFY(desk.find<QLineEdit>(QStringLiteral("residentSearch"))->text().isEmpty());
    }

    void ctrlLLocksWhileADialogIsOpen() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        MainWindow &w = desk.window();
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        auto *editor = desk.openDialog<ResidentEditorDialog>();
        QVERIFY(editor);
        QVERIFY(DeskHarness::waitUntilActive(editor));
        auto *given = editor->findChild<QLineEdit *>(QStringLiteral("givenName"));
        QTest::keyClicks(given, QStringLiteral("Half-typed"));
        QTest::keyClick(given, Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(w.isLocked());
        QVERIFY(!desk.openDialog<ResidentEditorDialog>());
        QCOMPARE(desk.store().count(QStringLiteral("residents")), 0);
    }

    void switchingPersonChangesTheNavigation() {
        DeskHarness desk;
        desk.signIn(QStringLiteral("librarian"));
        MainWindow &w = desk.window();
        QVERIFY(!navigationTitles(desk).contains(QStringLiteral("Reports")));
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(w.isLocked());

        // "Switch person" by its keyboard mnemonic clears the previous name for someone else.
        auto *switchButton = desk.find<QPushButton>(QStringLiteral("switchPersonButton"));
        QVERIFY(switchButton->isVisible());
        QTest::keyClick(&w, Qt::Key_W, Qt::AltModifier);
        auto *user = desk.find<QLineEdit>(QStringLiteral("signInUserName"));
        QTRY_VERIFY(user->text().isEmpty()); // a mnemonic "presses" the button visibly, a moment later
        QCOMPARE(QApplication::focusWidget(), user);
        QTest::keyClicks(user, QStringLiteral("coordinator"));
        auto *pass = desk.find<QLineEdit>(QStringLiteral("signInPassword"));
        QTest::keyClicks(pass, QStringLiteral("password1"));
        QTest::keyClick(pass, Qt::Key_Return);
        DeskHarness::settle();

        QVERIFY(!w.isLocked());
        QCOMPARE(w.actor().username(), QStringLiteral("coordinator"));
        QVERIFY(navigationTitles(desk).contains(QStringLiteral("Reports")));
        QVERIFY(navigationTitles(desk).contains(QStringLiteral("Training")));
        QCOMPARE(desk.find<QLabel>(QStringLiteral("statusRole"))->text(), roleDisplayName(Role::Coordinator));

        // And on to a volunteer: the Loans section disappears.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        desk.signIn(QStringLiteral("volunteer"));
        QVERIFY(!navigationTitles(desk).contains(QStringLiteral("Loans")));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w.workspace()->currentSection(), SectionId::Residents);
    }
};

QTEST_MAIN(GuiSignInTest)
#include "GuiSignInTest.moc"
