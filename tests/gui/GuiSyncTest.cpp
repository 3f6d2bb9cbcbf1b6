#include "DeskHarness.h"
#include "DeskStyle.h"
#include "MessageBanner.h"
#include "SyncServer.h"
#include "Workspace.h"
#include "auth/SignInService.h"
#include "core/Clock.h"
#include "residents/ResidentCommands.h"
#include "store/Sql.h"
#include "sync/ChangeApplier.h"
#include "sync/NetworkWatch.h"
#include "sync/OutboxQueue.h"
#include "sync/ServerSignInDialog.h"
#include "sync/SyncPage.h"
#include "sync/SyncPanel.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// With TECHMATES_SCREENSHOTS=DIR (run under Xvfb, see docs/screenshots/README.md) the test also saves the
// screens it passes through for the user guide.
namespace {
void shoot(QWidget *window, const QString &name) {
    const QString dir = qEnvironmentVariable("TECHMATES_SCREENSHOTS");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    DeskHarness::settle();
    QTest::qWait(50);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(path)) {
        qWarning("cannot save %s", qPrintable(path));
    }
}
} // namespace

// Sync → Sync against a real techmates-server running in this process: the address is checked, the
// password is asked once and the sign-in kept in the (test) keychain, "Sync now" (Ctrl+Shift+S) runs on the
// worker thread with a progress bar, the last-synced time and the outbox count follow, problems are said
// plainly, and a sync that could not reach the server runs again by itself when the server is back.
class GuiSyncTest : public QObject {
    Q_OBJECT

private:
    struct Server {
        QTemporaryDir dir;
        SystemClock clock;
        std::unique_ptr<SyncServer> server;
        quint16 port = 0;

        bool start(quint16 wanted = 0) {
            server = std::make_unique<SyncServer>(SyncServer::Options{dir.path(), {}, {}, {}}, clock);
            QString error;
            port = server->start(QHostAddress::LocalHost, wanted, &error);
            if (port == 0) {
                qWarning("server did not start: %s", qPrintable(error));
            }
            return port != 0;
        }
        void stop() { server.reset(); }
        QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
        int count(const QString &sql) {
            Store::Opened opened = Store::open(dir.filePath(QStringLiteral("server.db")));
            return opened.store ? Sql(opened.store->database(), sql).scalar().toInt() : -1;
        }
    };

    static SyncPanel *openSync(DeskHarness &desk) {
        QTest::keyClick(&desk.window(), Qt::Key_9, Qt::ControlModifier);
        DeskHarness::settle();
        return inWorkspace<SyncPanel>(desk, QStringLiteral("syncTab"));
    }

    // A key as a person presses it: to whatever has the keyboard in the desk's window. A closed dialog hands
    // the keyboard back to the desk (a window manager's job; offscreen has none).
    static void press(DeskHarness &desk, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        if (!desk.window().isActiveWindow()) {
            desk.window().activateWindow();
            DeskHarness::waitUntilActive(&desk.window());
        }
        QWidget *target = QApplication::focusWidget();
        QTest::keyClick(target ? target : &desk.window(), key, modifiers);
    }

    static void syncKeys(DeskHarness &desk) {
        press(desk, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    }

    static ServerSignInDialog *passwordDialog(DeskHarness &desk) {
        ServerSignInDialog *dialog = nullptr;
        return QTest::qWaitFor([&] { return (dialog = desk.openDialog<ServerSignInDialog>()) != nullptr; },
                               5000)
                   ? dialog
                   : nullptr;
    }

    static bool waitForSync(DeskHarness &desk) {
        return QTest::qWaitFor([&] { return !desk.sync().isRunning(); }, 60000);
    }

    // In the signed-in person's workspace (a workspace the desk replaced may not be deleted yet).
    template <typename T> static T *inWorkspace(DeskHarness &desk, const QString &name) {
        Workspace *workspace = desk.window().workspace();
        return workspace ? workspace->findChild<T *>(name) : nullptr;
    }

    static QString text(DeskHarness &desk, const QString &name) {
        auto *label = inWorkspace<QLabel>(desk, name);
        return label ? label->text() : QStringLiteral("<no %1>").arg(name);
    }

    // Every byte of a file and its write-ahead log, to look for a secret that must not be there.
    static bool fileHolds(const QString &path, const QByteArray &secret) {
        for (const QString &p : QStringList{path, path + QStringLiteral("-wal")}) {
            QFile f(p);
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(secret)) {
                return true;
            }
        }
        return false;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        if (!qEnvironmentVariableIsEmpty("TECHMATES_SCREENSHOTS")) {
            DeskStyle::apply(*qApp);
        }
    }

