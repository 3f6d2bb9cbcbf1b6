#include "DeskHarness.h"
#include "DisplayFormat.h"
#include "LoanFixtures.h"
#include "LoansPage.h"
#include "MessageBanner.h"
#include "Workspace.h"
#include "loans/CheckOutPanel.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// Check-out in the Loans section, driven as a librarian at the desk drives it: the scanner types a code
// and Enter, Space ticks, Tab moves on, Enter lends. Every loan is checked in the store with its audit and
// outbox rows; every refusal is checked to have written nothing at all.
class GuiCheckOutTest : public QObject {
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
        // Signs in and opens Loans with Ctrl+2: the keyboard lands in the card box.
        void open(const QString &user) {
            harness.signIn(user);
            QTest::keyClick(&harness.window(), Qt::Key_2, Qt::ControlModifier);
            DeskHarness::settle();
        }
        void scan(const char *box, const QString &code) {
            auto *field = find<QLineEdit>(box);
            QCOMPARE(QApplication::focusWidget(), field);
            QTest::keyClicks(field, code);
            QTest::keyClick(field, Qt::Key_Return);
            DeskHarness::settle();
        }
        int rows(const QString &table, const QString &command) {
            return Sql(harness.store().db(),
                       QStringLiteral("SELECT count(*) FROM %1 WHERE command = :c").arg(table))
                .bind(QStringLiteral(":c"), command)
                .scalar()
                .toInt();
        }
        QString message() { return find<MessageBanner>("checkOutMessage")->text(); }
        QString issues() {
            QStringList lines;
            for (QLabel *l : find<QWidget>("checkOutIssues")->findChildren<QLabel *>()) {
                lines.append(l->text());
            }
            return lines.join(QLatin1Char('\n'));
        }
        CheckOutPanel *panel() { return find<CheckOutPanel>("checkOutPanel"); }
    };

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
        DeskHarness::settle();
    }

