#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class ServerCore;
class Clock;
class Actor;

// techmates-server's HTTP side (docs/openapi.yaml): routes on Qt HttpServer, every handler run off the
// network thread. Writes (sign-in, push) go to the one writer thread that owns ServerCore; reads (pull,
// health) run on a pool of reader threads with their own connections.
class SyncServer : public QObject {
    Q_OBJECT
public:
    struct Options {
        QString dataDir;     // SQLite: the server's store lives here
        QString databaseUrl; // postgresql://… : the ledger lives there, the working copy in dataDir
        QString certificate; // PEM files for TLS; empty: plain HTTP (behind a reverse proxy)
        QString privateKey;
    };

    SyncServer(Options options, const Clock &clock);
    ~SyncServer() override;

    // Opens the stores (on the writer thread) and starts listening; the port (0: any free one).
    // Returns the port, or 0 with *error.
    quint16 start(const QHostAddress &address, quint16 port, QString *error);

    // `techmates-server --init-admin NAME`: creates the first administrator; an error message or nothing.
    static std::optional<QString> initAdmin(const Options &options, const QString &username,
                                            const QString &password);

    // `techmates-server --import-store STORE`: starts an empty server from a desk's store (ServerCore).
    static std::optional<QString> importStore(const Options &options, const QString &storePath, qint64 *rows,
                                              const std::function<void(qint64)> &progress = {});

private:
    void onWriter(const std::function<void()> &work);
    QHttpServerResponse health();
    QHttpServerResponse pushCopy(const QByteArray &body, const QByteArray &authorization);
    QHttpServerResponse pullCopy(const QUrlQuery &query, const QByteArray &authorization);
    std::optional<Actor> authenticateToken(const QByteArray &authorization, QHttpServerResponse *refusal);

    Options m_options;
    const Clock &m_clock;
    QThreadPool m_writer;  // exactly one thread, kept for the server's life
    QThreadPool m_readers; // threads kept for the server's life (each holds its connections)
    std::unique_ptr<ServerCore> m_core;
    std::unique_ptr<QHttpServer> m_http;
    QString m_storePath;
};
