#include "FaultProxy.h"

#include <QTcpSocket>

FaultProxy::FaultProxy(quint16 serverPort)
    : m_serverPort(serverPort) {
    connect(&m_listener, &QTcpServer::newConnection, this, &FaultProxy::onClient);
    m_listener.listen(QHostAddress::LocalHost, 0);
}

FaultProxy::~FaultProxy() {
    // The sockets' handlers use this proxy's members: drop them before the members go.
    const QList<QTcpSocket *> sockets =
        findChildren<QTcpSocket *>() + m_listener.findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
        delete socket;
    }
}

QUrl FaultProxy::url() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void FaultProxy::onClient() {
    while (QTcpSocket *client = m_listener.nextPendingConnection()) {
        connect(client, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(client, &QTcpSocket::disconnected, this, [this, client] {
            m_buffers.remove(client);
            client->deleteLater();
        });
    }
}

qsizetype FaultProxy::completeLength(const QByteArray &message) {
    const qsizetype headerEnd = message.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return -1;
    }
    qsizetype bodyLength = 0;
    for (const QByteArray &line : message.left(headerEnd).split('\n')) {
        if (line.toLower().startsWith("content-length:")) {
            bodyLength = line.mid(15).trimmed().toLongLong();
        }
    }
    const qsizetype total = headerEnd + 4 + bodyLength;
    return message.size() >= total ? total : -1;
}

FaultProxy::Fault FaultProxy::takeFault(const QString &path) {
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        if (path.startsWith(m_faults.at(i).first)) {
            return m_faults.takeAt(i).second;
        }
    }
    return Fault::None;
}

void FaultProxy::onClientData(QTcpSocket *client) {
    QByteArray &buffer = m_buffers[client];
    buffer += client->readAll();
    const qsizetype length = completeLength(buffer);
    if (length < 0) {
        return;
    }
    const QByteArray request = buffer.left(length);
    buffer.remove(0, length);
    const QString path = QString::fromLatin1(request.split(' ').value(1));
    const Fault fault = takeFault(path);
    auto answer = [client](const QByteArray &status, const QByteArray &extra) {
        const QByteArray body = "{\"error\":\"injected\"}";
        client->write("HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\n" + extra +
                      "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    };
    switch (fault) {
    case Fault::Status500:
        answer("500 Internal Server Error", {});
        return;
    case Fault::Status503:
        answer("503 Service Unavailable", {});
        return;
    case Fault::Status429:
        answer("429 Too Many Requests", "Retry-After: 0\r\n");
        return;
    case Fault::Duplicate:
        forward(client, request, fault, 2);
        return;
    default:
        forward(client, request, fault, 1);
        return;
    }
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request, Fault fault, int times) {
    auto *upstream = new QTcpSocket(this);
    auto *received = new QByteArray;
    auto *remaining = new int(times);
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, request] { upstream->write(request); });
    connect(upstream, &QTcpSocket::readyRead, this, [=, this] {
        *received += upstream->readAll();
        const qsizetype length = completeLength(*received);
        if (length < 0) {
            return;
        }
        const QByteArray response = received->left(length);
        received->clear();
        ++m_forwarded;
        if (--*remaining > 0) {
            upstream->write(request); // the same request again, as a network might deliver it
            return;
        }
        switch (fault) {
        case Fault::DropReply:
            client->abort(); // the server has committed; the desk never hears
            break;
        case Fault::TruncateReply:
            client->write(response.left(
                response.size() - qMax<qsizetype>(1, (response.size() - response.indexOf("\r\n\r\n")) / 2)));
            client->flush();
            client->disconnectFromHost();
            break;
        default:
            client->write(response);
            break;
        }
        upstream->disconnectFromHost();
        upstream->deleteLater();
        delete received;
        delete remaining;
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_serverPort);
}