    void signInSyncAndSyncAgainByKeyboard() {
        Server server;
        QVERIFY(server.dir.isValid());
        QVERIFY(!SyncServer::initAdmin({server.dir.path(), {}, {}, {}}, QStringLiteral("admin"),
                                       QStringLiteral("password1")));
        QVERIFY(server.start());

        DeskHarness desk;
        desk.sync().setRetryForTesting(2, 50);
        const QString localAdminId = desk.store().admin().userId();
        desk.signIn(QStringLiteral("admin"));
        SyncPanel *panel = openSync(desk);
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(text(desk, QStringLiteral("syncLastSynced")),
                 QStringLiteral("Never: this desk has not synced with the council server yet."));
        // A record made here before the first sync: it goes to the council with the desk's other records.
        Resident before;
        before.givenName = QStringLiteral("Chloe");
        before.familyName = QStringLiteral("Evans");
        before.card = QStringLiteral("C5000");
        AddResidentCommand addBefore(before, desk.store().clock());
        QVERIFY(desk.store().bus().execute(addBefore, desk.window().actor()).ok());
        press(desk, Qt::Key_F5);
        const int waitingBefore = OutboxQueue(desk.store().store()).count();
        QVERIFY(waitingBefore > 0); // the people the test store was made with
        QVERIFY(text(desk, QStringLiteral("syncOutbox")).startsWith(QString::number(waitingBefore)));

        // A bad address is refused before anything is sent, and the keyboard goes back to it.
        auto *url = desk.find<QLineEdit>(QStringLiteral("syncServerUrl"));
        auto *message = inWorkspace<MessageBanner>(desk, QStringLiteral("syncMessage"));
        QCOMPARE(QApplication::focusWidget(), url);
        QTest::keyClicks(url, QStringLiteral("ftp://example.org"));
        syncKeys(desk);
        QVERIFY(message->isError());
        QVERIFY2(message->text().contains(QStringLiteral("is not a web address")),
                 qPrintable(message->text()));
        QVERIFY(!desk.sync().isRunning());
        QVERIFY(!desk.openDialog<ServerSignInDialog>());
        QCOMPARE(QApplication::focusWidget(), url);

        // The real address: the desk asks for the password (nothing is kept yet); a wrong one is refused.
        url->selectAll();
        QTest::keyClicks(url, server.url());
        syncKeys(desk);
        ServerSignInDialog *dialog = passwordDialog(desk);
        QVERIFY(dialog);
        QTest::keyClicks(desk.find<QLineEdit>(QStringLiteral("serverPassword")),
                         QStringLiteral("wrong-password"));
        QTest::keyClick(desk.find<QLineEdit>(QStringLiteral("serverPassword")), Qt::Key_Return);
        QVERIFY(waitForSync(desk));
        QTRY_VERIFY(message->isError());
        QVERIFY(desk.tokens().tokens().isEmpty());
        QCOMPARE(OutboxQueue(desk.store().store()).count(), waitingBefore);
        QCOMPARE(text(desk, QStringLiteral("syncLastError")), message->text());

        // The right password: signs in, keeps the sign-in, sends the outbox, receives the council's record.
        QSignalSpy progress(&desk.sync(), &SyncController::progress);
        syncKeys(desk);
        dialog = passwordDialog(desk);
        QVERIFY(dialog);
        QTest::keyClicks(desk.find<QLineEdit>(QStringLiteral("serverPassword")), QStringLiteral("password1"));
        QTest::keyClick(desk.find<QLineEdit>(QStringLiteral("serverPassword")), Qt::Key_Return);
        QVERIFY(waitForSync(desk));
        DeskHarness::settle();
        QVERIFY(progress.count() > 0);
        QCOMPARE(desk.tokens().tokens().size(), 1);
        const QString token = desk.tokens().tokens().value(QStringLiteral("admin"));
        QVERIFY(!token.isEmpty());

        // The council knows this person by its own id: the desk signed them in again under it.
        QTRY_VERIFY(desk.window().actor().userId() != localAdminId && desk.window().workspace() &&
                    desk.window().workspace()->currentSection() == SectionId::Sync);
        const QString serverAdminId = desk.window().actor().userId();
        QCOMPARE(SignInService::loadActor(desk.store().store(), serverAdminId).username(),
                 QStringLiteral("admin"));
        message = inWorkspace<MessageBanner>(desk, QStringLiteral("syncMessage"));
        QVERIFY2(!message->isError(), qPrintable(message->text()));
        QVERIFY2(message->text().startsWith(QStringLiteral("Synced.")), qPrintable(message->text()));
        QVERIFY(!text(desk, QStringLiteral("syncLastSynced")).startsWith(QStringLiteral("Never")));
        QVERIFY2(message->text().contains(QStringLiteral("existing records were sent to the council first")),
                 qPrintable(message->text()));
        QCOMPARE(server.count(QStringLiteral("SELECT count(*) FROM residents WHERE card = 'C5000'")), 1);
        QCOMPARE(text(desk, QStringLiteral("syncOutbox")),
                 QStringLiteral("Nothing: every change made here has been sent."));
        QCOMPARE(OutboxQueue(desk.store().store()).count(), 0);
        QCOMPARE(text(desk, QStringLiteral("syncLastError")),
                 QStringLiteral("None: the last sync went through."));
        auto *bar = inWorkspace<QProgressBar>(desk, QStringLiteral("syncProgress"));
        QCOMPARE(bar->value(), bar->maximum());

        // A change made afterwards waits in the outbox; Ctrl+Shift+S sends it with the kept sign-in (no
        // password asked), and a second press while it runs is told to wait: never two syncs at once.
        const Actor admin = desk.window().actor();
        Resident r;
        r.givenName = QStringLiteral("Amara");
        r.familyName = QStringLiteral("Nwosu");
        r.card = QStringLiteral("C5001");
        r.postcode = QStringLiteral("LS6 2AB");
        AddResidentCommand add(r, desk.store().clock());
        const CommandResult added = desk.store().bus().execute(add, admin);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        press(desk, Qt::Key_F5);
        QCOMPARE(text(desk, QStringLiteral("syncOutbox")), QStringLiteral("1 change made at this desk"));
        syncKeys(desk);
        QVERIFY(desk.sync().isRunning());
        syncKeys(desk);
        message = inWorkspace<MessageBanner>(desk, QStringLiteral("syncMessage"));
        QCOMPARE(message->text(), QStringLiteral("A sync is already running; wait for it to finish."));
        QVERIFY(!desk.openDialog<ServerSignInDialog>());
        QVERIFY(waitForSync(desk));
        DeskHarness::settle();
        // The server answered for it (taken, or turned down with its reason listed): it left the outbox.
        QVERIFY2(message->text().startsWith(QStringLiteral("Synced. Changes sent: 1 (")),
                 qPrintable(message->text()));
        QCOMPARE(OutboxQueue(desk.store().store()).count(), 0);
        QCOMPARE(text(desk, QStringLiteral("syncOutbox")),
                 QStringLiteral("Nothing: every change made here has been sent."));

        // The interval is a desk setting; the token is in the keychain only: not in the settings, not in
        // the store.
        auto *interval = inWorkspace<QSpinBox>(desk, QStringLiteral("syncInterval"));
        interval->setFocus();
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("15"));
        QCOMPARE(desk.sync().intervalMinutes(), 15);
        QCOMPARE(desk.sync().serverUrl().toString(), server.url());
        shoot(&desk.window(), QStringLiteral("sync-panel"));
        QFile ini(desk.store().dir() + QStringLiteral("/desk.ini"));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("interval_minutes=15"));
        QVERIFY(!settings.contains(token.toUtf8()));
        QVERIFY(!settings.contains("password1"));
        QVERIFY(!fileHolds(desk.store().path(), token.toUtf8()));

        // Signing out forgets the sign-in; the next sync asks for the password again.
        press(desk, Qt::Key_O, Qt::AltModifier);
        QTRY_VERIFY(desk.tokens().tokens().isEmpty());
        syncKeys(desk);
        dialog = passwordDialog(desk);
        QVERIFY(dialog);
        QTest::keyClick(desk.find<QLineEdit>(QStringLiteral("serverPassword")), Qt::Key_Escape);
        QVERIFY(!desk.sync().isRunning());
    }

    void syncsAgainWhenTheServerIsBack() {
        Server server;
        QVERIFY(!SyncServer::initAdmin({server.dir.path(), {}, {}, {}}, QStringLiteral("admin"),
                                       QStringLiteral("password1")));
        QVERIFY(server.start());
        const quint16 port = server.port;

        DeskHarness desk;
        desk.sync().setRetryForTesting(1, 10);
        desk.sync().setServerUrl(QUrl(server.url()));
        desk.sync().setIntervalMinutes(30);
        const QString localAdminId = desk.store().admin().userId();
        desk.signIn(QStringLiteral("admin"));
        SyncPanel *panel = openSync(desk);
        QVERIFY(panel);
        syncKeys(desk);
        ServerSignInDialog *dialog = passwordDialog(desk);
        QVERIFY(dialog);
        QTest::keyClicks(desk.find<QLineEdit>(QStringLiteral("serverPassword")), QStringLiteral("password1"));
        QTest::keyClick(desk.find<QLineEdit>(QStringLiteral("serverPassword")), Qt::Key_Return);
        QVERIFY(waitForSync(desk));
        QTRY_VERIFY(desk.window().actor().userId() != localAdminId && desk.window().workspace() &&
                    desk.window().workspace()->currentSection() == SectionId::Sync);
        DeskHarness::settle();
        QCOMPARE(OutboxQueue(desk.store().store()).count(), 0);

        const QString syncedBefore =
            ChangeApplier::state(desk.store().store(), QStringLiteral("last_synced_at"));

        // The server goes away; a change is made offline and the sync cannot reach the server.
        server.stop();
        Resident r;
        r.givenName = QStringLiteral("Bilal");
        r.familyName = QStringLiteral("Hussain");
        r.card = QStringLiteral("C5002");
        AddResidentCommand add(r, desk.store().clock());
        QVERIFY(desk.store().bus().execute(add, desk.window().actor()).ok());
        panel = inWorkspace<SyncPanel>(desk, QStringLiteral("syncTab"));
        panel->networkWatch()->useProbe(100);
        syncKeys(desk);
        QVERIFY(waitForSync(desk));
        DeskHarness::settle();
        auto *message = inWorkspace<MessageBanner>(desk, QStringLiteral("syncMessage"));
        QVERIFY2(message->isError(), qPrintable(message->text()));
        QVERIFY2(message->text().startsWith(QStringLiteral("The council server could not be reached")),
                 qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("keeps working offline")));
        QCOMPARE(OutboxQueue(desk.store().store()).count(), 1);
        QVERIFY(panel->networkWatch()->isArmed());

        // Back on the same address: the desk notices and sends the change without anyone pressing a key.
        QVERIFY(server.start(port));
        QTRY_VERIFY_WITH_TIMEOUT(OutboxQueue(desk.store().store()).count() == 0 && !desk.sync().isRunning(),
                                 30000);
        DeskHarness::settle();
        QCOMPARE(text(desk, QStringLiteral("syncLastError")),
                 QStringLiteral("None: the last sync went through."));
        QVERIFY(ChangeApplier::state(desk.store().store(), QStringLiteral("last_synced_at")) > syncedBefore);
    }
};

QTEST_MAIN(GuiSyncTest)
#include "GuiSyncTest.moc"
