#include "SyncServer.h"

#include "FeedScope.h"
#include "PostgresLedger.h"
#include "ReaderConnection.h"
#include "ServerCore.h"
#include "SqliteLedger.h"
#include "auth/PasswordHasher.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "core/Clock.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "sync/SyncProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QReadLocker>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QtConcurrent>

using Status = QHttpServerResponse::StatusCode;

namespace {

QHttpServerResponse error(Status status, const QString &message) {
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

// One structured line per request; ids and counts only, never names, payloads or tokens.
void logEvent(const QJsonObject &fields) {
    qInfo("%s", QJsonDocument(fields).toJson(QJsonDocument::Compact).constData());
}

// Where the records live: the data folder, or (PostgreSQL with no data folder) a working copy in the cache
// folder, rebuilt from PostgreSQL whenever it is missing.
QString storePathFor(const SyncServer::Options &options) {
    QString dir = options.dataDir;
    if (dir.isEmpty()) {
        const QByteArray key =
            QCryptographicHash::hash(options.databaseUrl.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16);
        dir = QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
                  .filePath(QString::fromLatin1(key));
    }
    return QDir(dir).filePath(QStringLiteral("server.db"));
}

std::unique_ptr<Ledger> ledgerFor(const SyncServer::Options &options, Store &store) {
    if (options.databaseUrl.isEmpty()) {
        return std::make_unique<SqliteLedger>(store);
    }
    auto ledger = std::make_unique<PostgresLedger>(QUrl(options.databaseUrl), store);
    ledger->catchUp();
    return ledger;
}

struct RequestCopy { // what a handler needs, copied before it leaves the network thread
    QByteArray body;
    QByteArray authorization;
    QUrlQuery query;
};

RequestCopy copyOf(const QHttpServerRequest &request) {
    return {request.body(), request.value("Authorization"), request.query()};
}

} // namespace

SyncServer::SyncServer(Options options, const Clock &clock)
    : m_options(std::move(options))
    , m_clock(clock) {
    m_writer.setMaxThreadCount(1);
    m_writer.setExpiryTimeout(-1);
    m_readers.setMaxThreadCount(qMax(4, QThread::idealThreadCount() * 2));
    m_readers.setExpiryTimeout(-1);
}

// Runs `work` on the writer thread and waits. Not QFuture::waitForFinished(): that may run a task that has
// not started yet on the waiting thread, and the store's connection must belong to the writer thread.
void SyncServer::onWriter(const std::function<void()> &work) {
    QSemaphore done;
    m_writer.start([&] {
        work();
        done.release();
    });
    done.acquire();
}

SyncServer::~SyncServer() {
    m_http.reset();
    m_readers.waitForDone();
    onWriter([this] { m_core.reset(); });
    m_writer.waitForDone();
}

quint16 SyncServer::start(const QHostAddress &address, quint16 port, QString *errorOut) {
    m_storePath = storePathFor(m_options);
    if (!QDir().mkpath(QFileInfo(m_storePath).absolutePath())) {
        *errorOut = tr("Cannot create the data folder “%1”.").arg(QFileInfo(m_storePath).absolutePath());
        return 0;
    }
    QString openError;
    onWriter([&] {
        try {
            Store::Opened opened = Store::open(m_storePath);
            if (!opened.store) {
                openError = opened.error;
                return;
            }
            std::unique_ptr<Ledger> ledger = ledgerFor(m_options, *opened.store);
            m_core = std::make_unique<ServerCore>(std::move(opened.store), std::move(ledger), m_clock);
        } catch (const StoreError &e) {
            openError = e.message();
        }
    });
    if (!m_core) {
        *errorOut = openError;
        return 0;
    }

    m_http = std::make_unique<QHttpServer>();
    m_http->route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get,
                  [this] { return QtConcurrent::run(&m_readers, [this] { return health(); }); });
    m_http->route(
        QStringLiteral("/api/v1/sign-in"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) {
            const RequestCopy copy = copyOf(request);
            return QtConcurrent::run(&m_writer, [this, copy] {
                const QJsonObject body = QJsonDocument::fromJson(copy.body).object();
                const QString username = body.value(QLatin1String("username")).toString();
                const QString password = body.value(QLatin1String("password")).toString();
                if (username.isEmpty() || password.isEmpty() || username.size() > 100 ||
                    password.size() > 500) {
                    return error(Status::BadRequest, tr("Give a user name and a password."));
                }
                const ServerCore::SignInAnswer answer = m_core->signIn(username, password);
                logEvent({{QStringLiteral("event"), QStringLiteral("sign-in")},
                          {QStringLiteral("status"), answer.status}});
                QHttpServerResponse response(answer.body, static_cast<Status>(answer.status));
                if (answer.status == 429) {
                    response.addHeader(
                        QByteArrayLiteral("Retry-After"),
                        QByteArray::number(answer.body.value(QLatin1String("retry_after")).toInt()));
                }
                return response;
            });
        });
    m_http->route(QStringLiteral("/api/v1/ops"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request) {
                      const RequestCopy copy = copyOf(request);
                      return QtConcurrent::run(
                          &m_writer, [this, copy] { return pushCopy(copy.body, copy.authorization); });
                  });
    m_http->route(QStringLiteral("/api/v1/changes"), QHttpServerRequest::Method::Get,
                  [this](const QHttpServerRequest &request) {
                      const RequestCopy copy = copyOf(request);
                      return QtConcurrent::run(
                          &m_readers, [this, copy] { return pullCopy(copy.query, copy.authorization); });
                  });

