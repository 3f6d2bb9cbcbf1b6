#include "SyncSession.h"

#include "ChangeApplier.h"
#include "OutboxQueue.h"
#include "RowImage.h"
#include "SyncHttp.h"
#include "auth/PasswordHasher.h"
#include "core/HybridClock.h"
#include "core/IdSource.h"
#include "store/ForeignKeysOff.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QThread>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("SyncSession", text);
}
constexpr int kOpsPerPush = 200;
constexpr int kSeedRowsPerOp = 1000;
} // namespace

SyncSession::SyncSession(Store &store, SyncHttp &http)
    : m_store(store)
    , m_http(http) {}

std::optional<QString> SyncSession::signIn(const QString &username, const QString &password,
                                           Account *account) {
    const SyncHttp::Reply reply =
        m_http.post(QStringLiteral("/api/v1/sign-in"), {{QStringLiteral("username"), username},
                                                        {QStringLiteral("password"), password},
                                                        {QStringLiteral("desk_id"), m_store.deskId()}});
    if (!reply.ok()) {
        return reply.error;
    }
    const QJsonObject user = reply.body.value(QLatin1String("user")).toObject();
    account->token = reply.body.value(QLatin1String("token")).toString();
    account->userId = user.value(QLatin1String("id")).toString();
    account->username = user.value(QLatin1String("username")).toString();
    account->displayName = user.value(QLatin1String("display_name")).toString();
    account->role = user.value(QLatin1String("role")).toString();
    if (account->token.isEmpty() || account->userId.isEmpty()) {
        return tr("The server's answer to the sign-in was incomplete.");
    }
    // Offline sign-in later: this desk keeps its own Argon2id hash of the password the server accepted.
    // The person's row itself arrives with the first pull; until then it is written here.
    adoptAccountId(*account);
    const QString hash = PasswordHasher::hash(password);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Sql(m_store.database(),
        QStringLiteral("INSERT INTO users(id, username, display_name, role, password_hash, updated_at) "
                       "VALUES (:id, :u, :d, :r, :h, :now) ON CONFLICT(id) DO UPDATE SET password_hash = :h"))
        .bind(QStringLiteral(":id"), account->userId)
        .bind(QStringLiteral(":u"), account->username)
        .bind(QStringLiteral(":d"), account->displayName)
        .bind(QStringLiteral(":r"), account->role)
        .bind(QStringLiteral(":h"), hash)
        .bind(QStringLiteral(":now"), now)
        .exec();
    return std::nullopt;
}

SyncSession::Report SyncSession::sync(const Account &account,
                                      const std::function<void(const Progress &)> &progress) {
    Report report;
    try {
        if (needsSeed(account) && !seed(account, &report, progress)) {
            return report;
        }
        if (!push(account, &report, progress) || !pull(account, &report, progress)) {
            return report;
        }
        ChangeApplier::setState(m_store, QStringLiteral("last_synced_at"),
                                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        ChangeApplier::setState(m_store, QStringLiteral("server_url"), m_http.server().toString());
        report.ok = true;
    } catch (const StoreError &e) {
        report.error = tr("The store could not take the server's records: %1").arg(e.message());
    }
    return report;
}

bool SyncSession::needsSeed(const Account &account) const {
    // Seeding is an administrator's job (the server refuses anyone else); others just send their changes.
    if (account.role != QLatin1String("admin") ||
        !ChangeApplier::state(m_store, QStringLiteral("seeded")).isEmpty() ||
        ChangeApplier(m_store).checkpoint() > 0) {
        return false;
    }
    // Only a store with records of its own: a new desk joining holds nothing but reference data and the row
    // its sign-in just wrote.
    return Sql(m_store.database(),
               QStringLiteral("SELECT (SELECT count(*) FROM residents) + (SELECT count(*) FROM devices) + "
                              "(SELECT count(*) FROM users WHERE id <> :me) > 0"))
        .bind(QStringLiteral(":me"), account.userId)
        .scalar()
        .toBool();
}

// The person who signs in for the first sync may already exist in this store under another id (a demo
// store's "admin" and the server's own "admin"): they are the same person, so the store takes the
// server's id for them before its records are sent, everywhere a record names them.
void SyncSession::adoptAccountId(const Account &account) {
    const QSqlDatabase db = m_store.database();
    const QString localId = Sql(db, QStringLiteral("SELECT id FROM users WHERE username = :u AND id <> :id"))
                                .bind(QStringLiteral(":u"), account.username)
                                .bind(QStringLiteral(":id"), account.userId)
                                .scalar()
                                .toString();
    if (localId.isEmpty()) {
        return;
    }
    const ForeignKeysOff oneRowAtATime(m_store); // every row naming them changes in this transaction
    Transaction tx(db);
    Sql(db, QStringLiteral("DELETE FROM users WHERE id = :id"))
        .bind(QStringLiteral(":id"), account.userId)
        .exec();
    Sql(db, QStringLiteral("UPDATE users SET id = :to WHERE id = :from"))
        .bind(QStringLiteral(":to"), account.userId)
        .bind(QStringLiteral(":from"), localId)
        .exec();
    for (const QString &table : m_store.syncedTables().names()) {
        Sql fks(db,
                QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list('%1') WHERE \"table\" = 'users'")
                    .arg(table));
        fks.exec();
        while (fks.next()) {
            Sql(db, QStringLiteral("UPDATE \"%1\" SET \"%2\" = :to WHERE \"%2\" = :from")
                        .arg(table, fks.value(0).toString()))
                .bind(QStringLiteral(":to"), account.userId)
                .bind(QStringLiteral(":from"), localId)
                .exec();
        }
    }
    Sql(db, QStringLiteral("UPDATE outbox SET user_id = :to WHERE user_id = :from"))
        .bind(QStringLiteral(":to"), account.userId)
        .bind(QStringLiteral(":from"), localId)
        .exec();
    tx.commit();
}

