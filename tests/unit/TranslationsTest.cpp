// The Polish and Urdu translations as the desk and the CLI load them: the right language from a choice or
// the system, Urdu right to left, and messages from models (refusals) translated even though the models
// ask with one context per file while lupdate files them under the class they are written in.
#include "Translations.h"
#include "LoanFixtures.h"
#include "devices/DeviceCommands.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString plain(QString s) {
    return s.remove(QLatin1Char('&'));
}

struct Run {
    int code;
    QString out;
    QString err;
};

Run techmates(const QStringList &args, const QString &lcAll) {
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("LANGUAGE"));
    e.remove(QStringLiteral("LC_MESSAGES"));
    e.insert(QStringLiteral("LC_ALL"), lcAll);
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(TECHMATES_CLI), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {-1, {}, QStringLiteral("timed out")};
    }
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }

    void choosesTheLanguageFromTheChoiceOrTheSystem() {
        const QStringList polishSystem{QStringLiteral("pl-PL"), QStringLiteral("en-GB")};
        QCOMPARE(Translations::resolve(QString(), polishSystem), QStringLiteral("pl"));
        QCOMPARE(Translations::resolve(QStringLiteral("system"), {QStringLiteral("ur_PK")}),
                 QStringLiteral("ur"));
        // The first language TechMates speaks wins; one it does not speak is passed over.
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("de-DE"), QStringLiteral("pl")}),
                 QStringLiteral("pl"));
        QCOMPARE(Translations::resolve(QString(), {QStringLiteral("de-DE")}), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QString(), {}), QStringLiteral("en"));
        // A choice made in the desk beats the system.
        QCOMPARE(Translations::resolve(QStringLiteral("en"), polishSystem), QStringLiteral("en"));
        QCOMPARE(Translations::resolve(QStringLiteral("ur"), polishSystem), QStringLiteral("ur"));
        QCOMPARE(Translations::resolve(QStringLiteral("xx"), {QStringLiteral("de")}), QStringLiteral("en"));
        QStringList names;
        for (const Translations::Language &l : Translations::languages()) {
            names << l.nativeName;
        }
        QCOMPARE(names,
                 (QStringList{QStringLiteral("English"), QStringLiteral("Polski"), QStringLiteral("اردو")}));
    }

    void loadsPolishAndUrdu() {
        QVERIFY(Translations::install(QStringLiteral("pl")));
        QCOMPARE(Translations::installed(), QStringLiteral("pl"));
        QCOMPARE(plain(QCoreApplication::translate("MainWindow", "&Lock")), QStringLiteral("Zablokuj"));
        QVERIFY(!Translations::installedIsRightToLeft());

        QVERIFY(Translations::install(QStringLiteral("ur")));
        QCOMPARE(Translations::installed(), QStringLiteral("ur"));
        QCOMPARE(QCoreApplication::translate("ResidentsPage", "Find a resident"),
                 QStringLiteral("رہائشی تلاش کریں"));
        QVERIFY(Translations::installedIsRightToLeft());
        // Shortcuts stay the English Alt+letter in every language.
        QVERIFY(QCoreApplication::translate("MainWindow", "&Lock").endsWith(QStringLiteral("(&L)")));

        // English is the source: no translator, nothing changes.
        QVERIFY(Translations::install(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&Lock"), QStringLiteral("&Lock"));
        QVERIFY(!Translations::installedIsRightToLeft());
        QVERIFY(!Translations::install(QStringLiteral("xx")));
        QCOMPARE(Translations::installed(), QStringLiteral("en"));
    }

    void translatesMessagesAskedWithAFileContext() {
        QVERIFY(Translations::install(QStringLiteral("pl")));
        // LoanCommands.cpp asks with "LoanCommands"; lupdate filed the text under CheckInCommand.
        QCOMPARE(
            QCoreApplication::translate("LoanCommands", "The loan changed while saving; nothing was saved."),
            QStringLiteral("Wypożyczenie zmieniło się podczas zapisywania; niczego nie zapisano."));
        // A text nobody translated stays as it is, and Qt's own contexts are not searched that way.
        QCOMPARE(QCoreApplication::translate("LoanCommands", "Not a TechMates text at all"),
                 QStringLiteral("Not a TechMates text at all"));
        QCOMPARE(QCoreApplication::translate("QSomethingOfQt", "Cancel"), QStringLiteral("Cancel"));
        QCOMPARE(QCoreApplication::translate("AddPersonDialog", "Cancel"), QStringLiteral("Anuluj"));
    }

    void refusesInPolishThroughTheWritePath() {
        QVERIFY(Translations::install(QStringLiteral("pl")));
        TestStore t;
        LoanFixtures f(t);
        DeviceDetails d;
        d.typeCode = QStringLiteral("TAB");
        d.branchCode = QStringLiteral("CEN");
        AddDeviceCommand cmd(d);
        const CommandResult r = t.bus().execute(cmd, t.librarian());
        QVERIFY(!r.ok());
        QCOMPARE(r.message(), QStringLiteral("Podaj numer inwentarzowy urządzenia."));
        QCOMPARE(t.count(QStringLiteral("devices")), 0);
    }

    void cliFollowsTheEnvironment() {
        const Run polish = techmates({QStringLiteral("no-such-command")}, QStringLiteral("pl_PL.UTF-8"));
        QCOMPARE(polish.code, 2); // a usage error
        QVERIFY2(polish.err.contains(QStringLiteral("Nieznane polecenie: no-such-command")),
                 qPrintable(polish.err));

        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("taken.db"));
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const Run urdu = techmates({QStringLiteral("demo"), QStringLiteral("--scale"),
                                    QStringLiteral("small"), QStringLiteral("--out"), existing},
                                   QStringLiteral("ur_PK.UTF-8"));
        QVERIFY(urdu.code != 0);
        QVERIFY2(urdu.err.contains(QStringLiteral("پہلے سے موجود ہے")), qPrintable(urdu.err));

        const Run english = techmates({QStringLiteral("no-such-command")}, QStringLiteral("C.UTF-8"));
        QVERIFY2(english.err.contains(QStringLiteral("Unknown command: no-such-command")),
                 qPrintable(english.err));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "TranslationsTest.moc"