    if (!m_options.certificate.isEmpty()) {
        QFile certFile(m_options.certificate);
        QFile keyFile(m_options.privateKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *errorOut = tr("Cannot read the TLS certificate or key.");
            return 0;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            *errorOut = tr("The TLS certificate or key is not a PEM file this server can use.");
            return 0;
        }
        m_http->sslSetup(cert, key);
    }
    const quint16 bound = m_http->listen(address, port);
    if (bound == 0) {
        *errorOut = tr("Cannot listen on %1:%2 (in use, or not allowed).").arg(address.toString()).arg(port);
    }
    return bound;
}

QHttpServerResponse SyncServer::health() {
    try {
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                        {QStringLiteral("latest"), static_cast<double>(m_core->ledger().latest())},
                        {QStringLiteral("schema"), Store::latestSchemaVersion()}});
    } catch (const StoreError &) {
        return error(Status::ServiceUnavailable, tr("The server's store cannot be read."));
    }
}

std::optional<Actor> SyncServer::authenticateToken(const QByteArray &authorization,
                                                   QHttpServerResponse *refusal) {
    if (!authorization.startsWith("Bearer ")) {
        *refusal = error(Status::Unauthorized, tr("Sign in first."));
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    const std::optional<QString> userId =
        m_core->ledger().tokenUser(serverTokenHash(token), m_clock.now().toUTC().toString(Qt::ISODateWithMs));
    if (!userId) {
        *refusal = error(Status::Unauthorized, tr("The sign-in has expired or is not valid; sign in again."));
        return std::nullopt;
    }
    const Actor actor = SignInService::loadActor(ReaderConnection::forThread(m_storePath), *userId);
    if (!actor.isSignedIn()) {
        *refusal = error(Status::Unauthorized, tr("This account is no longer active."));
        return std::nullopt;
    }
    return actor;
}

QHttpServerResponse SyncServer::pushCopy(const QByteArray &body, const QByteArray &authorization) {
    QElapsedTimer timer;
    timer.start();
    try {
        QHttpServerResponse refusal(Status::Unauthorized);
        const std::optional<Actor> pusher = authenticateToken(authorization, &refusal);
        if (!pusher) {
            return refusal;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        const QJsonArray list = doc.object().value(QLatin1String("ops")).toArray();
        if (!doc.isObject() || !doc.object().value(QLatin1String("ops")).isArray()) {
            return error(Status::BadRequest, tr("The request must be a JSON object with a list of ops."));
        }
        if (list.size() > SyncProtocol::kMaxOpsPerPush) {
            return error(Status::PayloadTooLarge,
                         tr("Send at most %1 ops at a time.").arg(SyncProtocol::kMaxOpsPerPush));
        }
        QList<SyncProtocol::Op> ops;
        for (const QJsonValue &v : list) {
            QString why;
            std::optional<SyncProtocol::Op> op = SyncProtocol::opFromJson(v.toObject(), &why);
            if (!op) {
                return error(Status::BadRequest, tr("An op cannot be read: %1.").arg(why));
            }
            ops.append(*op);
        }
        QJsonArray results;
        const bool complete = m_core->push(*pusher, ops, &results);
        logEvent({{QStringLiteral("event"), QStringLiteral("push")},
                  {QStringLiteral("user"), pusher->userId()},
                  {QStringLiteral("ops"), static_cast<int>(ops.size())},
                  {QStringLiteral("answered"), static_cast<int>(results.size())},
                  {QStringLiteral("ms"), static_cast<double>(timer.elapsed())}});
        if (!complete) {
            return error(Status::ServiceUnavailable,
                         tr("The server's store failed; send the rest again later."));
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("results"), results}});
    } catch (const StoreError &) {
        return error(Status::ServiceUnavailable, tr("The server's store failed; try again later."));
    }
}

