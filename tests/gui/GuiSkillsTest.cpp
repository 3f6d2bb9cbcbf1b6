// The Skills section driven from the keyboard (docs/user-guide-skills.md): find a learner by card, record a
// badge and see the progress bars move, a refusal for a badge held already, a group session, and the import
// listing rows it cannot match. Every change is checked in the store.
#include "DataTable.h"
#include "DeskHarness.h"
#include "MessageBanner.h"
#include "skills/BadgeCatalogueCommands.h"
#include "store/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class GuiSkillsTest : public QObject {
    Q_OBJECT

    static std::unique_ptr<DeskHarness> desk() {
        auto d = std::make_unique<DeskHarness>();
        const BadgeCatalogueFile file = BadgeCatalogueFile::defaultCatalogue();
        ImportBadgeCatalogueCommand load(file.badges, file.awardLevels);
        if (!d->store().bus().execute(load, d->store().admin()).ok()) {
            qFatal("cannot load the catalogue");
        }
        d->addResident(QStringLiteral("Amara"), QStringLiteral("Nwosu"), QStringLiteral("2000000001"));
        d->addResident(QStringLiteral("Ben"), QStringLiteral("Okafor"), QStringLiteral("2000000002"));
        return d;
    }

    static int badges(DeskHarness &d) { return d.store().count(QStringLiteral("badge_achievements")); }

    static void openSkills(DeskHarness &d, const QString &user) {
        d.signIn(user);
        QTest::keyClick(&d.window(), Qt::Key_4, Qt::ControlModifier);
        DeskHarness::settle();
    }

    static void findLearner(DeskHarness &d, const QString &card) {
        auto *find = d.find<QLineEdit>(QStringLiteral("learnerFind"));
        QVERIFY(find);
        QTRY_VERIFY(find->hasFocus());
        QTest::keyClicks(find, card);
        QTest::keyClick(find, Qt::Key_Return);
    }

    static void chooseBadge(DeskHarness &d, const QString &code) {
        auto *badge = d.find<QComboBox>(QStringLiteral("badgeChoice"));
        QTRY_VERIFY(badge->hasFocus());
        badge->lineEdit()->selectAll();
        QTest::keyClicks(badge->lineEdit(), code);
        QTest::keyClick(badge->lineEdit(), Qt::Key_Return);
    }

