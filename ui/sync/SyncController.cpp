#include "SyncController.h"

#include "SyncWorker.h"
#include "core/HybridClock.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/ChangeApplier.h"
#include "sync/TokenStore.h"

#include <QCoreApplication>
#include <QSettings>

namespace {
const QString kServerKey = QStringLiteral("sync/server_url");
const QString kIntervalKey = QStringLiteral("sync/interval_minutes");
} // namespace

SyncController::SyncController(Store &store, TokenStore &tokens, std::unique_ptr<QSettings> settings,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_tokens(tokens)
    , m_settings(std::move(settings)) {
    qRegisterMetaType<SyncRequest>();
    qRegisterMetaType<SyncOutcome>();
    m_thread.setObjectName(QStringLiteral("techmates-sync"));
    m_worker = new SyncWorker;
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &SyncWorker::progress, this, &SyncController::progress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::workerFinished, Qt::QueuedConnection);
    m_thread.start();
}

SyncController::~SyncController() {
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

std::optional<QString> SyncController::checkServerUrl(const QString &text, QUrl *url) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return tr("Enter the council server's web address, for example https://techmates.example.gov.uk");
    }
    const QUrl candidate(trimmed, QUrl::StrictMode);
    if (!candidate.isValid() || candidate.host().isEmpty() ||
        (candidate.scheme() != QLatin1String("http") && candidate.scheme() != QLatin1String("https"))) {
        return tr("“%1” is not a web address the desk can use: it must start with https:// (or http:// on "
                  "the council's own network) and name a server, for example "
                  "https://techmates.example.gov.uk")
            .arg(trimmed);
    }
    if (!candidate.userInfo().isEmpty()) {
        return tr("Leave the user name and password out of the address; the desk asks for them when you "
                  "sign in.");
    }
    if (candidate.hasQuery() || candidate.hasFragment()) {
        return tr("The server address should not have ? or # parts.");
    }
    *url = candidate.adjusted(QUrl::StripTrailingSlash);
    return std::nullopt;
}

QUrl SyncController::serverUrl() const {
    QString text = m_settings->value(kServerKey).toString();
    if (text.isEmpty()) {
        try {
            text = ChangeApplier::state(m_store, QStringLiteral("server_url"));
        } catch (const StoreError &) {
            text.clear();
        }
    }
    QUrl url;
    if (checkServerUrl(text, &url)) {
        return {};
    }
    return url;
}

void SyncController::setServerUrl(const QUrl &url) {
    m_settings->setValue(kServerKey, url.toString());
    m_settings->sync();
}

int SyncController::intervalMinutes() const {
    bool ok = false;
    const int minutes = m_settings->value(kIntervalKey, 0).toInt(&ok);
    // Settings come from outside: anything out of range means "off" rather than a surprise.
    return ok && minutes >= 0 && minutes <= kMaxIntervalMinutes ? minutes : 0;
}

void SyncController::setIntervalMinutes(int minutes) {
    m_settings->setValue(kIntervalKey, qBound(0, minutes, kMaxIntervalMinutes));
    m_settings->sync();
}

bool SyncController::start(SyncRequest request) {
    if (m_running) {
        return false;
    }
    m_running = true;
    m_runningUser = request.username;
    request.storePath = m_store.path();
    request.retryAttempts = m_retryAttempts;
    request.retryFirstDelayMs = m_retryDelayMs;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
    emit started();
    return true;
}

void SyncController::workerFinished(SyncOutcome outcome) {
    m_running = false;
    // The worker's connection moved its clock on past what it pulled; this desk's own connection must
    // stamp its next change after that.
    if (!outcome.hlcLast.isEmpty()) {
        m_store.hybridClock().observe(outcome.hlcLast);
    }
    if (outcome.signedIn && m_tokens.isAvailable()) {
        const TokenStore::Answer kept = m_tokens.write(m_runningUser, outcome.token);
        if (!kept.ok()) {
            outcome.keychainProblem = kept.message;
        }
    }
    if (outcome.tokenRejected) {
        m_tokens.remove(m_runningUser);
    }
    outcome.token.clear(); // kept only in the keychain from here on
    m_last = outcome;
    emit finished(outcome);
}
