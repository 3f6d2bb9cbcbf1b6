#include "DeskHarness.h"
#include "DisplayFormat.h"
#include "LoanFixtures.h"
#include "LoansPage.h"
#include "MessageBanner.h"
#include "loans/SortedTable.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTabWidget>
#include <QTest>

// Check-in, the wipe gate and renewals in the Loans section, by keyboard as at the desk: the device
// comes back, goes to repair or to be wiped, is wiped (and offered to whoever waits for one), and a loan is
// renewed. A double scan gets the core's words; nothing is written by a refusal.
class GuiCheckInTest : public QObject {
    Q_OBJECT

private:
    struct Desk {
        DeskHarness harness;
        LoanFixtures fx{harness.store()};
        template <typename T = QWidget> T *find(const char *name) {
            T *w = harness.find<T>(QString::fromLatin1(name));
            if (!w) {
                qFatal("no widget %s", name);
            }
            return w;
        }
        void open(const QString &user, Qt::Key tabMnemonic) {
            harness.signIn(user);
            QTest::keyClick(&harness.window(), Qt::Key_2, Qt::ControlModifier);
            QTest::keyClick(&harness.window(), tabMnemonic, Qt::AltModifier);
            DeskHarness::settle();
        }
        void scan(const char *box, const QString &code) {
            auto *field = find<QLineEdit>(box);
            QCOMPARE(QApplication::focusWidget(), field);
            QTest::keyClicks(field, code);
            QTest::keyClick(field, Qt::Key_Return);
            DeskHarness::settle();
        }
        int count(const char *table) { return harness.store().count(QString::fromLatin1(table)); }
        QString loanValue(const QString &tag, const QString &column) {
            return Sql(harness.store().db(), QStringLiteral("SELECT l.%1 FROM loans l JOIN devices d ON "
                                                            "d.id = l.device_id WHERE d.tag = :t "
                                                            "ORDER BY l.checked_out_at DESC LIMIT 1")
                                                 .arg(column))
                .bind(QStringLiteral(":t"), tag)
                .scalar()
                .toString();
        }
    };

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        DeskHarness::settle();
    }

    static void tabTo(QWidget *target) {
        for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i) {
            press(Qt::Key_Tab);
        }
        QCOMPARE(QApplication::focusWidget(), target);
    }

