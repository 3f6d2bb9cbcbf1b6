#pragma once

#include "SyncHttp.h"
#include "SyncProtocol.h"

#include <QString>
#include <functional>
#include <optional>

class Store;

// One desk's conversation with the council back end (DESIGN.md §4, docs/sync.md): sign in, then sync =
// seed (first sync of a store that already had records), push the outbox in order, pull the change feed
// to its end. Transport failures are retried with backoff; what cannot be sent stays queued for next time.
class SyncSession {
public:
    SyncSession(Store &store, SyncHttp &http);

    struct Account {
        QString userId;
        QString username;
        QString displayName;
        QString role;
        QString token;
    };

    // Signs in to the server. Afterwards the person can also sign in at this desk while it is offline.
    std::optional<QString> signIn(const QString &username, const QString &password, Account *account);

    struct Progress {
        QString stage; // "seed", "push", "pull"
        qint64 done = 0;
        qint64 total = 0; // 0 when not known
    };
    struct Report {
        bool ok = false;
        QString error;
        int seeded = 0;
        int pushed = 0;
        int applied = 0;
        int rejected = 0;
        int conflicts = 0;
        int pulled = 0;
        int waiting = 0;      // ops by people who must sign in before they can be sent
        QStringList refusals; // the server's reasons, for the person
    };

    Report sync(const Account &account, const std::function<void(const Progress &)> &progress = {});

    // Test and tuning knobs.
    void setRetry(int attempts, int firstDelayMs) {
        m_attempts = attempts;
        m_firstDelayMs = firstDelayMs;
    }
    void setPageSize(int changes) { m_pageSize = changes; }

private:
    bool seed(const Account &account, Report *report, const std::function<void(const Progress &)> &progress);
    bool push(const Account &account, Report *report, const std::function<void(const Progress &)> &progress);
    bool pull(const Account &account, Report *report, const std::function<void(const Progress &)> &progress);
    bool sendOps(const Account &account, const QList<SyncProtocol::Op> &ops,
                 QList<SyncProtocol::Outcome> *outcomes, Report *report);
    bool needsSeed(const Account &account) const;
    std::optional<SyncHttp::Reply> withRetries(const std::function<SyncHttp::Reply()> &send, Report *report);
    void adoptAccountId(const Account &account);

    Store &m_store;
    SyncHttp &m_http;
    int m_attempts = 5;
    int m_firstDelayMs = 500;
    int m_pageSize = 2000;
};
