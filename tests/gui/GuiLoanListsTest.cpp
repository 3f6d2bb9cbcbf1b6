#include "DeskHarness.h"
#include "DisplayFormat.h"
#include "LoanFixtures.h"
#include "LoansPage.h"
#include "ReadOnlyTableModel.h"
#include "commands/CommandBus.h"
#include "core/CsvReader.h"
#include "loans/DataOfferCommands.h"
#include "loans/LoanCommands.h"
#include "loans/LoanListsPanel.h"
#include "loans/SortableTableModel.h"
#include "loans/SortedTable.h"
#include "residents/ResidentCommands.h"

#include <QCheckBox>
#include <QComboBox>
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
        QCOMPARE(overdue->column(8).constFirst(), QStringLiteral("Overdue"));
        QCOMPARE(overdue->column(9),
                 (QStringList{QStringLiteral("Letter"), QStringLiteral("No postal consent"),
                              QStringLiteral("Letter")}));
        QVERIFY(overdue->view()->model()->index(0, 0).data(SortableTableModel::AttentionRole).toBool());
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

    void tabsSurviveDoubleTextSize() {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        {
            Desk d;
            d.seed();
            d.harness.signIn(QStringLiteral("librarian"));
            MainWindow &w = d.harness.window();
            w.resize(1400, 900);
            QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
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
};

QTEST_MAIN(GuiLoanListsTest)
#include "GuiLoanListsTest.moc"