private slots:
    // Every tab of the section fits the 1400×900 desk at twice the text size (DESIGN.md §6).
    void everyTabFitsAtDoubleTextSize() {
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * 2);
        QApplication::setFont(big);
        {
            std::unique_ptr<DeskHarness> d = desk();
            openSkills(*d, QStringLiteral("admin"));
            auto *tabs = d->find<QTabWidget>(QStringLiteral("skillsTabs"));
            const QSize page = d->find<QWidget>(QStringLiteral("skillsPage"))->minimumSizeHint();
            QVERIFY2(page.width() <= 950, qPrintable(QStringLiteral("the page needs %1").arg(page.width())));
            for (int i = 0; i < tabs->count(); ++i) {
                const QSize needed = tabs->widget(i)->minimumSizeHint();
                QVERIFY2(needed.width() <= 950 && needed.height() <= 800,
                         qPrintable(QStringLiteral("%1 needs %2×%3")
                                        .arg(tabs->widget(i)->objectName())
                                        .arg(needed.width())
                                        .arg(needed.height())));
            }
        }
        QApplication::setFont(original);
    }

    void recordABadgeByKeyboard() {
        std::unique_ptr<DeskHarness> d = desk();
        openSkills(*d, QStringLiteral("librarian"));
        findLearner(*d, QStringLiteral("2000000001"));
        QCOMPARE(d->find<QLabel>(QStringLiteral("learnerName"))->text(),
                 QStringLiteral("Amara Nwosu (Resident, 2000000001)"));
        chooseBadge(*d, QStringLiteral("MAK-02"));
        auto *message = d->find<MessageBanner>(QStringLiteral("learnerMessage"));
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QLatin1String("Recorded the badge MAK-02")),
                 qPrintable(message->text()));
        QCOMPARE(badges(*d), 1);
        QCOMPARE(Sql(d->store().db(), QStringLiteral("SELECT recorded_by FROM badge_achievements"))
                     .scalar()
                     .toString(),
                 d->store().librarian().userId());
        QCOMPARE(d->find<QLabel>(QStringLiteral("progressSummary"))->text(),
                 QStringLiteral("60 points from 1 badge(s). No award yet. 190 more points for Bronze."));
        auto *bronze = d->find<QProgressBar>(QStringLiteral("awardBar_Bronze"));
        QVERIFY(bronze);
        QCOMPARE(bronze->value(), 60);
        QCOMPARE(d->find<QTableView>(QStringLiteral("learnerBadges"))->model()->rowCount(), 1);

        // The same badge again is refused in words, and nothing is written.
        chooseBadge(*d, QStringLiteral("MAK-02"));
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QLatin1String("already holds the badge MAK-02")),
                 qPrintable(message->text()));
        QCOMPARE(badges(*d), 1);

        // An unknown code too.
        chooseBadge(*d, QStringLiteral("NOPE-1"));
        QVERIFY(message->isError());
        QVERIFY(message->text().contains(QLatin1String("no badge with the code NOPE-1")));
        QCOMPARE(badges(*d), 1);
    }

    void aVolunteerCannotReachResidentsTheyDoNotWorkWith() {
        std::unique_ptr<DeskHarness> d = desk();
        openSkills(*d, QStringLiteral("volunteer"));
        findLearner(*d, QStringLiteral("2000000002"));
        auto *message = d->find<MessageBanner>(QStringLiteral("learnerMessage"));
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QLatin1String("booking")), qPrintable(message->text()));
        QVERIFY(!d->find<QWidget>(QStringLiteral("recordBadge"))->isEnabled());
        QVERIFY(!d->find<QWidget>(QStringLiteral("skillsTotalsPanel")));
    }

    void aGroupSessionRecordsEveryone() {
        std::unique_ptr<DeskHarness> d = desk();
        openSkills(*d, QStringLiteral("librarian"));
        auto *tabs = d->find<QTabWidget>(QStringLiteral("skillsTabs"));
        QTest::keyClick(&d->window(), Qt::Key_U, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget()->objectName(), QStringLiteral("groupSessionPanel"));
        auto *list = d->find<QListWidget>(QStringLiteral("groupBadges"));
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(0)->checkState(), Qt::Checked);
        auto *learner = d->find<QLineEdit>(QStringLiteral("groupLearner"));
        learner->setFocus();
        for (const char *card : {"2000000001", "2000000002", "2000000002"}) {
            QTest::keyClicks(learner, QString::fromLatin1(card));
            QTest::keyClick(learner, Qt::Key_Return);
        }
        auto *message = d->find<MessageBanner>(QStringLiteral("groupMessage"));
        QVERIFY(message->text().contains(QLatin1String("on the list already")));
        QCOMPARE(d->find<QListWidget>(QStringLiteral("groupLearners"))->count(), 2);
        QTest::mouseClick(d->find<QPushButton>(QStringLiteral("recordGroup")), Qt::LeftButton);
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QCOMPARE(badges(*d), 2);
        // Again: both hold it now, so nothing is recorded and the message names them.
        for (const char *card : {"2000000001"}) {
            QTest::keyClicks(learner, QString::fromLatin1(card));
            QTest::keyClick(learner, Qt::Key_Return);
        }
        QTest::mouseClick(d->find<QPushButton>(QStringLiteral("recordGroup")), Qt::LeftButton);
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QLatin1String("Amara Nwosu, CIT-01")), qPrintable(message->text()));
        QCOMPARE(badges(*d), 2);
    }

    void theImportListsRowsItCannotMatch() {
        std::unique_ptr<DeskHarness> d = desk();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("completions.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Card,Badge,Date\n2000000001,CIT-01,2026-02-01\n2000000002,NOPE-9,2026-02-01\n");
        f.close();
        openSkills(*d, QStringLiteral("librarian"));
        QTest::keyClick(&d->window(), Qt::Key_M, Qt::AltModifier);
        auto *pathField = d->find<QLineEdit>(QStringLiteral("importPath"));
        QTRY_VERIFY(pathField->hasFocus());
        QTest::keyClicks(pathField, path);
        QTest::keyClick(pathField, Qt::Key_Return);
        QTest::mouseClick(d->find<QPushButton>(QStringLiteral("importCheck")), Qt::LeftButton);
        QVERIFY(d->find<QPlainTextEdit>(QStringLiteral("importProblems"))
                    ->toPlainText()
                    .contains(QStringLiteral("line 3: the badge “NOPE-9”")));
        QVERIFY(!d->find<QPushButton>(QStringLiteral("importRun"))->isEnabled());
        QCOMPARE(badges(*d), 0);
    }
};

QTEST_MAIN(GuiSkillsTest)
#include "GuiSkillsTest.moc"