bool SyncSession::seed(const Account &account, Report *report,
                       const std::function<void(const Progress &)> &progress) {
    const SyncedTables &tables = m_store.syncedTables();
    qint64 done = 0;
    for (const QString &table : tables.dependencyOrder()) {
        QString after;
        for (;;) {
            const QList<QJsonObject> rows =
                RowImage::readPage(m_store.database(), tables, table, after, kSeedRowsPerOp, true);
            if (rows.isEmpty()) {
                break;
            }
            QJsonArray changes;
            for (const QJsonObject &row : rows) {
                changes.append(QJsonObject{{QStringLiteral("t"), table},
                                           {QStringLiteral("id"), row.value(QLatin1String("id"))},
                                           {QStringLiteral("row"), row}});
            }
            after = rows.last().value(QLatin1String("id")).toString();
            SyncProtocol::Op op;
            op.opId = IdSource::stableId(m_store.deskId() + QStringLiteral("/seed/") + table +
                                         QLatin1Char('/') + after);
            op.command = QStringLiteral("sync.seed");
            op.payload = {{QStringLiteral("rows"), changes}};
            op.hlc = m_store.hybridClock().last();
            op.at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            op.userId = account.userId;
            op.deskId = m_store.deskId();
            QList<SyncProtocol::Outcome> outcomes;
            if (!sendOps(account, {op}, &outcomes, report)) {
                return false;
            }
            if (outcomes.isEmpty() || outcomes.first().status != SyncProtocol::Outcome::Status::Applied) {
                report->error = tr("The server would not take this store's records: %1")
                                    .arg(outcomes.isEmpty() ? QString() : outcomes.first().reason);
                return false;
            }
            done += rows.size();
            report->seeded += static_cast<int>(rows.size());
            if (progress) {
                progress({QStringLiteral("seed"), done, 0});
            }
        }
    }
    ChangeApplier::setState(m_store, QStringLiteral("seeded"), QStringLiteral("1"));
    return true;
}