private slots:
    void checkInDamagedAndGoodThenDoubleScan() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addDevice(QStringLiteral("TAB0002"));
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        d.fx.addResident(QStringLiteral("B200"), QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        QVERIFY(d.fx.checkOut(QStringLiteral("B100"), QStringLiteral("TAB0001")).ok());
        QVERIFY(d.fx.checkOut(QStringLiteral("B200"), QStringLiteral("TAB0002")).ok());
        d.harness.store().clock().advanceDays(59); // due after 56 days: 3 days overdue
        d.open(QStringLiteral("librarian"), Qt::Key_I);

        // Damaged, with the case missing and a note → in repair.
        d.scan("checkInTag", QStringLiteral("tab0001"));
        QCOMPARE(d.find<MessageBanner>("checkInMessage")->text(), QString());
        QVERIFY(d.find<QLabel>("checkInLoanTitle")->text().contains(QStringLiteral("Amara Nwosu")));
        const QString details = d.find<QLabel>("checkInLoanDetails")->text();
        QVERIFY2(details.contains(DisplayFormat::date(QDate(2026, 4, 27))) &&
                     details.contains(QStringLiteral("days overdue: 3")),
                 qPrintable(details));
        QCOMPARE(QApplication::focusWidget(), d.find<QRadioButton>("conditionGood"));
        press(Qt::Key_Right);
        QVERIFY(d.find<QRadioButton>("conditionDamaged")->isChecked());
        tabTo(d.find<QCheckBox>("kitReturned_2"));
        QCOMPARE(d.find<QCheckBox>("kitReturned_2")->text(), QStringLiteral("case"));
        press(Qt::Key_Space);
        tabTo(d.find<QCheckBox>("dataRemoved"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("screen cracked"));
        press(Qt::Key_Return);

        QCOMPARE(d.fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("in_repair"));
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("status")),
                 QStringLiteral("returned"));
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("condition_in")),
                 QStringLiteral("damaged"));
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("kit_in")),
                 QStringLiteral("charger,cable"));
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("data_removed")), QStringLiteral("1"));
        QString result = d.find<MessageBanner>("checkInResult")->text();
        QVERIFY2(result.contains(QStringLiteral("goes to repair")) &&
                     result.contains(QStringLiteral("Missing: case")),
                 qPrintable(result));
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkInTag"));

        // Good, by Enter straight after the scan → awaiting wipe; someone waiting hears about it.
        QVERIFY(d.fx.reserve(QStringLiteral("B100")).ok());
        d.scan("checkInTag", QStringLiteral("TAB0002"));
        press(Qt::Key_Return);
        QCOMPARE(d.fx.deviceStatus(QStringLiteral("TAB0002")), QStringLiteral("awaiting_wipe"));
        result = d.find<MessageBanner>("checkInResult")->text();
        QVERIFY2(result.contains(QStringLiteral("awaiting wipe")), qPrintable(result));
        QVERIFY2(result.contains(QStringLiteral("Residents waiting for a TAB device at Central Library: 1.")),
                 qPrintable(result));
        QVERIFY(result.contains(QStringLiteral("did not confirm removing their personal data")));

        // The same tag again: the core's words, nothing written.
        const QString before = d.fx.snapshot();
        d.scan("checkInTag", QStringLiteral("TAB0002"));
        const QString message = d.find<MessageBanner>("checkInMessage")->text();
        QVERIFY2(message.contains(QStringLiteral("TAB0002 is not on loan: it was already checked in on")) &&
                     message.contains(QStringLiteral("Was it scanned twice?")),
                 qPrintable(message));
        QVERIFY(!d.find<QWidget>("checkInForm")->isVisible());
        QCOMPARE(d.find<QLineEdit>("checkInTag")->selectedText(), QStringLiteral("TAB0002"));
        // An unknown tag and a library card get their own answers.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("B100"));
        press(Qt::Key_Return);
        QCOMPARE(d.find<MessageBanner>("checkInMessage")->text(),
                 QStringLiteral("That is a library card, not a device tag — scan the device."));
        QCOMPARE(d.fx.snapshot(), before);
    }

    void recordWipeMakesItAvailableAndOffersIt() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                       DeviceStatus::AwaitingWipe);
        d.fx.addDevice(QStringLiteral("TAB0002"));
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        d.fx.addResident(QStringLiteral("B200"), QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        QVERIFY(d.fx.checkOut(QStringLiteral("B200"), QStringLiteral("TAB0002")).ok());
        QVERIFY(d.fx.reserve(QStringLiteral("B100")).ok()); // waits: nothing of that type is free
        d.open(QStringLiteral("librarian"), Qt::Key_W);

        auto *queue = d.harness.find<SortedTable>(QStringLiteral("wipeQueue"));
        QVERIFY(queue);
        QCOMPARE(queue->column(0), QStringList{QStringLiteral("TAB0001")});

        // A device on loan cannot be recorded as wiped: the core says why.
        const QString before = d.fx.snapshot();
        d.scan("wipeTag", QStringLiteral("TAB0002"));
        QVERIFY2(d.find<MessageBanner>("wipeMessage")->text().contains(QStringLiteral("is on loan")),
                 qPrintable(d.find<MessageBanner>("wipeMessage")->text()));
        QCOMPARE(d.fx.snapshot(), before);

        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("TAB0001"));
        press(Qt::Key_Return);
        auto *method = d.find<QComboBox>("wipeMethod");
        QCOMPARE(QApplication::focusWidget(), method);
        QCOMPARE(method->currentText(), QStringLiteral("Factory reset"));
        press(Qt::Key_Down); // → Blancco
        QCOMPARE(method->currentText(), QStringLiteral("Blancco"));
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Blancco Mobile"));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("wipeReportId"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("BL-2026-0042"));
        press(Qt::Key_Return);

        QCOMPARE(d.fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("available"));
        Sql wipe(d.harness.store().db(),
                 QStringLiteral("SELECT method, tool, report_id, wiped_by FROM wipe_records"));
        wipe.exec();
        QVERIFY(wipe.next());
        QCOMPARE(wipe.value(0).toString(), QStringLiteral("Blancco"));
        QCOMPARE(wipe.value(1).toString(), QStringLiteral("Blancco Mobile"));
        QCOMPARE(wipe.value(2).toString(), QStringLiteral("BL-2026-0042"));
        QCOMPARE(wipe.value(3).toString(), d.harness.store().librarian().userId());
        const QString result = d.find<MessageBanner>("wipeResult")->text();
        QVERIFY2(result.contains(QStringLiteral("available to lend")) &&
                     result.contains(QStringLiteral("Keep TAB0001 aside")) &&
                     result.contains(QStringLiteral("B100")),
                 qPrintable(result));
        QCOMPARE(queue->rowCount(), 0);
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("wipeTag"));
        // Method and tool stay for the next device of the batch.
        QCOMPARE(method->currentText(), QStringLiteral("Blancco"));

        // Kept for B100: lending it to someone else is blocked at check-out.
        QTest::keyClick(&d.harness.window(), Qt::Key_O, Qt::AltModifier);
        DeskHarness::settle();
        d.fx.addResident(QStringLiteral("B300"), QStringLiteral("Jan"), QStringLiteral("Kowalski"));
        d.scan("checkOutCard", QStringLiteral("B300"));
        d.scan("checkOutTag", QStringLiteral("TAB0001"));
        QVERIFY(d.find<QWidget>("issue_kept_for_another")->isVisible());
    }

    void renewFromCheckIn() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        QVERIFY(d.fx.checkOut(QStringLiteral("B100"), QStringLiteral("TAB0001")).ok());
        d.harness.store().clock().advanceDays(50);
        d.open(QStringLiteral("librarian"), Qt::Key_I);

        // Scan, then Ctrl+R: the renewal, from the due date for another 56 days.
        d.scan("checkInTag", QStringLiteral("TAB0001"));
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(d.find<QWidget>("renewForm")->isVisible());
        const QString details = d.find<QLabel>("renewDetails")->text();
        QVERIFY2(details.contains(DisplayFormat::date(QDate(2026, 6, 22))) &&
                     details.contains(QStringLiteral("Renewals so far: 0 of 2")),
                 qPrintable(details));
        QCOMPARE(QApplication::focusWidget(), d.find<QWidget>("renewButton"));
        press(Qt::Key_Return);
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("due_on")),
                 QStringLiteral("2026-06-22"));
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("renewals")), QStringLiteral("1"));
        QVERIFY(d.find<MessageBanner>("checkInResult")->text().contains(QStringLiteral("1 renewal(s) left")));
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkInTag"));

        // Someone waits for a tablet here: a warning only a coordinator may override.
        d.fx.addResident(QStringLiteral("B200"), QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        QVERIFY(d.fx.reserve(QStringLiteral("B200")).ok());
        const QString before = d.fx.snapshot();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("TAB0001"));
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(d.find<QWidget>("renewOverrideNotAllowed")->isVisible());
        QVERIFY(!d.find<QWidget>("renewButton")->isVisible());
        QCOMPARE(QApplication::focusWidget(), d.find<QWidget>("cancelRenew"));
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(d.find<MessageBanner>("renewMessage")->text().contains(QStringLiteral("loan.override")));
        QCOMPARE(d.fx.snapshot(), before);
        press(Qt::Key_Escape);
        QVERIFY(!d.find<QWidget>("renewForm")->isVisible());

        QTest::keyClick(&d.harness.window(), Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        d.open(QStringLiteral("coordinator"), Qt::Key_I);
        d.scan("checkInTag", QStringLiteral("TAB0001"));
        press(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("renewOverrideReason"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("College course runs to July"));
        press(Qt::Key_Return);
        QCOMPARE(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("renewals")), QStringLiteral("2"));
        QVERIFY(d.loanValue(QStringLiteral("TAB0001"), QStringLiteral("override_reason"))
                    .contains(QStringLiteral("renewal 2: College course runs to July")));
    }
};

QTEST_MAIN(GuiCheckInTest)
#include "GuiCheckInTest.moc"
