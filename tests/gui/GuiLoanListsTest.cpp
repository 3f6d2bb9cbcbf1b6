#include "DeskHarness.h"
#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "LoanFixtures.h"
#include "LoansPage.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "core/CsvReader.h"
#include "devices/DeviceCommands.h"
#include "loans/CheckOutPanel.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "loans/LoanListsPanel.h"
#include "loans/SortedTable.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

// The Lists tab: each circulation list shows what the store holds, sorts by keyboard, and the overdue list
// exports as RFC 4180 CSV and prints as reminder letters only for residents who agreed to post.
class GuiLoanListsTest : public QObject {
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
        LoanListsPanel *lists() { return find<LoanListsPanel>("loanListsPanel"); }
        SortedTable *table(LoanListsPanel::List list) { return lists()->table(list); }

        QString addResident(const QString &card, const QString &given, const QString &family,
                            const QString &address, bool post, const QString &phone = {}) {
            Resident r;
            r.card = card;
            r.givenName = given;
            r.familyName = family;
            r.address = address;
            r.postcode = QStringLiteral("LS7 3AB");
            r.phone = phone;
            r.consentPost = post;
            r.consentPhone = !phone.isEmpty();
            r.eligibilityCriterion = QStringLiteral("Pension Credit");
            AddResidentCommand cmd(r, harness.store().clock());
            const CommandResult result = harness.store().bus().execute(cmd, harness.store().librarian());
            if (!result.ok()) {
                qFatal("resident: %s", qPrintable(result.message()));
            }
            return result.entityId();
        }

        void lend(const QString &card, const QString &tag, const QString &name,
                  const QString &overrideReason = {}) {
            CheckOutRequest request;
            request.residentCard = card;
            request.deviceTag = tag;
            request.signedName = name;
            request.declarationAccepted = true;
            request.overrideReason = overrideReason;
            CheckOutCommand cmd(request);
            const Actor who =
                overrideReason.isEmpty() ? harness.store().librarian() : harness.store().coordinator();
            const CommandResult result = harness.store().bus().execute(cmd, who);
            if (!result.ok()) {
                qFatal("check-out %s: %s", qPrintable(tag), qPrintable(result.message()));
            }
        }

