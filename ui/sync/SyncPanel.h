#pragma once

#include "DeskContext.h"
#include "SyncJob.h"
#include "auth/Actor.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class MessageBanner;
class NetworkWatch;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class ServerSignInDialog;
class SyncController;

// The Sync tab: the council server's address, this person's sign-in to it (kept in the keychain, never
// in settings), "Sync now" (Ctrl+Shift+S), automatic sync every N minutes and when the network comes back,
// progress, the last-synced time, what waits in the outbox and the last problem in plain words. The sync
// itself runs on SyncController's worker thread, so the desk stays usable meanwhile.
class SyncPanel : public QWidget {
    Q_OBJECT
public:
    SyncPanel(DeskContext &ctx, const Actor &actor, QWidget *parent = nullptr);
    ~SyncPanel() override;

    void refresh();
    void syncNow();
    void signInToServer();
    void signOutOfServer();
    QWidget *focusTarget() const;

    NetworkWatch *networkWatch() const { return m_watch; }
    QTimer *automaticTimer() { return &m_autoTimer; }

private:
    enum class Account { Kept, NotKept, NoKeychain, KeychainProblem };

    bool serverFromField(QUrl *url);
    void askPassword(const QUrl &server, const QString &why);
    void passwordDialogFinished(int result);
    void startSync(const QUrl &server, const QString &password, const QString &token, bool automatic);
    void automaticSync();
    void intervalChanged(int minutes);
    void syncStarted();
    void syncProgress(const QString &stage, qint64 done, qint64 total);
    void syncFinished(const SyncOutcome &outcome);
    void showOutcome(const SyncOutcome &outcome);
    void updateAccount();
    void updateRunning();
    void adoptServerIdentity(const QString &userId);

    DeskContext &m_ctx;
    const Actor m_actor;
    SyncController &m_sync;
    Account m_account = Account::NotKept;
    QString m_accountProblem;
    bool m_automaticRun = false; // the running sync was started by the timer or the network watch
    bool m_mine = false;         // the running sync was started from this panel

    MessageBanner *m_message = nullptr;
    MessageBanner *m_keychainNote = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_accountLabel = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_signOut = nullptr;
    QPushButton *m_syncNow = nullptr;
    QSpinBox *m_interval = nullptr;
    QLabel *m_automaticNote = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QLabel *m_lastSynced = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_lastError = nullptr;
    QPointer<ServerSignInDialog> m_dialog;
    QUrl m_dialogServer;
    QTimer m_autoTimer;
    NetworkWatch *m_watch = nullptr;
};
