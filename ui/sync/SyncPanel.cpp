#include "SyncPanel.h"

#include "DeskStyle.h"
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "NetworkWatch.h"
#include "ServerSignInDialog.h"
#include "SyncController.h"
#include "Workspace.h"
#include "auth/SignInService.h"
#include "devices/FormFields.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/ChangeApplier.h"
#include "sync/OutboxQueue.h"
#include "sync/TokenStore.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SyncPanel::SyncPanel(DeskContext &ctx, const Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_ctx(ctx)
    , m_actor(actor)
    , m_sync(*ctx.sync) {
    setObjectName(QStringLiteral("syncTab"));

    m_message = new MessageBanner(this);
    m_message->setObjectName(QStringLiteral("syncMessage"));
    m_keychainNote = new MessageBanner(this);
    m_keychainNote->setObjectName(QStringLiteral("syncKeychainNote"));

    auto *serverHeading = new QLabel(tr("The council server"), this);
    serverHeading->setFont(DeskStyle::scaledFont(this, 1.15));
    m_server = FormFields::line(this, QStringLiteral("syncServerUrl"), tr("Council server address"), 300, 40);
    m_server->setPlaceholderText(tr("https://techmates.example.gov.uk"));
    m_server->setText(m_sync.serverUrl().toString());
    m_accountLabel = new QLabel(this);
    m_accountLabel->setObjectName(QStringLiteral("syncAccount"));
    m_accountLabel->setWordWrap(true);
    m_signIn = FormFields::button(this, tr("Sign &in to the server…"), QStringLiteral("syncSignIn"),
                                  tr("Sign in to the council server"));
    m_signOut = FormFields::button(this, tr("Sign &out of the server"), QStringLiteral("syncSignOut"),
                                   tr("Forget your sign-in to the council server on this computer"));

    auto *syncHeading = new QLabel(tr("Sync"), this);
    syncHeading->setFont(DeskStyle::scaledFont(this, 1.15));
    m_syncNow = FormFields::button(this, tr("&Sync now"), QStringLiteral("syncNow"),
                                   tr("Sync now with the council server"));
    m_syncNow->setToolTip(tr("Send this desk's changes and receive the council's (Ctrl+Shift+S)"));
    m_syncNow->setDefault(true);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("syncInterval"));
    m_interval->setAccessibleName(tr("Sync automatically every so many minutes; 0 turns it off"));
    m_interval->setRange(0, SyncController::kMaxIntervalMinutes);
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setValue(m_sync.intervalMinutes());
    m_automaticNote = new QLabel(this);
    m_automaticNote->setObjectName(QStringLiteral("syncAutomaticNote"));
    m_automaticNote->setProperty("muted", true);
    m_automaticNote->setWordWrap(true);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setAccessibleName(tr("Sync progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_stage = new QLabel(this);
    m_stage->setObjectName(QStringLiteral("syncStage"));
    m_stage->setWordWrap(true);
    m_lastSynced = new QLabel(this);
    m_lastSynced->setObjectName(QStringLiteral("syncLastSynced"));
    m_outbox = new QLabel(this);
    m_outbox->setObjectName(QStringLiteral("syncOutbox"));
    m_outbox->setWordWrap(true);
    m_lastError = new QLabel(this);
    m_lastError->setObjectName(QStringLiteral("syncLastError"));
    m_lastError->setWordWrap(true);
    m_lastError->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *serverForm = FormFields::form(nullptr);
    FormFields::addRow(serverForm, tr("Server &address:"), m_server);
    auto *accountRow = new QHBoxLayout;
    accountRow->addWidget(m_accountLabel, 1);
    accountRow->addWidget(m_signIn);
    accountRow->addWidget(m_signOut);
    serverForm->addRow(tr("Your sign-in:"), accountRow);

    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncNow);
    syncRow->addSpacing(16);
    auto *intervalLabel = new QLabel(tr("Sync a&utomatically every"), this);
    intervalLabel->setBuddy(m_interval);
    syncRow->addWidget(intervalLabel);
    syncRow->addWidget(m_interval);
    syncRow->addStretch(1);

    auto *statusForm = FormFields::form(nullptr);
    statusForm->addRow(tr("Progress:"), m_progress);
    statusForm->addRow(QString(), m_stage);
    statusForm->addRow(tr("Last synced:"), m_lastSynced);
    statusForm->addRow(tr("Waiting to be sent:"), m_outbox);
    statusForm->addRow(tr("Last problem:"), m_lastError);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addWidget(m_message);
    layout->addWidget(m_keychainNote);
    layout->addWidget(serverHeading);
    layout->addLayout(serverForm);
    layout->addSpacing(8);
    layout->addWidget(syncHeading);
    layout->addLayout(syncRow);
    layout->addWidget(m_automaticNote);
    layout->addLayout(statusForm);
    layout->addStretch(1);

    setTabOrder(m_server, m_signIn);
    setTabOrder(m_signIn, m_signOut);
    setTabOrder(m_signOut, m_syncNow);
    setTabOrder(m_syncNow, m_interval);

    m_watch = new NetworkWatch(this);
    connect(m_watch, &NetworkWatch::cameBack, this, &SyncPanel::automaticSync);
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncPanel::automaticSync);
    connect(m_interval, &QSpinBox::valueChanged, this, &SyncPanel::intervalChanged);
    connect(m_server, &QLineEdit::returnPressed, this, &SyncPanel::syncNow);
    connect(m_syncNow, &QPushButton::clicked, this, &SyncPanel::syncNow);
    connect(m_signIn, &QPushButton::clicked, this, &SyncPanel::signInToServer);
    connect(m_signOut, &QPushButton::clicked, this, &SyncPanel::signOutOfServer);
    connect(&m_sync, &SyncController::started, this, &SyncPanel::syncStarted);
    connect(&m_sync, &SyncController::progress, this, &SyncPanel::syncProgress);
    connect(&m_sync, &SyncController::finished, this, &SyncPanel::syncFinished);

    intervalChanged(m_interval->value());
    // Asking the keychain waits for its answer: not while the workspace is still being built at sign-in.
    m_accountLabel->setText(tr("Checking this computer's keychain…"));
    QTimer::singleShot(0, this, &SyncPanel::updateAccount);
    if (const std::optional<SyncOutcome> last = m_sync.lastOutcome()) {
        m_progress->setValue(last->ok ? 1 : 0);
        m_stage->setText(last->ok ? tr("Done.") : tr("Stopped."));
        showOutcome(*last);
    }
    refresh();
}