QHttpServerResponse SyncServer::pullCopy(const QUrlQuery &query, const QByteArray &authorization) {
    try {
        QHttpServerResponse refusal(Status::Unauthorized);
        const std::optional<Actor> reader = authenticateToken(authorization, &refusal);
        if (!reader) {
            return refusal;
        }
        bool sinceOk = false;
        bool limitOk = false;
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&sinceOk);
        int limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
        if (!sinceOk || since < 0) {
            return error(Status::BadRequest, tr("“since” must be a feed position (0 or more)."));
        }
        if (!limitOk || limit <= 0) {
            limit = 1000;
        }
        limit = qMin(limit, SyncProtocol::kMaxPageSize);

        QReadLocker visible(&m_core->visibility());
        const QList<FeedEntry> entries = m_core->ledger().since(since, limit);
        const FeedScope scope(*reader, ReaderConnection::forThread(m_storePath));
        SyncProtocol::Page page;
        page.next = entries.isEmpty() ? since : entries.last().seq;
        page.more = entries.size() == limit;
        for (const FeedEntry &e : entries) {
            QJsonObject row;
            switch (scope.decide(e, &row, since == 0)) {
            case FeedScope::Decision::Send:
                page.changes.append({e.seq, e.table, e.id, row});
                break;
            case FeedScope::Decision::Gone:
                page.changes.append({e.seq, e.table, e.id, std::nullopt});
                break;
            case FeedScope::Decision::Skip:
                break;
            }
        }
        QJsonObject body = SyncProtocol::toJson(page);
        body.insert(QStringLiteral("latest"), static_cast<double>(m_core->ledger().latest()));
        return QHttpServerResponse(body);
    } catch (const StoreError &) {
        return error(Status::ServiceUnavailable, tr("The server's store cannot be read; try again later."));
    }
}

namespace {
// The server's store and ledger, opened for a one-off job from the command line (no HTTP).
std::optional<QString> openCore(const SyncServer::Options &options, const Clock &clock,
                                std::unique_ptr<ServerCore> *core) {
    const QString path = storePathFor(options);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return SyncServer::tr("Cannot create the data folder “%1”.").arg(QFileInfo(path).absolutePath());
    }
    Store::Opened opened = Store::open(path);
    if (!opened.store) {
        return opened.error;
    }
    std::unique_ptr<Ledger> ledger;
    try {
        ledger = ledgerFor(options, *opened.store);
    } catch (const StoreError &e) {
        return e.message();
    }
    *core = std::make_unique<ServerCore>(std::move(opened.store), std::move(ledger), clock);
    return std::nullopt;
}
} // namespace

std::optional<QString> SyncServer::initAdmin(const Options &options, const QString &username,
                                             const QString &password) {
    SystemClock clock;
    std::unique_ptr<ServerCore> core;
    if (std::optional<QString> problem = openCore(options, clock, &core)) {
        return problem;
    }
    return core->createFirstAdmin(username, password);
}

std::optional<QString> SyncServer::importStore(const Options &options, const QString &storePath, qint64 *rows,
                                               const std::function<void(qint64)> &progress) {
    if (!QFileInfo::exists(storePath)) {
        return tr("There is no store at “%1”.").arg(storePath);
    }
    Store::Opened source = Store::open(storePath);
    if (!source.store) {
        return source.error;
    }
    SystemClock clock;
    std::unique_ptr<ServerCore> core;
    if (std::optional<QString> problem = openCore(options, clock, &core)) {
        return problem;
    }
    return core->importStore(*source.store, rows, progress);
}
