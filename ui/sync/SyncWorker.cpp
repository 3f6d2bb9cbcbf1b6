#include "SyncWorker.h"

#include "core/HybridClock.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/ChangeApplier.h"
#include "sync/OutboxQueue.h"
#include "sync/SyncHttp.h"

#include <QCoreApplication>

namespace {
// Long enough for a slow line, short enough that a desk with no network says so promptly.
constexpr int kProbeTimeoutMs = 10000;
} // namespace

void SyncWorker::run(const SyncRequest &request) {
    emit finished(runOn(request));
}

SyncOutcome SyncWorker::runOn(const SyncRequest &request) {
    SyncOutcome out;
    out.username = request.username;
    Store::Opened opened = Store::open(request.storePath);
    if (!opened.store) {
        out.error = tr("This desk's store could not be opened for the sync: %1").arg(opened.error);
        return out;
    }
    Store &store = *opened.store;
    try {
        SyncHttp http(request.server);
        SyncSession session(store, http);
        session.setRetry(request.retryAttempts, request.retryFirstDelayMs);
        SyncSession::Account account;
        // Is the server there at all? A quick question first, so "no network" is told apart from a
        // refusal and the desk knows to try again when the network comes back.
        SyncHttp probeHttp(request.server, kProbeTimeoutMs);
        const SyncHttp::Reply health = probeHttp.get(QStringLiteral("/api/v1/health"));
        if (!health.ok()) {
            out.serverUnreachable = health.retriable;
            out.error = health.retriable ? health.error
                                         : tr("%1 does not look like a TechMates council server (%2).")
                                               .arg(request.server.toDisplayString(), health.error);
        } else if (!request.password.isEmpty()) {
            if (std::optional<QString> refused =
                    session.signIn(request.username, request.password, &account)) {
                out.error = *refused;
            } else {
                out.signedIn = true;
                out.token = account.token;
            }
        } else {
            account.token = request.token;
            Sql who(store.database(),
                    QStringLiteral("SELECT id, username, display_name, role FROM users WHERE username = :u"));
            who.bind(QStringLiteral(":u"), request.username).exec();
            if (who.next()) {
                account.userId = who.value(0).toString();
                account.username = who.value(1).toString();
                account.displayName = who.value(2).toString();
                account.role = who.value(3).toString();
            }
            // A kept sign-in may have expired or been withdrawn: ask before sending anything.
            const SyncHttp::Reply probe = http.get(
                QStringLiteral("/api/v1/changes?since=%1&limit=1").arg(ChangeApplier(store).checkpoint()),
                account.token);
            if (probe.status == 401 || probe.status == 403) {
                out.tokenRejected = true;
                out.error = probe.error;
            } else if (!probe.ok()) {
                out.serverUnreachable = probe.retriable;
                out.error = probe.error;
            }
        }
        out.userId = account.userId;
        if (out.error.isEmpty()) {
            out.report = session.sync(
                account, [this](const SyncSession::Progress &p) { emit progress(p.stage, p.done, p.total); });
            out.ok = out.report.ok;
            out.error = out.report.error;
            if (!out.ok) {
                out.serverUnreachable = !probeHttp.get(QStringLiteral("/api/v1/health")).ok();
            }
        }
        out.lastSyncedAt = ChangeApplier::state(store, QStringLiteral("last_synced_at"));
        out.outbox = OutboxQueue(store).count();
        out.hlcLast = store.hybridClock().last();
    } catch (const StoreError &e) {
        out.ok = false;
        out.error = tr("The store could not be read or written during the sync: %1").arg(e.message());
    }
    return out;
}