private slots:
    void wholeCheckOutByKeyboard() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        d.open(QStringLiteral("librarian"));
        QCOMPARE(d.harness.window().workspace()->currentSection(), SectionId::Loans);

        d.scan("checkOutCard", QStringLiteral("b100"));
        QCOMPARE(d.find<QLabel>("residentName")->text(), QStringLiteral("Amara Nwosu"));
        const QString details = d.find<QLabel>("residentDetails")->text();
        QVERIFY2(
            details.contains(QStringLiteral("Eligibility: Universal Credit (referred by Citizens Advice)")),
            qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("No devices on loan now.")));
        QCOMPARE(d.issues(), QString()); // nothing to warn about this resident

        d.scan("checkOutTag", QStringLiteral("tab0001"));
        QVERIFY2(d.find<QLabel>("dueDate")->text().contains(DisplayFormat::date(QDate(2026, 4, 27))),
                 qPrintable(d.find<QLabel>("dueDate")->text()));
        QVERIFY(d.find<QLabel>("deviceDetails")->text().contains(QStringLiteral("£349.00")));
        QVERIFY(d.find<QLabel>("termsTitle")->text().contains(QStringLiteral("version 1")));
        QVERIFY(!d.find<QWidget>("overrideReason")->isVisible());
        // The kit going out: every item of the device type, ticked.
        QCOMPARE(d.find<QCheckBox>("kitOut_0")->text(), QStringLiteral("charger"));
        QVERIFY(d.find<QCheckBox>("kitOut_2")->isChecked());

        auto *declaration = d.find<QCheckBox>("agreementDeclaration");
        QCOMPARE(QApplication::focusWidget(), declaration);
        press(Qt::Key_Space);
        QVERIFY(declaration->isChecked());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("signedName"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Amara Nwosu"));
        const int auditBefore = d.harness.store().count(QStringLiteral("audit"));
        press(Qt::Key_Return);

        // Saved: the loan, the device on loan, one audit row and one outbox row.
        QCOMPARE(d.harness.store().count(QStringLiteral("loans")), 1);
        QCOMPARE(d.fx.deviceStatus(QStringLiteral("TAB0001")), QStringLiteral("on_loan"));
        QCOMPARE(d.rows(QStringLiteral("audit"), QStringLiteral("loan.checkout")), 1);
        QCOMPARE(d.rows(QStringLiteral("outbox"), QStringLiteral("loan.checkout")), 1);
        QCOMPARE(d.harness.store().count(QStringLiteral("audit")), auditBefore + 1);
        Sql loan(d.harness.store().db(),
                 QStringLiteral("SELECT due_on, agreement, signed_name, kit_out, checked_out_by FROM loans"));
        loan.exec();
        QVERIFY(loan.next());
        QCOMPARE(loan.value(0).toString(), QStringLiteral("2026-04-27"));
        QCOMPARE(loan.value(1).toString(), QStringLiteral("typed"));
        QCOMPARE(loan.value(2).toString(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(loan.value(3).toString(), QStringLiteral("charger,cable,case"));
        QCOMPARE(loan.value(4).toString(), d.harness.store().librarian().userId());

        // A clear confirmation, and the form is ready for the next resident.
        const QString done = d.find<MessageBanner>("checkOutDone")->text();
        QVERIFY2(done.contains(QStringLiteral("TAB0001")) && done.contains(QStringLiteral("Amara Nwosu")) &&
                     done.contains(DisplayFormat::date(QDate(2026, 4, 27))),
                 qPrintable(done));
        QVERIFY(d.find<QPushButton>("printReceipt")->isVisible());
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkOutCard"));
        QVERIFY(d.find<QLineEdit>("checkOutCard")->text().isEmpty());
        QVERIFY(!d.find<QWidget>("residentSummary")->isVisible());

        // The receipt: what was lent, to whom, until when, under which terms.
        const LoanReceipt *receipt = d.panel()->lastReceipt();
        QVERIFY(receipt);
        const QString text = receipt->document()->toPlainText();
        for (const QString &expected :
             {QStringLiteral("TAB0001"), QStringLiteral("SN-TAB0001"), QStringLiteral("Amara Nwosu"),
              QStringLiteral("B100"), DisplayFormat::date(QDate(2026, 4, 27)), QStringLiteral("£349.00"),
              QStringLiteral("charger, cable, case"), QStringLiteral("Loan terms (version 1)"),
              QStringLiteral("remove my personal data"), QStringLiteral("Central Library"),
              QStringLiteral("typed their name as Amara Nwosu")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(QStringLiteral("%1 missing from:\n%2").arg(expected, text)));
        }
        QVERIFY(text.contains(receipt->loanId()));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(receipt->suggestedFileName());
        QString error;
        QVERIFY2(d.panel()->saveReceiptPdf(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString extracted = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(extracted.contains(QStringLiteral("TAB0001")), qPrintable(extracted));
            QVERIFY(extracted.contains(QStringLiteral("Amara Nwosu")));
        }
    }

    void paperAgreementAndKitLeftBehind() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        d.open(QStringLiteral("librarian"));
        d.scan("checkOutCard", QStringLiteral("B100"));
        d.scan("checkOutTag", QStringLiteral("TAB0001"));
        // Shift+Tab back from the declaration into the kit: the case stays behind.
        press(Qt::Key_Backtab);
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), d.find<QCheckBox>("kitOut_2"));
        press(Qt::Key_Space);
        auto *paper = d.find<QCheckBox>("agreementOnPaper");
        paper->setFocus();
        press(Qt::Key_Space);
        QVERIFY(paper->isChecked());
        QVERIFY(!d.find<QLineEdit>("signedName")->isEnabled());
        press(Qt::Key_Return);
        Sql loan(d.harness.store().db(), QStringLiteral("SELECT agreement, signed_name, kit_out FROM loans"));
        loan.exec();
        QVERIFY(loan.next());
        QCOMPARE(loan.value(0).toString(), QStringLiteral("paper"));
        QCOMPARE(loan.value(1).toString(), QString());
        QCOMPARE(loan.value(2).toString(), QStringLiteral("charger,cable"));
        const QString text = d.panel()->lastReceipt()->document()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("Signature:")));
        QVERIFY(!text.contains(QStringLiteral("case")));
    }

    void refusalsWriteNothing() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addDevice(QStringLiteral("TAB0002"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                       DeviceStatus::AwaitingWipe);
        d.fx.addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"));
        d.fx.addResident(QStringLiteral("B200"), QStringLiteral("Kwame"), QStringLiteral("Mensah"));
        const QString before = d.fx.snapshot();
        d.open(QStringLiteral("librarian"));

        // A device tag in the card box.
        d.scan("checkOutCard", QStringLiteral("TAB0001"));
        QCOMPARE(d.message(),
                 QStringLiteral("That is a device tag, not a library card — scan the resident's card."));
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkOutCard"));
        QCOMPARE(d.find<QLineEdit>("checkOutCard")->selectedText(), QStringLiteral("TAB0001"));

        // The card, then an unknown tag.
        d.scan("checkOutCard", QStringLiteral("B100"));
        d.scan("checkOutTag", QStringLiteral("NOPE01"));
        QVERIFY2(d.issues().contains(QStringLiteral("Cannot lend: No device has the tag NOPE01.")),
                 qPrintable(d.issues()));
        QVERIFY(!d.find<QWidget>("agreementBox")->isVisible());
        QVERIFY(!d.find<QWidget>("lendButton")->isVisible());
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkOutTag"));

        // Another resident's card where the device goes.
        d.scan("checkOutTag", QStringLiteral("B200"));
        QVERIFY2(d.issues().contains(
                     QStringLiteral("That is a library card, not a device tag — scan the device.")),
                 qPrintable(d.issues()));

        // The wipe gate: a device awaiting wipe cannot go out.
        d.scan("checkOutTag", QStringLiteral("TAB0002"));
        QVERIFY2(d.issues().contains(QStringLiteral("TAB0002 is awaiting wipe")), qPrintable(d.issues()));
        QVERIFY(!d.find<QWidget>("agreementBox")->isVisible());
        // Enter with nothing lendable just says why again.
        d.panel()->lend();
        QVERIFY(d.message().contains(QStringLiteral("awaiting wipe")));

        // A good device, but a wrong name typed: refused in place, the keyboard back in the name box.
        d.scan("checkOutTag", QStringLiteral("TAB0001"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Someone Else"));
        press(Qt::Key_Return);
        QVERIFY2(d.message().contains(QStringLiteral("does not match")), qPrintable(d.message()));
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("signedName"));
        // Esc clears everything; nothing was written by any of it.
        press(Qt::Key_Escape);
        QVERIFY(d.find<QLineEdit>("checkOutCard")->text().isEmpty());
        QCOMPARE(QApplication::focusWidget(), d.find<QLineEdit>("checkOutCard"));
        QCOMPARE(d.fx.snapshot(), before);
    }

    void overdueLoanNeedsAnOverrideByACoordinator() {
        Desk d;
        d.fx.addDevice(QStringLiteral("TAB0001"));
        d.fx.addDevice(QStringLiteral("TAB0002"));
        d.fx.addResident(QStringLiteral("B300"), QStringLiteral("Jan"), QStringLiteral("Kowalski"));
        QVERIFY(d.fx.checkOut(QStringLiteral("B300"), QStringLiteral("TAB0001")).ok());
        d.harness.store().clock().advanceDays(60); // due after 56 days: now 4 days overdue
        const QString before = d.fx.snapshot();

        d.open(QStringLiteral("librarian"));
        d.scan("checkOutCard", QStringLiteral("B300"));
        // The warning shows as soon as the card is scanned.
        QVERIFY2(d.issues().contains(QStringLiteral("Warning: The resident has an overdue loan")),
                 qPrintable(d.issues()));
        QVERIFY(d.find<QLabel>("residentDetails")->text().contains(QStringLiteral("TAB0001")));
        d.scan("checkOutTag", QStringLiteral("TAB0002"));
        // A librarian cannot override: the page says who can, and there is nothing to confirm.
        auto *notAllowed = d.find<QLabel>("overrideNotAllowed");
        QVERIFY(notAllowed->isVisible());
        QVERIFY2(notAllowed->text().contains(QStringLiteral("coordinator")), qPrintable(notAllowed->text()));
        QVERIFY(!d.find<QWidget>("overrideReason")->isVisible());
        QVERIFY(!d.find<QWidget>("agreementBox")->isVisible());
        press(Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(d.message().contains(QStringLiteral("Only someone with the loan.override permission")),
                 qPrintable(d.message()));
        QCOMPARE(d.fx.snapshot(), before);

        // A coordinator signs in at the same desk and overrides with a reason.
        QTest::keyClick(&d.harness.window(), Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        d.open(QStringLiteral("coordinator"));
        d.scan("checkOutCard", QStringLiteral("B300"));
        d.scan("checkOutTag", QStringLiteral("TAB0002"));
        auto *reason = d.find<QLineEdit>("overrideReason");
        QCOMPARE(QApplication::focusWidget(), reason);
        // Enter with no reason: asked for one, nothing written.
        press(Qt::Key_Return);
        QVERIFY(d.message().contains(QStringLiteral("reason")));
        QCOMPARE(d.fx.snapshot(), before);
        const QString why = QStringLiteral("First device returned next week; job interviews need this one");
        QTest::keyClicks(reason, why);
        press(Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), d.find<QCheckBox>("agreementDeclaration"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("J. Kowalski"));
        press(Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(d.fx.deviceStatus(QStringLiteral("TAB0002")), QStringLiteral("on_loan"));
        QCOMPARE(
            Sql(d.harness.store().db(),
                QStringLiteral("SELECT l.override_reason FROM loans l JOIN devices d ON d.id = l.device_id "
                               "WHERE d.tag = 'TAB0002'"))
                .scalar()
                .toString(),
            why);
        const QString audit = Sql(d.harness.store().db(),
                                  QStringLiteral("SELECT payload FROM audit WHERE command = 'loan.checkout' "
                                                 "ORDER BY seq DESC LIMIT 1"))
                                  .scalar()
                                  .toString();
        QVERIFY2(audit.contains(QStringLiteral("overdue_loan")) && audit.contains(why), qPrintable(audit));
        QVERIFY(!audit.contains(QStringLiteral("J. Kowalski"))); // the typed name stays out of the audit
        QVERIFY(d.find<MessageBanner>("checkOutDone")->text().contains(QStringLiteral("Overridden")));
    }

    void repeatBorrowerNoticeShowsWithTheCard() {
        Desk d;
        for (const QString &tag :
             {QStringLiteral("TAB0001"), QStringLiteral("TAB0002"), QStringLiteral("TAB0003")}) {
            d.fx.addDevice(tag);
        }
        d.fx.addResident(QStringLiteral("B400"), QStringLiteral("Grace"), QStringLiteral("Mensah"));
        QVERIFY(d.fx.checkOut(QStringLiteral("B400"), QStringLiteral("TAB0001")).ok());
        QVERIFY(d.fx.checkIn(QStringLiteral("TAB0001")).ok());
        QVERIFY(d.fx.checkOut(QStringLiteral("B400"), QStringLiteral("TAB0002")).ok());
        QVERIFY(d.fx.checkIn(QStringLiteral("TAB0002")).ok());
        d.open(QStringLiteral("librarian"));
        d.scan("checkOutCard", QStringLiteral("B400"));
        QVERIFY2(d.issues().contains(QStringLiteral("Note: Repeat borrower")), qPrintable(d.issues()));
        QVERIFY(d.issues().contains(QStringLiteral("social tariff")));
    }
};

QTEST_MAIN(GuiCheckOutTest)
#include "GuiCheckOutTest.moc"