        // Day 0 (Mon 2 Mar 2026): three tablets out; day 4: one more; day 60: three overdue by four days and
        // one due today, one awaiting wipe, one in repair, one resident waiting, one data offer ending soon.
        void seed() {
            for (int i = 1; i <= 4; ++i) {
                fx.addDevice(QStringLiteral("TAB000%1").arg(i));
            }
            fx.addDevice(QStringLiteral("TAB0005"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                         DeviceStatus::AwaitingWipe);
            fx.addDevice(QStringLiteral("TAB0006"), QStringLiteral("TAB"), QStringLiteral("CEN"),
                         DeviceStatus::InRepair);
            addResident(QStringLiteral("B100"), QStringLiteral("Amara"), QStringLiteral("Nwosu"),
                        QStringLiteral("12 Chapel Street, Leeds"), true);
            addResident(QStringLiteral("B200"), QStringLiteral("Kwame"), QStringLiteral("Mensah"),
                        QStringLiteral("3 Roundhay Road"), false, QStringLiteral("07700 900456"));
            addResident(QStringLiteral("B300"), QStringLiteral("Jan"), QStringLiteral("Kowalski"), QString(),
                        true);
            addResident(QStringLiteral("B400"), QStringLiteral("Grace"), QStringLiteral("Hall"), QString(),
                        false);
            lend(QStringLiteral("B100"), QStringLiteral("TAB0001"), QStringLiteral("Amara Nwosu"));
            lend(QStringLiteral("B200"), QStringLiteral("TAB0002"), QStringLiteral("Kwame Mensah"));
            // A second device for Amara (one at a time is the rule): a coordinator's override.
            lend(QStringLiteral("B100"), QStringLiteral("TAB0003"), QStringLiteral("Amara Nwosu"),
                 QStringLiteral("Second device for homework club"));
            harness.store().clock().advanceDays(4);
            lend(QStringLiteral("B300"), QStringLiteral("TAB0004"), QStringLiteral("Jan Kowalski"));
            harness.store().clock().advanceDays(56);
            if (!fx.reserve(QStringLiteral("B400")).ok()) {
                qFatal("reserve failed");
            }
            fx.addSim(LoanFixtures::iccid(7));
            IssueDataOfferCommand offer({QStringLiteral("B300"), LoanFixtures::iccid(7),
                                         harness.store().clock().today().addMonths(-6).addDays(10)});
            if (!harness.store().bus().execute(offer, harness.store().librarian()).ok()) {
                qFatal("data offer failed");
            }
        }

        void open() {
            harness.signIn(QStringLiteral("librarian"));
            QTest::keyClick(&harness.window(), Qt::Key_2, Qt::ControlModifier);
            QTest::keyClick(&harness.window(), Qt::Key_S, Qt::AltModifier);
            DeskHarness::settle();
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

    static QString documentText(const std::unique_ptr<QTextDocument> &doc) { return doc->toPlainText(); }

private slots:
    void everyListShowsWhatIsStored() {
        Desk d;
        d.seed();
        d.open();
        auto *chooser = d.find<QListWidget>("loanListChooser");
        QCOMPARE(QApplication::focusWidget(), chooser);
        QStringList titles;
        for (int i = 0; i < chooser->count(); ++i) {
            titles.append(chooser->item(i)->text());
        }
        QCOMPARE(titles, (QStringList{QStringLiteral("On loan (4)"), QStringLiteral("Due today (1)"),
                                      QStringLiteral("Overdue (3)"), QStringLiteral("Awaiting wipe (1)"),
                                      QStringLiteral("In repair (1)"), QStringLiteral("Waiting list (1)"),
                                      QStringLiteral("Data ending soon (1)")}));
        QCOMPARE(d.find<QLabel>("loanSummary")->text(), QStringLiteral("Active loans: 4 · Overdue: 3"));

        using L = LoanListsPanel::List;
        QCOMPARE(d.table(L::OnLoan)->column(0),
                 (QStringList{QStringLiteral("TAB0001"), QStringLiteral("TAB0002"), QStringLiteral("TAB0003"),
                              QStringLiteral("TAB0004")}));
        QCOMPARE(d.table(L::DueToday)->column(0), QStringList{QStringLiteral("TAB0004")});
        QCOMPARE(d.table(L::AwaitingWipe)->column(0), QStringList{QStringLiteral("TAB0005")});
        QCOMPARE(d.table(L::InRepair)->column(0), QStringList{QStringLiteral("TAB0006")});
        QCOMPARE(d.table(L::WaitingList)->column(2), QStringList{QStringLiteral("Grace Hall")});
        QCOMPARE(d.table(L::DataOffers)->column(5), QStringList{QStringLiteral("B300")});
        QCOMPARE(d.table(L::DataOffers)->column(8), QStringList{QStringLiteral("10")});

        // Down twice: the overdue list, the overdue loans marked in words and colour.
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(d.lists()->currentList(), L::Overdue);
        SortedTable *overdue = d.table(L::Overdue);
        QVERIFY(overdue->isVisible());
        QCOMPARE(overdue->column(0), (QStringList{QStringLiteral("TAB0001"), QStringLiteral("TAB0002"),
                                                  QStringLiteral("TAB0003")}));
        QCOMPARE(overdue->column(3).constFirst(), QStringLiteral("Amara Nwosu"));
        QCOMPARE(overdue->column(7),
                 (QStringList{QStringLiteral("4"), QStringLiteral("4"), QStringLiteral("4")}));
        QCOMPARE(overdue->headers().constLast(), QStringLiteral("Reminder"));
        QCOMPARE(overdue->column(8),
                 (QStringList{QStringLiteral("Letter"), QStringLiteral("No postal consent"),
                              QStringLiteral("Letter")}));
        QVERIFY(overdue->view()->model()->index(0, 0).data(ReadOnlyTableModel::AttentionRole).toBool());
        const QString notPosted = d.find<QLabel>("noPostalConsent")->text();
        QVERIFY2(notPosted.contains(QStringLiteral("Kwame Mensah (B200), may be phoned on 07700 900456")),
                 qPrintable(notPosted));
        QVERIFY(d.find<QWidget>("exportOverdueCsv")->isVisible());
        QVERIFY(d.find<QWidget>("printReminderLetters")->isEnabled());
    }

    void overdueCsvIsRfc4180() {
        Desk d;
        d.seed();
        d.open();
        d.lists()->showList(LoanListsPanel::List::Overdue);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("overdue.csv"));
        QString error;
        QVERIFY2(d.lists()->exportOverdueCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));              // UTF-8 for spreadsheets
        QVERIFY(bytes.contains("\"12 Chapel Street, Leeds\"")); // a comma inside a field: quoted
        QVERIFY(bytes.contains("\r\n"));
        QString text;
        QVERIFY2(CsvReader::decode(bytes, &text, &error), qPrintable(error));
        const QList<CsvReader::Record> records = CsvReader(text).readAll();
        QCOMPARE(records.size(), 4);
        for (const CsvReader::Record &r : records) {
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.fields.size(), records.constFirst().fields.size());
        }
        const QStringList header = records.at(0).fields;
        QCOMPARE(header.mid(0, 5),
                 (QStringList{QStringLiteral("device"), QStringLiteral("type"), QStringLiteral("branch"),
                              QStringLiteral("resident"), QStringLiteral("name")}));
        const QStringList first = records.at(1).fields;
        QCOMPARE(first.at(0), QStringLiteral("TAB0001"));
        QCOMPARE(first.at(3), QStringLiteral("B100"));
        QCOMPARE(first.at(4), QStringLiteral("Amara Nwosu"));
        QCOMPARE(first.at(header.indexOf(QStringLiteral("address"))),
                 QStringLiteral("12 Chapel Street, Leeds"));
        QCOMPARE(first.at(header.indexOf(QStringLiteral("due"))), QStringLiteral("2026-04-27"));
        QCOMPARE(first.at(header.indexOf(QStringLiteral("days_overdue"))), QStringLiteral("4"));
        QCOMPARE(records.at(2).fields.at(header.indexOf(QStringLiteral("post_ok"))), QStringLiteral("no"));
    }

    void reminderLettersOnlyForPostalConsent() {
        Desk d;
        d.seed();
        d.open();
        const ReminderLetters letters = d.lists()->reminderLetters();
        // Amara: one letter for both her overdue tablets. Kwame did not agree to post: no letter.
        QCOMPARE(letters.letters().size(), 1);
        QCOMPARE(letters.letters().constFirst().loans.size(), 2);
        QCOMPARE(letters.skipped().size(), 1);
        QCOMPARE(letters.skipped().constFirst().residentCard, QStringLiteral("B200"));
        QVERIFY(letters.skipped().constFirst().noConsent);
        const QString text = documentText(letters.document());
        for (const QString &expected :
             {QStringLiteral("Central Library"), QStringLiteral("Dear Amara Nwosu,"),
              QStringLiteral("12 Chapel Street"), QStringLiteral("Leeds"), QStringLiteral("LS7 3AB"),
              QStringLiteral("TAB0001"), QStringLiteral("TAB0003"), DisplayFormat::date(QDate(2026, 4, 27)),
              DisplayFormat::date(QDate(2026, 5, 1)),
              QStringLiteral("renew the loans: ask at the library desk"), QStringLiteral("B100")}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(QStringLiteral("%1 missing from:\n%2").arg(expected, text)));
        }
        QVERIFY(!text.contains(QStringLiteral("Kwame")));
        QVERIFY(!text.contains(QStringLiteral("TAB0002")));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("reminders.pdf"));
        QString error;
        QVERIFY2(d.lists()->saveRemindersPdf(pdf, &error), qPrintable(error));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            const QString extracted = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(extracted.contains(QStringLiteral("Amara Nwosu")) &&
                         extracted.contains(QStringLiteral("TAB0003")),
                     qPrintable(extracted));
        }
    }

    void sortsByKeyboardAndRenewsFromTheList() {
        Desk d;
        d.seed();
        d.open();
        SortedTable *onLoan = d.table(LoanListsPanel::List::OnLoan);
        // Sort by resident, then reverse: the box and the tick, no mouse.
        auto *sortBy = d.find<QComboBox>("loanListSort");
        tabTo(sortBy);
        QCOMPARE(sortBy->currentText(), QStringLiteral("As listed"));
        for (int i = 0; i < 4; ++i) {
            press(Qt::Key_Down); // Device, Type, Card, Resident
        }
        QCOMPARE(sortBy->currentText(), QStringLiteral("Resident"));
        QCOMPARE(onLoan->column(3),
                 (QStringList{QStringLiteral("Amara Nwosu"), QStringLiteral("Amara Nwosu"),
                              QStringLiteral("Jan Kowalski"), QStringLiteral("Kwame Mensah")}));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), d.find<QCheckBox>("loanListDescending"));
        press(Qt::Key_Space);
        QCOMPARE(onLoan->column(3).constFirst(), QStringLiteral("Kwame Mensah"));
        // Dates sort as dates, not as text ("27 Apr" before "1 May").
        sortBy->setFocus();
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down); // Due
        QCOMPARE(sortBy->currentText(), QStringLiteral("Due"));
        QCOMPARE(onLoan->column(0).constFirst(), QStringLiteral("TAB0004")); // reversed: latest due first
        // The header and the box agree when the header is used.
        onLoan->sortBy(0, Qt::AscendingOrder);
        QCOMPARE(sortBy->currentText(), QStringLiteral("Device"));
        QVERIFY(!d.find<QCheckBox>("loanListDescending")->isChecked());

        // Into the list, down to TAB0002, Ctrl+R: the renewal opens in the check-in tab.
        onLoan->view()->setFocus();
        onLoan->view()->setCurrentIndex(onLoan->view()->model()->index(0, 0));
        press(Qt::Key_Down);
        QCOMPARE(onLoan->currentKey(), QStringLiteral("TAB0002"));
        press(Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(d.find<QTabWidget>("loanTabs")->currentWidget()->objectName(),
                 QStringLiteral("checkInPanel"));
        QVERIFY(d.find<QWidget>("renewForm")->isVisible());
        QVERIFY(d.find<QLabel>("renewTitle")->text().contains(QStringLiteral("TAB0002")));
        // Overdue but renewable (someone waits for a tablet, so a librarian may not).
        QVERIFY(d.find<QWidget>("renewOverrideNotAllowed")->isVisible());
    }

    void branchFilterAndEmptyLists() {
        Desk d;
        d.seed();
        d.open();
        auto *branch = d.find<QComboBox>("loanListBranch");
        QCOMPARE(branch->currentText(), QStringLiteral("All branches"));
        branch->setCurrentIndex(branch->findText(QStringLiteral("North Library")));
        DeskHarness::settle();
        QCOMPARE(d.table(LoanListsPanel::List::OnLoan)->rowCount(), 0);
        QCOMPARE(d.find<QLabel>("activeLoansEmpty")->text(), QStringLiteral("No devices are out on loan."));
        QCOMPARE(d.find<QLabel>("loanSummary")->text(), QStringLiteral("Active loans: 0 · Overdue: 0"));
        branch->setCurrentIndex(branch->findText(QStringLiteral("Central Library")));
        DeskHarness::settle();
        QCOMPARE(d.table(LoanListsPanel::List::OnLoan)->rowCount(), 4);
    }

    void everyWidgetOnEveryTabHasAnAccessibleName() {
        Desk d;
        d.seed();
        d.fx.addDevice(QStringLiteral("MIFI07"), QStringLiteral("MIFI"));
        d.harness.signIn(QStringLiteral("coordinator"));
        MainWindow &w = d.harness.window();
        QStringList unnamed;
        auto check = [&unnamed, &w](const QString &where) {
            DeskHarness::settle();
            for (QWidget *widget : w.findChildren<QWidget *>()) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisible() || !widget->isEnabled()) {
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
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("B200"));
        press(Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("MIFI07"));
        press(Qt::Key_Return);
        QVERIFY(d.find<QWidget>("agreementBox")->isVisible());
        check(QStringLiteral("check-out"));
        QTest::keyClick(&w, Qt::Key_I, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("TAB0001"));
        press(Qt::Key_Return);
        QVERIFY(d.find<QWidget>("checkInForm")->isVisible());
        check(QStringLiteral("check-in"));
        press(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(d.find<QWidget>("renewForm")->isVisible());
        check(QStringLiteral("renew"));
        QTest::keyClick(&w, Qt::Key_W, Qt::AltModifier);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("TAB0005"));
        press(Qt::Key_Return);
        QVERIFY(d.find<QWidget>("wipeForm")->isVisible());
        check(QStringLiteral("wipe"));
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        for (int i = 0; i < 7; ++i) {
            check(QStringLiteral("lists %1").arg(i));
            press(Qt::Key_Down);
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    void tabsSurviveDoubleTextSize() {
        DeskStyle::apply(*qApp); // the desk's own fonts and spacing, as at a real desk
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        {
            Desk d;
            d.seed();
            d.fx.addDevice(QStringLiteral("MIFI07"), QStringLiteral("MIFI"));
            d.harness.signIn(QStringLiteral("coordinator"));
            MainWindow &w = d.harness.window();
            w.resize(1400, 900);
            QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
            // Check-out with everything showing: the resident, the device, warnings and the agreement.
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("B200"));
            press(Qt::Key_Return);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("MIFI07"));
            press(Qt::Key_Return);
            QVERIFY(d.find<QWidget>("agreementBox")->isVisible());
            auto *tabs = d.find<QTabWidget>("loanTabs");
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                d.lists()->showList(LoanListsPanel::List::Overdue);
                QCoreApplication::processEvents();
                const QSize needed = w.minimumSizeHint();
                QVERIFY2(needed.width() <= 1400 && needed.height() <= 900,
                         qPrintable(QStringLiteral("tab %1 needs %2×%3")
                                        .arg(i)
                                        .arg(needed.width())
                                        .arg(needed.height())));
            }
        }
        QApplication::setFont(original);
    }

    // Not a check: saves the Loans section's screens, the receipt and the reminder letters for the user guide
    // (docs/screenshots/loans-*.png) when TECHMATES_SCREENSHOTS names a folder. Run it under Xvfb for the
    // fonts a desk really has (see docs/screenshots/README.md).
    void screenshotTour() {
        const QString outDir = qEnvironmentVariable("TECHMATES_SCREENSHOTS");
        if (outDir.isEmpty()) {
            QSKIP("set TECHMATES_SCREENSHOTS=DIR to save the Loans screenshots");
        }
        const QDir out(outDir);
        QVERIFY(QDir().mkpath(out.path()));
        DeskStyle::apply(*qApp);
        auto save = [&out](QWidget *w, const QString &name) {
            DeskHarness::settle();
            QTest::qWait(50);
            const QString path = out.filePath(name + QStringLiteral(".png"));
            QVERIFY2(w->grab().save(path), qPrintable(path));
        };

        Desk d;
        tourSeed(d);
        MainWindow &w = d.harness.window();
        w.resize(1400, 900);
        d.harness.signIn(QStringLiteral("coordinator"));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        DeskHarness::settle();
        auto type = [](const QString &text) {
            QTest::keyClicks(QApplication::focusWidget(), text);
            DeskHarness::settle();
        };
        // A coordinator lends a MiFi to a resident with an overdue loan: warnings, the reason, the agreement.
        type(QStringLiteral("B1000003"));
        press(Qt::Key_Return);
        type(QStringLiteral("HOT-0002"));
        press(Qt::Key_Return);
        type(QStringLiteral("Tablet is coming back on Friday; she needs data for a job search now"));
        press(Qt::Key_Return);
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        type(QStringLiteral("Margaret O'Brien"));
        save(&w, QStringLiteral("loans-check-out"));
        press(Qt::Key_Return, Qt::ControlModifier);
        save(&w, QStringLiteral("loans-check-out-done"));
        QString error;
        QVERIFY2(d.find<CheckOutPanel>("checkOutPanel")
                     ->saveReceiptPdf(out.filePath(QStringLiteral("loans-receipt.pdf")), &error),
                 qPrintable(error));

        // A librarian with the same kind of warning: who can override, and nothing to confirm.
        QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
        DeskHarness::settle();
        d.harness.signIn(QStringLiteral("librarian"));
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        DeskHarness::settle();
        type(QStringLiteral("B1000002"));
        press(Qt::Key_Return);
        type(QStringLiteral("CHR-0002"));
        press(Qt::Key_Return);
        save(&w, QStringLiteral("loans-check-out-no-override"));

        // Check-in: damaged, the case missing, a note.
        QTest::keyClick(&w, Qt::Key_I, Qt::AltModifier);
        DeskHarness::settle();
        type(QStringLiteral("IPAD-0002"));
        press(Qt::Key_Return);
        press(Qt::Key_Right);
        tabTo(d.find<QCheckBox>("kitReturned_2"));
        press(Qt::Key_Space);
        tabTo(d.find<QCheckBox>("dataRemoved"));
        press(Qt::Key_Space);
        press(Qt::Key_Tab);
        type(QStringLiteral("Screen cracked at the bottom corner"));
        save(&w, QStringLiteral("loans-check-in"));
        press(Qt::Key_Return);
        save(&w, QStringLiteral("loans-check-in-done"));
        // The renewal of another loan.
        type(QStringLiteral("IPAD-0003"));
        press(Qt::Key_Return);
        press(Qt::Key_R, Qt::ControlModifier);
        save(&w, QStringLiteral("loans-renew"));
        press(Qt::Key_Escape);
        press(Qt::Key_Escape);

        // The wipe gate.
        QTest::keyClick(&w, Qt::Key_W, Qt::AltModifier);
        DeskHarness::settle();
        type(QStringLiteral("IPAD-0004"));
        press(Qt::Key_Return);
        press(Qt::Key_Down);
        press(Qt::Key_Tab);
        type(QStringLiteral("Blancco Mobile"));
        press(Qt::Key_Tab);
        type(QStringLiteral("BL-2026-0417"));
        save(&w, QStringLiteral("loans-wipe"));
        press(Qt::Key_Return);
        save(&w, QStringLiteral("loans-wipe-done"));

        // The lists: overdue, with who gets a letter.
        QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
        DeskHarness::settle();
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        save(&w, QStringLiteral("loans-lists"));
        QVERIFY2(d.lists()->saveRemindersPdf(out.filePath(QStringLiteral("loans-reminders.pdf")), &error),
                 qPrintable(error));
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        save(&w, QStringLiteral("loans-waiting-list"));
    }

    void screenshotTourLargeText() {
        const QString outDir = qEnvironmentVariable("TECHMATES_SCREENSHOTS");
        if (outDir.isEmpty()) {
            QSKIP("set TECHMATES_SCREENSHOTS=DIR to save the Loans screenshots");
        }
        DeskStyle::apply(*qApp);
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        {
            Desk d;
            tourSeed(d);
            MainWindow &w = d.harness.window();
            w.resize(1400, 900);
            d.harness.signIn(QStringLiteral("coordinator"));
            QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
            DeskHarness::settle();
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("B1000003"));
            press(Qt::Key_Return);
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("HOT-0002"));
            press(Qt::Key_Return);
            DeskHarness::settle();
            QVERIFY(w.grab().save(QDir(outDir).filePath(QStringLiteral("loans-check-out-text2x.png"))));
            QTest::keyClick(&w, Qt::Key_S, Qt::AltModifier);
            press(Qt::Key_Down);
            press(Qt::Key_Down);
            DeskHarness::settle();
            QVERIFY(w.grab().save(QDir(outDir).filePath(QStringLiteral("loans-lists-text2x.png"))));
        }
        QApplication::setFont(original);
    }

