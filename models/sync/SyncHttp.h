#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// JSON over HTTP to the council back end, one request at a time, waiting for the answer (the caller runs in
// a worker thread, or is the CLI). Classifies failures the way the protocol needs: a transport failure
// (no connection, timeout, 5xx, 429) may be retried; anything else is final.
class SyncHttp {
public:
    explicit SyncHttp(QUrl server, int timeoutMs = 30000);
    ~SyncHttp();

    struct Reply {
        int status = 0; // HTTP status, 0 when no answer arrived
        QJsonObject body;
        QString error; // empty when status is 2xx and the body is JSON
        bool retriable = false;
        int retryAfterSeconds = 0;
        bool ok() const { return error.isEmpty(); }
    };

    Reply get(const QString &path, const QString &token = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &token = {});

    QUrl server() const { return m_server; }

private:
    Reply send(const QString &method, const QString &path, const QByteArray &body, const QString &token);

    QUrl m_server;
    int m_timeoutMs;
    QNetworkAccessManager *m_network;
};
