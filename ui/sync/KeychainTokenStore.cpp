#include "KeychainTokenStore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <memory>

#include <qt6keychain/keychain.h>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("KeychainTokenStore", text);
}

// The keychain may ask the person to unlock it, so allow time for that; beyond this the desk carries on
// offline rather than hang.
constexpr int kKeychainWaitMs = 120000;

// Looked up to learn whether a keychain answers at all; never written.
const QString kProbeKey = QStringLiteral("techmates-keychain-probe");
} // namespace

KeychainTokenStore::KeychainTokenStore(QString service)
    : m_service(std::move(service)) {}

TokenStore::Answer KeychainTokenStore::run(QKeychain::Job &job) {
    // The job deletes itself when it finishes (also if we stop waiting for it); what it reports is
    // copied into a shared answer first.
    auto answer = std::make_shared<Answer>();
    auto finished = std::make_shared<bool>(false);
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    job.setAutoDelete(true);
    job.setInsecureFallback(false);
    QObject::connect(
        &job, &QKeychain::Job::finished, &job, [answer, finished, waiting](QKeychain::Job *done) {
            *finished = true;
            switch (done->error()) {
            case QKeychain::NoError:
                answer->status = Answer::Status::Done;
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done)) {
                    answer->token = read->textData();
                }
                break;
            case QKeychain::EntryNotFound:
                answer->status = Answer::Status::NotFound;
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                answer->status = Answer::Status::Unavailable;
                answer->message = TokenStore::unavailableMessage();
                break;
            case QKeychain::AccessDeniedByUser:
                answer->status = Answer::Status::Failed;
                answer->message = tr("The keychain was not unlocked, so your sign-in to the council server "
                                     "could not be used or kept.");
                break;
            case QKeychain::AccessDenied:
            case QKeychain::CouldNotDeleteEntry:
            case QKeychain::OtherError:
                answer->status = Answer::Status::Failed;
                answer->message =
                    tr("The keychain did not answer as expected (%1).").arg(done->errorString());
                break;
            }
            if (waiting) {
                waiting->quit();
            }
        });
    QTimer::singleShot(kKeychainWaitMs, &loop, &QEventLoop::quit);
    job.start();
    if (!*finished) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!*finished) {
        answer->status = Answer::Status::Failed;
        answer->message = tr("The keychain did not answer in time.");
    }
    return *answer;
}

bool KeychainTokenStore::isAvailable() {
    // Once a keychain has answered it stays; a missing one is asked again (it may have been started since).
    if (m_available) {
        return true;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(kProbeKey);
    const Answer a = run(*job);
    m_available = a.status == Answer::Status::Done || a.status == Answer::Status::NotFound;
    return m_available;
}

TokenStore::Answer KeychainTokenStore::unavailable() {
    return {Answer::Status::Unavailable, {}, TokenStore::unavailableMessage()};
}

TokenStore::Answer KeychainTokenStore::read(const QString &username) {
    if (!isAvailable()) {
        return unavailable();
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(username);
    Answer a = run(*job);
    if (a.status == Answer::Status::NotFound) {
        a.message = tr("You are not signed in to the council server on this computer.");
    }
    return a;
}

TokenStore::Answer KeychainTokenStore::write(const QString &username, const QString &token) {
    if (!isAvailable()) {
        return unavailable();
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(username);
    job->setTextData(token);
    return run(*job);
}

TokenStore::Answer KeychainTokenStore::remove(const QString &username) {
    if (!isAvailable()) {
        return unavailable();
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(username);
    Answer a = run(*job);
    if (a.status == Answer::Status::NotFound) {
        a.status = Answer::Status::Done; // nothing was kept: the person is signed out all the same
    }
    return a;
}