SyncPanel::~SyncPanel() {
    if (ServerSignInDialog *dialog = m_dialog) {
        dialog->clear();
    }
}

QWidget *SyncPanel::focusTarget() const {
    return m_server->text().isEmpty() ? static_cast<QWidget *>(m_server) : m_syncNow;
}

void SyncPanel::refresh() {
    try {
        const QString last = ChangeApplier::state(m_ctx.store, QStringLiteral("last_synced_at"));
        const QDateTime at = QDateTime::fromString(last, Qt::ISODateWithMs);
        m_lastSynced->setText(at.isValid()
                                  ? DisplayFormat::dateTime(at)
                                  : tr("Never: this desk has not synced with the council server yet."));
        const int waiting = OutboxQueue(m_ctx.store).count();
        m_outbox->setText(waiting == 0   ? tr("Nothing: every change made here has been sent.")
                          : waiting == 1 ? tr("1 change made at this desk")
                                         : tr("%L1 changes made at this desk").arg(waiting));
    } catch (const StoreError &e) {
        m_lastSynced->setText(tr("Cannot be read just now: %1").arg(e.message()));
    }
    updateRunning();
}

bool SyncPanel::serverFromField(QUrl *url) {
    if (std::optional<QString> problem = SyncController::checkServerUrl(m_server->text(), url)) {
        m_message->showError(*problem);
        DeskStyle::setProblem(m_server, true);
        m_server->setFocus();
        m_server->selectAll();
        return false;
    }
    DeskStyle::setProblem(m_server, false);
    if (*url != m_sync.serverUrl()) {
        m_sync.setServerUrl(*url);
    }
    m_server->setText(url->toString());
    return true;
}

void SyncPanel::syncNow() {
    if (m_sync.isRunning()) {
        m_message->showInfo(tr("A sync is already running; wait for it to finish."));
        return;
    }
    QUrl server;
    if (!serverFromField(&server)) {
        return;
    }
    TokenStore &tokens = m_sync.tokens();
    if (!tokens.isAvailable()) {
        askPassword(server, TokenStore::unavailableMessage());
        return;
    }
    const TokenStore::Answer kept = tokens.read(m_actor.username());
    if (kept.ok() && !kept.token.isEmpty()) {
        startSync(server, QString(), kept.token, false);
        return;
    }
    askPassword(server, kept.status == TokenStore::Answer::Status::NotFound
                            ? tr("Sign in once and this computer's keychain keeps you signed in for the "
                                 "next syncs.")
                            : kept.message);
}

void SyncPanel::signInToServer() {
    if (m_sync.isRunning()) {
        m_message->showInfo(tr("A sync is already running; wait for it to finish."));
        return;
    }
    QUrl server;
    if (serverFromField(&server)) {
        askPassword(server, QString());
    }
}

