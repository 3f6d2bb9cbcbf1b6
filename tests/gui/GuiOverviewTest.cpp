#include "AddPersonDialog.h"
#include "AdminPage.h"
#include "DeskHarness.h"
#include "FigureTile.h"
#include "OverviewSeed.h"
#include "ReadOnlyTableModel.h"
#include "Workspace.h"
#include "auth/SignInService.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

// The read-only sections show what is in the store, and only what the signed-in person may see.
class GuiOverviewTest : public QObject {
    Q_OBJECT

private:
    static QStringList column(QTableView *view, int c) {
        QStringList values;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            values.append(view->model()->index(r, c).data().toString());
        }
        return values;
    }

    static DeskHarness *seededDesk(const QString &user) {
        auto *desk = new DeskHarness;
        OverviewSeed::seed(desk->store());
        desk->signIn(user);
        return desk;
    }

private slots:
    void loansShowOverdueFirstAndFilter() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("librarian")));
        QTest::keyClick(&desk->window(), Qt::Key_2, Qt::ControlModifier);
        // The Loans section opens on check-out; its Lists tab (Alt+S) holds the lists.
        QTest::keyClick(&desk->window(), Qt::Key_S, Qt::AltModifier);
        auto *loans = desk->find<QTableView>(QStringLiteral("activeLoans"));
        QCOMPARE(loans->model()->rowCount(), 5);
        QCOMPARE(column(loans, 0), (QStringList{QStringLiteral("TAB-0001"), QStringLiteral("CHR-0002"),
                                                QStringLiteral("TAB-0002"), QStringLiteral("CHR-0001"),
                                                QStringLiteral("MIFI-0001")}));
        QCOMPARE(loans->model()->index(0, 3).data().toString(), QStringLiteral("Amina Okafor"));
        QCOMPARE(loans->model()->index(0, 7).data().toString(),
                 QStringLiteral("10")); // due 20 Feb, today 2 Mar
        QCOMPARE(loans->model()->index(0, 8).data().toString(), QStringLiteral("Overdue"));
        QVERIFY(loans->model()->index(0, 0).data(ReadOnlyTableModel::AttentionRole).toBool());
        QVERIFY(loans->model()->index(1, 0).data(ReadOnlyTableModel::AttentionRole).toBool());
        QVERIFY(!loans->model()->index(2, 0).data(ReadOnlyTableModel::AttentionRole).toBool());
        QCOMPARE(desk->find<QLabel>(QStringLiteral("loanSummary"))->text(),
                 QStringLiteral("Active loans: 5 · Overdue: 2"));

        // Down twice in the list chooser: the overdue list.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        auto *overdue = desk->find<QTableView>(QStringLiteral("overdueLoans"));
        QTRY_VERIFY(overdue->isVisible());
        QCOMPARE(overdue->model()->rowCount(), 2);
    }

    void bookingsForEveryoneOrOnlyYourOwn() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("librarian")));
        QTest::keyClick(&desk->window(), Qt::Key_3, Qt::ControlModifier);
        auto *bookings = desk->find<QTableView>(QStringLiteral("upcomingBookings"));
        // From the start of today: the 08:30 session that already happened today is listed, last week's not.
        QCOMPARE(bookings->model()->rowCount(), 7);
        QCOMPARE(column(bookings, 2).constFirst(), QStringLiteral("Sam Patel"));

        QTest::keyClick(&desk->window(), Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        desk->signIn(QStringLiteral("volunteer"));
        QTest::keyClick(&desk->window(), Qt::Key_3, Qt::ControlModifier);
        bookings = desk->find<QTableView>(QStringLiteral("upcomingBookings"));
        QCOMPARE(bookings->model()->rowCount(), 3);
        const QStringList volunteers = column(bookings, 2);
        QCOMPARE(QSet<QString>(volunteers.begin(), volunteers.end()),
                 QSet<QString>{QStringLiteral("Val Volunteer")});
        QVERIFY(!column(bookings, 4).contains(QStringLiteral("Margaret O'Brien")));
    }

    void skillsShowAchievementsAndCatalogue() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("coordinator")));
        QTest::keyClick(&desk->window(), Qt::Key_4, Qt::ControlModifier);
        auto *recent = desk->find<QTableView>(QStringLiteral("recentBadges"));
        QCOMPARE(recent->model()->rowCount(), 6);
        QCOMPARE(recent->model()->index(0, 3).data().toString(), QStringLiteral("Email essentials"));
        auto *catalogue = desk->find<QTableView>(QStringLiteral("badgeCatalogue"));
        QCOMPARE(catalogue->model()->rowCount(), 7);
        QCOMPARE(desk->find<QLabel>(QStringLiteral("awardLevels"))->text(),
                 QStringLiteral("Awards: Bronze from 250 points."));

        // A volunteer sees the badges they supported and their own.
        QTest::keyClick(&desk->window(), Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        desk->signIn(QStringLiteral("volunteer"));
        QTest::keyClick(&desk->window(), Qt::Key_4, Qt::ControlModifier);
        recent = desk->find<QTableView>(QStringLiteral("recentBadges"));
        QCOMPARE(recent->model()->rowCount(), 2);
        QCOMPARE(column(recent, 1),
                 (QStringList{QStringLiteral("Amina Okafor"), QStringLiteral("Amina Okafor")}));
    }

    void trainingShowsUnitsOutOfThePathway() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("coordinator")));
        QTest::keyClick(&desk->window(), Qt::Key_5, Qt::ControlModifier);
        auto *training = desk->find<QTableView>(QStringLiteral("trainingProgress"));
        QCOMPARE(column(training, 0), (QStringList{QStringLiteral("Ruth Green"), QStringLiteral("Sam Patel"),
                                                   QStringLiteral("Val Volunteer")}));
        QCOMPARE(column(training, 3),
                 (QStringList{QStringLiteral("0 of 4"), QStringLiteral("4 of 4"), QStringLiteral("2 of 4")}));
        QCOMPARE(training->model()->index(1, 5).data().toString(), QStringLiteral("All units achieved"));

        QTest::keyClick(&desk->window(), Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        desk->signIn(QStringLiteral("volunteer"));
        QTest::keyClick(&desk->window(), Qt::Key_5, Qt::ControlModifier);
        training = desk->find<QTableView>(QStringLiteral("trainingProgress"));
        QCOMPARE(column(training, 0), QStringList{QStringLiteral("Val Volunteer")});
    }

    void reportsShowHeadlineFigures() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("coordinator")));
        QTest::keyClick(&desk->window(), Qt::Key_6, Qt::ControlModifier);
        auto value = [&](const char *tile) {
            return desk->find<FigureTile>(QString::fromLatin1(tile))->value();
        };
        QCOMPARE(value("figureActiveLoans"), QStringLiteral("5"));
        QCOMPARE(value("figureOverdue"), QStringLiteral("2"));
        // March: Val's three, Sam's two, Ruth's home visit; Ruth's cancelled call is not counted.
        QCOMPARE(value("figureSessions"), QStringLiteral("6"));
        QCOMPARE(value("figureBadges"), QStringLiteral("5")); // 2026 only
        QCOMPARE(value("figureGraduates"), QStringLiteral("1"));
        QCOMPARE(value("figureDevices"), QStringLiteral("11"));
        QVERIFY(desk->find<FigureTile>(QStringLiteral("figureBadges"))
                    ->accessibleName()
                    .contains(QStringLiteral("26,000")));
    }

    void adminAddsAPersonByKeyboard() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("admin")));
        QTest::keyClick(&desk->window(), Qt::Key_7, Qt::ControlModifier);
        auto *users = desk->find<QTableView>(QStringLiteral("usersTable"));
        QCOMPARE(users->model()->rowCount(), 4);
        QCOMPARE(desk->find<QTableView>(QStringLiteral("branchesTable"))->model()->rowCount(), 3);

        QTest::keyClick(&desk->window(), Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(desk->openDialog<AddPersonDialog>());
        auto *dialog = desk->openDialog<AddPersonDialog>();
        QVERIFY(DeskHarness::waitUntilActive(dialog));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("personName"));
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClicks(name, QStringLiteral("Sam Patel"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("personUserName")),
                         QStringLiteral("spatel"));
        auto *role = dialog->findChild<QComboBox *>(QStringLiteral("personRole"));
        QTest::keyClick(role, Qt::Key_Down); // librarian → volunteer: the volunteer record appears
        QVERIFY(dialog->findChild<QComboBox *>(QStringLiteral("personVolunteer"))->isVisible());
        auto *volunteer = dialog->findChild<QComboBox *>(QStringLiteral("personVolunteer"));
        volunteer->setCurrentIndex(volunteer->findText(QStringLiteral("Sam Patel")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("personPassword")),
                         QStringLiteral("techmates1"));
        auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("personConfirm"));
        QTest::keyClicks(confirm, QStringLiteral("techmates1"));
        QTest::keyClick(confirm, Qt::Key_Return);
        DeskHarness::settle();

        QVERIFY(!desk->openDialog<AddPersonDialog>());
        QCOMPARE(users->model()->rowCount(), 5);
        QVERIFY(column(users, 1).contains(QStringLiteral("spatel")));
        SignInService signIn(desk->store().store(), desk->store().clock());
        const SignInService::Result r = signIn.signIn(QStringLiteral("spatel"), QStringLiteral("techmates1"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.actor.role(), Role::Volunteer);
        QCOMPARE(r.actor.volunteerId().isEmpty(), false);
    }

    void everyInteractiveWidgetHasAnAccessibleName() {
        std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("admin")));
        MainWindow &w = desk->window();
        QStringList unnamed;
        auto check = [&unnamed](QWidget *root, const QString &where) {
            for (QWidget *widget : root->findChildren<QWidget *>()) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(root) ||
                    !widget->isEnabled()) {
                    continue;
                }
                QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
                    unnamed.append(QStringLiteral("%1: %2 %3")
                                       .arg(where, QString::fromLatin1(widget->metaObject()->className()),
                                            widget->objectName()));
                }
            }
        };
        for (int key = Qt::Key_1; key <= Qt::Key_8; ++key) {
            QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
            check(&w, Sections::title(w.workspace()->currentSection()));
        }
        QTest::keyClick(&w, Qt::Key_N, Qt::ControlModifier);
        if (QWidget *editor = QApplication::activeModalWidget()) {
            check(editor, QStringLiteral("resident editor"));
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));
    }

    void layoutsSurviveDoubleTextSize() {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        {
            std::unique_ptr<DeskHarness> desk(seededDesk(QStringLiteral("admin")));
            MainWindow &w = desk->window();
            w.resize(1400, 900);
            for (int key = Qt::Key_1; key <= Qt::Key_8; ++key) {
                QTest::keyClick(&w, Qt::Key(key), Qt::ControlModifier);
                QCoreApplication::processEvents();
                const QSize needed = w.minimumSizeHint();
                QVERIFY2(needed.width() <= 1400 && needed.height() <= 900,
                         qPrintable(QStringLiteral("%1 needs %2×%3")
                                        .arg(Sections::title(w.workspace()->currentSection()))
                                        .arg(needed.width())
                                        .arg(needed.height())));
            }
        }
        QApplication::setFont(original);
    }
};

QTEST_MAIN(GuiOverviewTest)
#include "GuiOverviewTest.moc"
