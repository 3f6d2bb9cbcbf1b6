#include "DeskHarness.h"
#include "DeskLanguage.h"
#include "LanguageDialog.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The desk in Polish and in Urdu as a person sees it after choosing the language: the words on the sign-in
// card and in the sections, Urdu laid out right to left, and Desk ▸ Language saving the choice.
class GuiLanguageTest : public QObject {
    Q_OBJECT

    static QString plain(QString s) { return s.remove(QLatin1Char('&')); }

private slots:
    void cleanup() { DeskLanguage::apply(*qApp, QStringLiteral("en")); }

    void urduDeskIsRightToLeft() {
        QVERIFY(DeskLanguage::apply(*qApp, QStringLiteral("ur")));
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);
        DeskHarness desk;
        MainWindow &w = desk.window();
        QCOMPARE(w.layoutDirection(), Qt::RightToLeft);
        auto *signIn = desk.find<QPushButton>(QStringLiteral("signInButton"));
        QVERIFY(signIn);
        QCOMPARE(signIn->text(), QStringLiteral("سائن ان کریں (&S)"));
        QCOMPARE(desk.find<QLabel>(QStringLiteral("signInHeading"))->text(), QStringLiteral("سائن ان کریں"));
        // The card sits with its labels on the right: the user name box starts right of where it ends.
        auto *user = desk.find<QWidget>(QStringLiteral("signInUserName"));
        QVERIFY(user->isRightToLeft());

        desk.signIn(QStringLiteral("librarian"));
        auto *nav = desk.find<QListWidget>(QStringLiteral("navigation"));
        QVERIFY(nav && nav->count() > 0);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("رہائشی"));
        QCOMPARE(desk.find<QLabel>(QStringLiteral("sectionTitle"))->text(), QStringLiteral("رہائشی"));
        // The navigation panel is on the right of the window in Urdu.
        const QPoint navCentre = nav->mapTo(&w, nav->rect().center());
        QVERIFY2(navCentre.x() > w.width() / 2, qPrintable(QString::number(navCentre.x())));
        // Standard dialog buttons come from the TechMates file (Qt has no Urdu of its own).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("منسوخ"));
    }

    void polishDeskReadsPolish() {
        QVERIFY(DeskLanguage::apply(*qApp, QStringLiteral("pl")));
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        DeskHarness desk;
        MainWindow &w = desk.window();
        QCOMPARE(w.layoutDirection(), Qt::LeftToRight);
        QCOMPARE(plain(desk.find<QPushButton>(QStringLiteral("signInButton"))->text()),
                 QStringLiteral("Zaloguj się"));
        desk.signIn(QStringLiteral("librarian"));
        auto *nav = desk.find<QListWidget>(QStringLiteral("navigation"));
        QVERIFY(nav && nav->count() > 0);
        QCOMPARE(nav->item(0)->text(), QStringLiteral("Mieszkańcy"));
        const QPoint navCentre = nav->mapTo(&w, nav->rect().center());
        QVERIFY(navCentre.x() < w.width() / 2);
    }

    void languageChoiceIsSavedForTheNextStart() {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("desk.ini")), QSettings::IniFormat);
        LanguageDialog dialog(settings, QStringLiteral("en"));
        dialog.show();
        QVERIFY(DeskHarness::waitUntilActive(&dialog));
        auto *choice = dialog.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QVERIFY(choice);
        QCOMPARE(choice->count(), 4); // the system's, English, Polski, اردو
        QCOMPARE(choice->itemText(2), QStringLiteral("Polski"));
        QCOMPARE(choice->itemText(3), QStringLiteral("اردو"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("languageNote"))
                    ->text()
                    .contains(QStringLiteral("next time")));

        // By keyboard: the combo has the focus; End picks the last language, Enter saves.
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_End);
        QCOMPARE(dialog.choice(), QStringLiteral("ur"));
        QTest::keyClick(&dialog, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(DeskLanguage::savedChoice(settings), QStringLiteral("ur"));
        QCOMPARE(Translations::resolve(DeskLanguage::savedChoice(settings), {QStringLiteral("pl-PL")}),
                 QStringLiteral("ur"));

        // Back to following the system: the key is removed.
        LanguageDialog again(settings, QStringLiteral("ur"));
        auto *choice2 = again.findChild<QComboBox *>(QStringLiteral("languageChoice"));
        QCOMPARE(choice2->currentIndex(), 3); // shows what was saved
        choice2->setCurrentIndex(0);
        again.findChild<QPushButton *>(QStringLiteral("languageSave"))->click();
        QCOMPARE(DeskLanguage::savedChoice(settings), QString());
        QVERIFY(!settings.contains(Translations::settingsKey()));

        // A nonsense value in the settings file counts as "follow the system".
        settings.setValue(Translations::settingsKey(), QStringLiteral("klingon"));
        QCOMPARE(DeskLanguage::savedChoice(settings), QString());
    }
};

QTEST_MAIN(GuiLanguageTest)
#include "GuiLanguageTest.moc"