void SyncPanel::signOutOfServer() {
    const TokenStore::Answer removed = m_sync.tokens().remove(m_actor.username());
    if (removed.ok()) {
        m_message->showInfo(tr("Signed out of the council server on this computer. Sign in again to sync."));
    } else {
        m_message->showError(removed.message);
    }
    updateAccount();
}

void SyncPanel::askPassword(const QUrl &server, const QString &why) {
    if (ServerSignInDialog *open = m_dialog) {
        open->raise();
        open->activateWindow();
        return;
    }
    m_dialogServer = server;
    // Through the local pointer: the QPointer is re-read on every use (GCC -O2 -Wnull-dereference).
    auto *dialog = new ServerSignInDialog(m_actor.username(), server.toDisplayString(), why, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, &SyncPanel::passwordDialogFinished);
    dialog->open();
}

void SyncPanel::passwordDialogFinished(int result) {
    ServerSignInDialog *dialog = m_dialog;
    if (!dialog) {
        return;
    }
    const QString password = result == QDialog::Accepted ? dialog->password() : QString();
    dialog->clear();
    if (!password.isEmpty()) {
        startSync(m_dialogServer, password, QString(), false);
    }
    m_syncNow->setFocus();
}

void SyncPanel::startSync(const QUrl &server, const QString &password, const QString &token, bool automatic) {
    SyncRequest request;
    request.server = server;
    request.username = m_actor.username();
    request.password = password;
    request.token = token;
    if (!m_sync.start(request)) {
        if (!automatic) {
            m_message->showInfo(tr("A sync is already running; wait for it to finish."));
        }
        return;
    }
    m_mine = true;
    m_automaticRun = automatic;
    m_watch->disarm();
}

void SyncPanel::automaticSync() {
    if (m_sync.isRunning() || m_interval->value() == 0) {
        return;
    }
    const QUrl server = m_sync.serverUrl();
    if (!server.isValid()) {
        m_automaticNote->setText(tr("Automatic sync waits until the server's address is filled in."));
        return;
    }
    TokenStore &tokens = m_sync.tokens();
    const TokenStore::Answer kept =
        tokens.isAvailable() ? tokens.read(m_actor.username()) : TokenStore::Answer{};
    if (!kept.ok() || kept.token.isEmpty()) {
        m_automaticNote->setText(tr(
            "Automatic sync needs a sign-in kept in this computer's keychain; until then, press Sync now."));
        return;
    }
    startSync(server, QString(), kept.token, true);
}

void SyncPanel::intervalChanged(int minutes) {
    if (minutes != m_sync.intervalMinutes()) {
        m_sync.setIntervalMinutes(minutes);
    }
    if (minutes > 0) {
        m_autoTimer.start(minutes * 60 * 1000);
        const QString every =
            minutes == 1 ? tr("Syncs every minute") : tr("Syncs every %1 minutes").arg(minutes);
        m_automaticNote->setText(
            every +
            (m_watch->mode() == NetworkWatch::Mode::Reachability
                 ? tr(", and as soon as the network comes back after a sync could not reach the server.")
                 : tr("; after a sync could not reach the server, the desk asks the server every minute "
                      "and syncs as soon as it answers.")));
    } else {
        m_autoTimer.stop();
        m_watch->disarm();
        m_automaticNote->setText(tr("Automatic sync is off: the desk syncs when you press Sync now."));
    }
}

void SyncPanel::syncStarted() {
    m_progress->setRange(0, 0); // busy until the first step reports how far it has to go
    m_stage->setText(tr("Connecting to the council server…"));
    updateRunning();
}

void SyncPanel::syncProgress(const QString &stage, qint64 done, qint64 total) {
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
    if (stage == QLatin1String("seed")) {
        m_stage->setText(tr("First sync: sending this desk's records to the council (%L1 so far)").arg(done));
    } else if (stage == QLatin1String("push")) {
        m_stage->setText(tr("Sending changes: %L1 of %L2").arg(done).arg(total));
    } else {
        m_stage->setText(tr("Receiving the council's changes"));
    }
}

void SyncPanel::syncFinished(const SyncOutcome &outcome) {
    const bool mine = m_mine;
    const bool automatic = m_automaticRun;
    m_mine = false;
    m_automaticRun = false;
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok ? 1 : 0);
    m_stage->setText(outcome.ok ? tr("Done.") : tr("Stopped."));
    if (!mine || outcome.username.compare(m_actor.username(), Qt::CaseInsensitive) != 0) {
        // Someone else's sync (the desk was locked meanwhile): only the figures change.
        refresh();
        return;
    }
    if (outcome.serverUnreachable && m_interval->value() > 0) {
        m_watch->arm(m_sync.serverUrl());
    }
    if (!automatic || !outcome.ok) {
        showOutcome(outcome);
    } else {
        m_lastError->setText(tr("None: the last sync went through."));
    }
    updateAccount();
    refresh();
    if (outcome.tokenRejected && !automatic) {
        askPassword(m_sync.serverUrl(), tr("Your sign-in to the council server has expired; sign in again."));
    }
    if (!outcome.userId.isEmpty() && outcome.userId != m_actor.userId()) {
        adoptServerIdentity(outcome.userId);
    }
}