bool SyncSession::push(const Account &account, Report *report,
                       const std::function<void(const Progress &)> &progress) {
    OutboxQueue outbox(m_store);
    const int total = outbox.count();
    for (;;) {
        QList<SyncProtocol::Op> ops = outbox.pending(kOpsPerPush);
        // Ops go in order and under their author's name: stop at the first one someone else must send.
        qsizetype mine = 0;
        while (mine < ops.size() &&
               (ops.at(mine).userId == account.userId || ops.at(mine).userId.isEmpty())) {
            ++mine;
        }
        if (mine < ops.size()) {
            report->waiting = outbox.count() - static_cast<int>(mine);
        }
        ops = ops.mid(0, mine);
        if (ops.isEmpty()) {
            return true;
        }
        QList<SyncProtocol::Outcome> outcomes;
        if (!sendOps(account, ops, &outcomes, report)) {
            outbox.noteFailure(ops.first().opId, report->error);
            return false;
        }
        outbox.settle(outcomes);
        for (const SyncProtocol::Outcome &o : outcomes) {
            ++report->pushed;
            switch (o.status) {
            case SyncProtocol::Outcome::Status::Applied:
                ++report->applied;
                break;
            case SyncProtocol::Outcome::Status::Rejected:
                ++report->rejected;
                report->refusals.append(o.reason);
                break;
            case SyncProtocol::Outcome::Status::Conflict:
                ++report->conflicts;
                report->refusals.append(o.reason);
                break;
            }
        }
        if (progress) {
            progress({QStringLiteral("push"), report->pushed, total});
        }
        if (outcomes.size() < ops.size()) {
            report->error = tr("The server answered for only part of what was sent.");
            return false;
        }
    }
}

// Transport failures (no answer, a cut-short reply, 5xx, 429) are tried again with doubling waits, honouring
// Retry-After; anything else, or the last failure, goes into the report.
std::optional<SyncHttp::Reply> SyncSession::withRetries(const std::function<SyncHttp::Reply()> &send,
                                                        Report *report) {
    int delay = m_firstDelayMs;
    for (int attempt = 1;; ++attempt) {
        SyncHttp::Reply reply = send();
        if (reply.ok()) {
            return reply;
        }
        if (!reply.retriable || attempt >= m_attempts) {
            report->error = reply.error;
            return std::nullopt;
        }
        QThread::msleep(static_cast<unsigned long>(qMax(delay, reply.retryAfterSeconds * 1000)));
        delay *= 2;
    }
}

bool SyncSession::sendOps(const Account &account, const QList<SyncProtocol::Op> &ops,
                          QList<SyncProtocol::Outcome> *outcomes, Report *report) {
    QJsonArray list;
    for (const SyncProtocol::Op &op : ops) {
        list.append(SyncProtocol::toJson(op));
    }
    const QJsonObject body{{QStringLiteral("desk_id"), m_store.deskId()}, {QStringLiteral("ops"), list}};
    const std::optional<SyncHttp::Reply> reply =
        withRetries([&] { return m_http.post(QStringLiteral("/api/v1/ops"), body, account.token); }, report);
    if (!reply) {
        return false;
    }
    for (const QJsonValue &v : reply->body.value(QLatin1String("results")).toArray()) {
        QString error;
        std::optional<SyncProtocol::Outcome> o = SyncProtocol::outcomeFromJson(v.toObject(), &error);
        if (!o) {
            report->error = tr("The server's answer could not be read: %1").arg(error);
            return false;
        }
        outcomes->append(*o);
    }
    return true;
}

bool SyncSession::pull(const Account &account, Report *report,
                       const std::function<void(const Progress &)> &progress) {
    ChangeApplier applier(m_store);
    constexpr qsizetype kRowsPerCheckpoint = 100000;
    qsizetype pulledSinceCheckpoint = 0;
    for (;;) {
        const QString path =
            QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(applier.checkpoint()).arg(m_pageSize);
        const std::optional<SyncHttp::Reply> reply =
            withRetries([&] { return m_http.get(path, account.token); }, report);
        if (!reply) {
            return false;
        }
        QString error;
        const std::optional<SyncProtocol::Page> page = SyncProtocol::pageFromJson(reply->body, &error);
        if (!page) {
            report->error = tr("The server's changes could not be read: %1").arg(error);
            return false;
        }
        applier.apply(*page);
        report->pulled += static_cast<int>(page->changes.size());
        // A first sync writes the whole borough in one go: keep the write-ahead log from growing with it.
        pulledSinceCheckpoint += page->changes.size();
        if (pulledSinceCheckpoint >= kRowsPerCheckpoint) {
            m_store.checkpointNow();
            pulledSinceCheckpoint = 0;
        }
        if (progress) {
            progress(
                {QStringLiteral("pull"), page->next, reply->body.value(QLatin1String("latest")).toInteger()});
        }
        if (!page->more) {
            return true;
        }
    }
}
