#pragma once

#include "SyncJob.h"

#include <QObject>
#include <QThread>
#include <QUrl>
#include <memory>
#include <optional>

class QSettings;
class Store;
class SyncWorker;
class TokenStore;

// The desk's one sync engine, made by the composition root and kept for the desk's life, so a sync that is
// running when the desk locks finishes in the background and never two run at once. It owns the worker
// thread, keeps the sign-in in the keychain (TokenStore) and the desk's sync settings (server address,
// automatic sync interval — never a token) in QSettings.
class SyncController : public QObject {
    Q_OBJECT
public:
    SyncController(Store &store, TokenStore &tokens, std::unique_ptr<QSettings> settings,
                   QObject *parent = nullptr);
    ~SyncController() override; // waits for a running sync to end: it cannot be cut off halfway

    Store &store() const { return m_store; }
    TokenStore &tokens() const { return m_tokens; }

    // Server address: http or https with a host. Returns the refusal in plain words, or nothing.
    static std::optional<QString> checkServerUrl(const QString &text, QUrl *url);
    QUrl serverUrl() const; // from the settings, else the last server this store synced with
    void setServerUrl(const QUrl &url);

    static constexpr int kMaxIntervalMinutes = 120;
    int intervalMinutes() const; // 0: no automatic sync
    void setIntervalMinutes(int minutes);

    bool isRunning() const { return m_running; }
    // Starts a sync in the background; false (and nothing started) when one is already running.
    bool start(SyncRequest request);
    std::optional<SyncOutcome> lastOutcome() const { return m_last; }

    // Tests: fewer, quicker retries against a server that is not there.
    void setRetryForTesting(int attempts, int firstDelayMs) {
        m_retryAttempts = attempts;
        m_retryDelayMs = firstDelayMs;
    }

signals:
    void started();
    void progress(const QString &stage, qint64 done, qint64 total);
    // After the keychain has been updated: a new sign-in kept, a rejected one forgotten.
    void finished(const SyncOutcome &outcome);

private:
    void workerFinished(SyncOutcome outcome);

    Store &m_store;
    TokenStore &m_tokens;
    std::unique_ptr<QSettings> m_settings;
    QThread m_thread;
    SyncWorker *m_worker = nullptr;
    bool m_running = false;
    QString m_runningUser;
    std::optional<SyncOutcome> m_last;
    int m_retryAttempts = 5;
    int m_retryDelayMs = 500;
};
