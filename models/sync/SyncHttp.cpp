#include "SyncHttp.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

SyncHttp::SyncHttp(QUrl server, int timeoutMs)
    : m_server(std::move(server))
    , m_timeoutMs(timeoutMs)
    , m_network(new QNetworkAccessManager) {}

SyncHttp::~SyncHttp() {
    delete m_network;
}

SyncHttp::Reply SyncHttp::get(const QString &path, const QString &token) {
    return send(QStringLiteral("GET"), path, {}, token);
}

SyncHttp::Reply SyncHttp::post(const QString &path, const QJsonObject &body, const QString &token) {
    return send(QStringLiteral("POST"), path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

SyncHttp::Reply SyncHttp::send(const QString &method, const QString &path, const QByteArray &body,
                               const QString &token) {
    QUrl url = m_server;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    }
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply =
        method == QLatin1String("GET") ? m_network->get(request) : m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkMessage = reply->errorString();
    out.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
    reply->deleteLater();

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isObject()) {
        out.body = doc.object();
    }
    if (out.status == 0) {
        out.error =
            QCoreApplication::translate("SyncHttp", "The server did not answer (%1).").arg(networkMessage);
        out.retriable = true;
    } else if (out.status == 429 || out.status >= 500) {
        out.error = QCoreApplication::translate("SyncHttp", "The server is busy or having trouble (HTTP %1); "
                                                            "trying again later.")
                        .arg(out.status);
        out.retriable = true;
    } else if (out.status >= 300) {
        const QString said = out.body.value(QLatin1String("error")).toString();
        out.error = said.isEmpty()
                        ? QCoreApplication::translate("SyncHttp", "The server refused the request (HTTP %1).")
                              .arg(out.status)
                        : said;
    } else if (networkError != QNetworkReply::NoError || !doc.isObject()) {
        // A 2xx cut short or garbled: the request may have been applied, so it is safe only to retry.
        out.error =
            QCoreApplication::translate("SyncHttp", "The server's answer was cut short; trying again.");
        out.retriable = true;
    }
    return out;
}
