// The Bookings section by keyboard, as at the desk: a librarian books a resident into a session with a
// proposed volunteer and, once it has happened, records its outcome; a refusal shows the rule's words and
// saves nothing; a volunteer lands on My week and sees only their own sessions.
#include "BookingFixtures.h"
#include "BookingsPage.h"
#include "DeskHarness.h"
#include "DeskStyle.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "bookings/OutcomeDialog.h"
#include "store/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
const QString kCard = QStringLiteral("3000000001");
} // namespace

class GuiBookingsTest : public QObject {
    Q_OBJECT

    struct Desk {
        DeskHarness harness;
        BookingFixtures fx{harness.store()};
        template <typename T = QWidget> T *find(const char *name) {
            T *w = harness.find<T>(QString::fromLatin1(name));
            if (!w) {
                qFatal("no widget %s", name);
            }
            return w;
        }
        QString scalar(const QString &sql) { return Sql(harness.store().db(), sql).scalar().toString(); }
        void open(const QString &user) {
            harness.signIn(user);
            QTest::keyClick(&harness.window(), Qt::Key_3, Qt::ControlModifier);
            DeskHarness::settle();
        }
        void type(const char *name, const QString &text) {
            QWidget *w = find(name);
            w->setFocus(Qt::TabFocusReason);
            QTest::keyClick(w, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(w, text);
        }
    };

private slots:
    void bookASessionAndRecordItsOutcome() {
        Desk desk;
        desk.fx.addResident(kCard);
        const QString sam =
            desk.fx.addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {QStringLiteral("phone")});
        QVERIFY(desk.fx.addWindow(sam, 1, 9, 12, QStringLiteral("phone")).ok());
        desk.open(QStringLiteral("librarian"));
        // The keyboard lands in the card box of the Book tab.
        QCOMPARE(QApplication::focusWidget(), desk.find("bookCard"));
        QTest::keyClicks(QApplication::focusWidget(), kCard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), desk.find("bookNeed"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("T")); // Transacting
        QCOMPARE(desk.find<QComboBox>("bookNeed")->currentData().toString(), QStringLiteral("transacting"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Repeat prescriptions"));
        QCOMPARE(desk.find<QLineEdit>("bookNeedText")->text(), QStringLiteral("Repeat prescriptions"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("P")); // Phone
        QCOMPARE(desk.find<QComboBox>("bookChannel")->currentData().toString(), QStringLiteral("phone"));
        desk.type("bookStart", QStringLiteral("2026-03-09 10:00"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Enter in the time finds volunteers

        auto *candidates = desk.find<QTableView>("bookCandidates");
        QCOMPARE(candidates->model()->rowCount(), 2);
        // Val helps with transacting, Sam does not: Val is proposed first and already chosen.
        QCOMPARE(candidates->model()->index(0, 0).data().toString(), QStringLiteral("Val Volunteer"));
        QCOMPARE(QApplication::focusWidget(), candidates);
        QTest::keyClick(&desk.harness.window(), Qt::Key_K, Qt::AltModifier);
        auto *message = desk.find<MessageBanner>("bookMessage");
        // A mnemonic "clicks" the button the way a mouse would, a moment later.
        QTRY_VERIFY2(!message->isError() && message->text().startsWith(QStringLiteral("Booked")),
                     qPrintable(message->text()));
        QCOMPARE(
            desk.scalar(QStringLiteral("SELECT status || ' ' || need_area || ' ' || minutes FROM bookings")),
            QStringLiteral("requested transacting 60"));
        QCOMPARE(QApplication::focusWidget(), desk.find("bookCard")); // ready for the next resident

        // The session happens; the librarian records it from the Sessions tab.
        desk.harness.store().clock().set(BookingFixtures::at(2026, 3, 9, 11, 5));
        QTest::keyClick(&desk.harness.window(), Qt::Key_S, Qt::AltModifier);
        auto *sessions = desk.find<QTableView>("upcomingBookings");
        QTRY_COMPARE(sessions->model()->rowCount(), 1);
        QCOMPARE(QApplication::focusWidget(), sessions);
        QTest::keyClick(sessions, Qt::Key_Down);
        QTest::keyClick(&desk.harness.window(), Qt::Key_O, Qt::AltModifier);
        QVERIFY(QTest::qWaitFor([&] { return desk.harness.openDialog<OutcomeDialog>() != nullptr; }, 2000));
        OutcomeDialog *dialog = desk.harness.openDialog<OutcomeDialog>();
        QVERIFY(DeskHarness::waitUntilActive(dialog));
        auto *status = dialog->findChild<QComboBox *>(QStringLiteral("outcomeStatus"));
        QCOMPARE(QApplication::focusWidget(), status);
        QCOMPARE(status->currentData().toString(), QStringLiteral("attended"));
        // The need is ticked already; tick "Being safe" too.
        QVERIFY(dialog->findChild<QCheckBox *>(QStringLiteral("outcomeSkill_transacting"))->isChecked());
        auto *safe = dialog->findChild<QCheckBox *>(QStringLiteral("outcomeSkill_being_safe"));
        safe->setFocus(Qt::TabFocusReason);
        QTest::keyClick(safe, Qt::Key_Space);
        QVERIFY(safe->isChecked());
        auto *tasks = dialog->findChild<QLineEdit *>(QStringLiteral("outcomeTasks"));
        tasks->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(tasks, QStringLiteral("Ordered a repeat prescription"));
        for (const auto &[name, value] : {std::pair<const char *, const char *>{"outcomeBefore", "2"},
                                          std::pair<const char *, const char *>{"outcomeAfter", "4"}}) {
            auto *spin = dialog->findChild<QSpinBox *>(QLatin1String(name));
            spin->setFocus(Qt::TabFocusReason);
            QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(spin, QLatin1String(value));
        }
        QTest::keyClick(dialog, Qt::Key_S, Qt::ControlModifier);
        DeskHarness::settle();
        QVERIFY(!desk.harness.openDialog<OutcomeDialog>());
        QCOMPARE(desk.scalar(QStringLiteral(
                     "SELECT status || ' ' || skills_covered || ' ' || confidence_before || '>' || "
                     "confidence_after || ' ' || tasks_achieved FROM bookings")),
                 QStringLiteral("attended transacting,being_safe 2>4 Ordered a repeat prescription"));
        QCOMPARE(desk.scalar(QStringLiteral("SELECT minutes || ' ' || status FROM volunteer_hours")),
                 QStringLiteral("60 approved"));
        QVERIFY(desk.find<MessageBanner>("sessionMessage")->text().contains(QStringLiteral("attended")));
        QCOMPARE(sessions->model()->index(0, 6).data().toString(), QStringLiteral("Attended"));
    }

    void aRefusalSaysWhyAndSavesNothing() {
        Desk desk;
        desk.fx.addResident(kCard);
        desk.open(QStringLiteral("librarian"));
        QTest::keyClicks(desk.find("bookCard"), kCard);
        desk.type("bookStart", QStringLiteral("2026-03-02 09:00")); // this morning, already past
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *message = desk.find<MessageBanner>("bookMessage");
        QVERIFY(message->isError());
        QCOMPARE(desk.find<QTableView>("bookCandidates")->model()->rowCount(), 0);
        // Booking Val anyway through the form is refused by the rule, in its words.
        const QString before = desk.fx.snapshot();
        message->clearMessage();
        QTest::keyClick(&desk.harness.window(), Qt::Key_K, Qt::AltModifier);
        QTRY_VERIFY(message->isError());
        QCOMPARE(desk.fx.snapshot(), before);
        // A typo in the time is caught before anything runs.
        desk.type("bookStart", QStringLiteral("next tuesday"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(message->text().contains(QStringLiteral("2026-03-09 10:00")));
        QCOMPARE(desk.fx.snapshot(), before);
    }

    void volunteerLandsOnMyWeek() {
        Desk desk;
        desk.fx.addResident(kCard);
        const QString sam =
            desk.fx.addVolunteer(QStringLiteral("Sam"), QStringLiteral("Patel"), {QStringLiteral("phone")});
        QVERIFY(desk.fx.addWindow(sam, 1, 9, 12, QStringLiteral("phone")).ok());
        QVERIFY(
            desk.fx
                .book(desk.fx.val(), kCard, BookingFixtures::at(2026, 3, 2, 11), 60, QStringLiteral("phone"))
                .ok() == false); // inside the notice period
        QVERIFY(desk.fx
                    .book(desk.fx.val(), kCard, BookingFixtures::at(2026, 3, 4, 11), 60,
                          QStringLiteral("library"))
                    .ok());
        desk.fx.addResident(QStringLiteral("3000000002"), QStringLiteral("Ben"), QStringLiteral("Okafor"));
        QVERIFY(desk.fx
                    .book(sam, QStringLiteral("3000000002"), BookingFixtures::at(2026, 3, 9, 9), 60,
                          QStringLiteral("phone"))
                    .ok());
        desk.open(QStringLiteral("volunteer"));
        auto *tabs = desk.find<QTabWidget>("bookingTabs");
        QCOMPARE(tabs->tabText(tabs->currentIndex()), QStringLiteral("My w&eek"));
        auto *week = desk.find<QTableView>("calendarTable");
        QCOMPARE(week->model()->rowCount(), 1);
        QCOMPARE(week->model()->index(0, 4).data().toString(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(week->model()->index(0, 3).data().toString(), QStringLiteral("Val Volunteer"));
        // Only their own sessions, and no card numbers.
        auto *sessions = desk.find<QTableView>("upcomingBookings");
        QCOMPARE(sessions->model()->rowCount(), 1);
        QVERIFY(sessions->model()->index(0, 3).data().toString().isEmpty());
        QVERIFY(desk.harness.find(QStringLiteral("waitlistTable")) == nullptr);
        QVERIFY(desk.harness.find(QStringLiteral("reminderTable")) == nullptr);
    }

    void everyTabFitsAtDoubleTextSize() {
        DeskStyle::apply(*qApp);
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        QStringList tooBig;
        for (const QString &user : {QStringLiteral("coordinator"), QStringLiteral("volunteer")}) {
            Desk desk;
            desk.open(user);
            MainWindow &w = desk.harness.window();
            w.resize(1400, 900);
            auto *tabs = desk.find<QTabWidget>("bookingTabs");
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QCoreApplication::processEvents();
                const QSize needed = w.minimumSizeHint();
                if (needed.width() > 1400 || needed.height() > 900) {
                    tooBig.append(QStringLiteral("%1 %2: %3×%4")
                                      .arg(user, tabs->tabText(i))
                                      .arg(needed.width())
                                      .arg(needed.height()));
                }
            }
        }
        QApplication::setFont(original);
        QVERIFY2(tooBig.isEmpty(), qPrintable(tooBig.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(GuiBookingsTest)
#include "GuiBookingsTest.moc"