void SyncPanel::showOutcome(const SyncOutcome &outcome) {
    if (outcome.ok) {
        const SyncSession::Report &r = outcome.report;
        QStringList lines;
        lines << (r.pushed > 0 ? tr("Synced. Changes sent: %L1 (%L2 taken, %L3 turned down, %L4 conflicts). "
                                    "Changes received: %L5.")
                                     .arg(r.pushed)
                                     .arg(r.applied)
                                     .arg(r.rejected)
                                     .arg(r.conflicts)
                                     .arg(r.pulled)
                               : tr("Synced. Nothing to send. Changes received: %L1.").arg(r.pulled));
        if (r.seeded > 0) {
            lines << tr("This desk's %L1 existing records were sent to the council first.").arg(r.seeded);
        }
        for (const QString &why : r.refusals) {
            lines << QStringLiteral("• ") + why;
        }
        if (r.conflicts > 0) {
            lines << tr("A coordinator confirms who has each doubly lent device under Sync → Conflicts.");
        }
        if (r.waiting > 0) {
            lines << tr("Changes made by other people at this desk, waiting until they sync themselves: %L1.")
                         .arg(r.waiting);
        }
        if (!outcome.keychainProblem.isEmpty()) {
            lines << outcome.keychainProblem;
        }
        m_message->showInfo(lines.join(QLatin1Char('\n')));
        m_lastError->setText(tr("None: the last sync went through."));
        return;
    }
    QString text = outcome.error;
    if (outcome.tokenRejected) {
        text = tr("Your sign-in to the council server has expired or was withdrawn: sign in again.");
    } else if (outcome.serverUnreachable) {
        text = tr("The council server could not be reached: %1 The desk keeps working offline; changes wait "
                  "here and go with the next sync.")
                   .arg(outcome.error);
    }
    m_message->showError(text);
    m_lastError->setText(text);
}

void SyncPanel::updateAccount() {
    TokenStore &tokens = m_sync.tokens();
    m_accountProblem.clear();
    if (!tokens.isAvailable()) {
        m_account = Account::NoKeychain;
    } else {
        const TokenStore::Answer kept = tokens.read(m_actor.username());
        if (kept.ok()) {
            m_account = Account::Kept;
        } else if (kept.status == TokenStore::Answer::Status::NotFound) {
            m_account = Account::NotKept;
        } else {
            m_account = Account::KeychainProblem;
            m_accountProblem = kept.message;
        }
    }
    switch (m_account) {
    case Account::Kept:
        m_accountLabel->setText(
            tr("Signed in as %1; this computer's keychain keeps the sign-in.").arg(m_actor.username()));
        m_keychainNote->clearMessage();
        break;
    case Account::NotKept:
        m_accountLabel->setText(tr("Not signed in to the server. Sync now asks for your password once."));
        m_keychainNote->clearMessage();
        break;
    case Account::NoKeychain:
        m_accountLabel->setText(tr("You sign in each time you sync."));
        m_keychainNote->showInfo(TokenStore::unavailableMessage());
        break;
    case Account::KeychainProblem:
        m_accountLabel->setText(tr("You sign in each time you sync."));
        m_keychainNote->showError(m_accountProblem);
        break;
    }
    m_signOut->setVisible(m_account == Account::Kept); // nothing to forget otherwise
}

void SyncPanel::updateRunning() {
    const bool running = m_sync.isRunning();
    m_syncNow->setEnabled(!running);
    m_signIn->setEnabled(!running);
    if (!running && m_progress->maximum() == 0) {
        m_progress->setRange(0, 1);
    }
}

// The first sign-in of a person this desk already knew under another id (a demo store's "admin" and the
// council's own): the store now names them by the council's id, so the desk signs them in again under it
// — every change they make must carry the id the council knows.
void SyncPanel::adoptServerIdentity(const QString &userId) {
    auto *window = qobject_cast<MainWindow *>(this->window());
    const Actor fresh = SignInService::loadActor(m_ctx.store, userId);
    if (!window || !fresh.isSignedIn() ||
        fresh.username().compare(m_actor.username(), Qt::CaseInsensitive) != 0) {
        return;
    }
    QTimer::singleShot(0, window, [window, fresh] {
        window->signInAs(fresh);
        if (Workspace *workspace = window->workspace()) {
            workspace->showSection(SectionId::Sync, true);
        }
    });
}