private:
    // A believable branch for the screenshots: real-looking devices, kit and residents, three loans four days
    // overdue, one awaiting wipe with someone waiting for it, one in repair, a SIM ending soon.
    static void tourSeed(Desk &d) {
        TestStore &ts = d.harness.store();
        Sql(ts.db(),
            QStringLiteral("UPDATE branches SET address = :a, postcode = 'LS1 3AB', phone = '0113 378 5005', "
                           "email = 'central.library@example.gov.uk' WHERE code = 'CEN'"))
            .bind(QStringLiteral(":a"), QStringLiteral("Calverley Street\nLeeds"))
            .exec();
        auto addType = [&ts](const QString &code, const QString &name, const QString &category,
                             const QStringList &kit, int pence) {
            AddDeviceTypeCommand cmd({code, name, category, kit, pence});
            QVERIFY(ts.bus().execute(cmd, ts.admin()).ok());
        };
        addType(QStringLiteral("IPAD"), QStringLiteral("iPad 10th generation"), QStringLiteral("tablet"),
                {QStringLiteral("charger"), QStringLiteral("USB-C cable"), QStringLiteral("case")}, 34900);
        addType(QStringLiteral("CHR"), QStringLiteral("Chromebook 14"), QStringLiteral("chromebook"),
                {QStringLiteral("charger"), QStringLiteral("sleeve")}, 24900);
        addType(QStringLiteral("HOT"), QStringLiteral("4G MiFi hotspot"), QStringLiteral("mifi"),
                {QStringLiteral("charger"), QStringLiteral("pouch")}, 5900);
        auto addDevice = [&ts](const QString &tag, const QString &type, const QString &make,
                               const QString &model, const QString &serial, const QString &sim = {},
                               DeviceStatus status = DeviceStatus::Available) {
            DeviceDetails dd;
            dd.tag = tag;
            dd.typeCode = type;
            dd.branchCode = QStringLiteral("CEN");
            dd.make = make;
            dd.model = model;
            dd.serial = serial;
            dd.simIccid = sim;
            dd.status = status;
            AddDeviceCommand cmd(dd);
            const CommandResult r = ts.bus().execute(cmd, ts.librarian());
            QVERIFY2(r.ok(), qPrintable(r.message()));
        };
        const QString apple = QStringLiteral("Apple");
        const QString ipad = QStringLiteral("iPad (10th gen) Wi-Fi 64GB");
        addDevice(QStringLiteral("IPAD-0001"), QStringLiteral("IPAD"), apple, ipad,
                  QStringLiteral("DMPXK7Q1LM"));
        addDevice(QStringLiteral("IPAD-0002"), QStringLiteral("IPAD"), apple, ipad,
                  QStringLiteral("DMPXK7Q2AB"));
        addDevice(QStringLiteral("IPAD-0003"), QStringLiteral("IPAD"), apple, ipad,
                  QStringLiteral("DMPXK7Q3CD"));
        addDevice(QStringLiteral("IPAD-0004"), QStringLiteral("IPAD"), apple, ipad,
                  QStringLiteral("DMPXK7Q4EF"), {}, DeviceStatus::AwaitingWipe);
        const QString lenovo = QStringLiteral("Lenovo");
        const QString chromebook = QStringLiteral("IdeaPad 3 Chromebook 14M836");
        addDevice(QStringLiteral("CHR-0001"), QStringLiteral("CHR"), lenovo, chromebook,
                  QStringLiteral("PF3K1AB1"));
        addDevice(QStringLiteral("CHR-0002"), QStringLiteral("CHR"), lenovo, chromebook,
                  QStringLiteral("PF3K1AB2"));
        addDevice(QStringLiteral("CHR-0003"), QStringLiteral("CHR"), lenovo, chromebook,
                  QStringLiteral("PF3K1AB3"));
        d.fx.addSim(LoanFixtures::iccid(1));
        d.fx.addSim(LoanFixtures::iccid(2));
        d.fx.addSim(LoanFixtures::iccid(3));
        const QString tplink = QStringLiteral("TP-Link");
        addDevice(QStringLiteral("HOT-0001"), QStringLiteral("HOT"), tplink, QStringLiteral("M7350"),
                  QStringLiteral("22114M0001"), LoanFixtures::iccid(1));
        addDevice(QStringLiteral("HOT-0002"), QStringLiteral("HOT"), tplink, QStringLiteral("M7350"),
                  QStringLiteral("22114M0002"), LoanFixtures::iccid(2));
        Sql(ts.db(),
            QStringLiteral(
                "UPDATE devices SET status = 'in_repair', notes = 'hinge loose' WHERE tag = 'CHR-0003'"))
            .exec();

        d.addResident(QStringLiteral("B1000001"), QStringLiteral("Amina"), QStringLiteral("Okafor"),
                      QStringLiteral("14 Leopold Street, Leeds"), true);
        d.addResident(QStringLiteral("B1000002"), QStringLiteral("Jan"), QStringLiteral("Kowalski"),
                      QStringLiteral("3 Roundhay Road, Leeds"), false, QStringLiteral("07700 900456"));
        d.addResident(QStringLiteral("B1000003"), QStringLiteral("Margaret"), QStringLiteral("O'Brien"),
                      QStringLiteral("27 Harehills Lane, Leeds"), true);
        d.addResident(QStringLiteral("B1000004"), QStringLiteral("Dylan"), QStringLiteral("Evans"),
                      QStringLiteral("8 Spencer Place, Leeds"), true);
        d.addResident(QStringLiteral("B1000005"), QStringLiteral("Grace"), QStringLiteral("Mensah"),
                      QStringLiteral("51 Cowper Street, Leeds"), false);

        // Margaret has borrowed before (a hotspot in the winter), so this year's third loan shows the notice.
        d.lend(QStringLiteral("B1000003"), QStringLiteral("HOT-0001"), QStringLiteral("Margaret O'Brien"));
        QVERIFY(d.fx.checkIn(QStringLiteral("HOT-0001")).ok());
        QVERIFY(d.fx.wipe(QStringLiteral("HOT-0001")).ok());
        d.lend(QStringLiteral("B1000001"), QStringLiteral("IPAD-0001"), QStringLiteral("Amina Okafor"));
        d.lend(QStringLiteral("B1000003"), QStringLiteral("IPAD-0002"), QStringLiteral("Margaret O'Brien"));
        d.lend(QStringLiteral("B1000002"), QStringLiteral("CHR-0001"), QStringLiteral("Jan Kowalski"));
        ts.clock().advanceDays(60);
        d.lend(QStringLiteral("B1000004"), QStringLiteral("IPAD-0003"), QStringLiteral("Dylan Evans"));
        QVERIFY(d.fx.reserve(QStringLiteral("B1000005"), QStringLiteral("IPAD")).ok());
        IssueDataOfferCommand offer({QStringLiteral("B1000002"), LoanFixtures::iccid(3),
                                     ts.clock().today().addMonths(-6).addDays(10)});
        QVERIFY(ts.bus().execute(offer, ts.librarian()).ok());
    }
};

QTEST_MAIN(GuiLoanListsTest)
#include "GuiLoanListsTest.moc"
