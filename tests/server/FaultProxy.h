#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

// A loopback HTTP proxy between a desk and the server that injects the faults a real network and server
// produce: a connection dropped after the server committed but before the reply, a reply cut short, 500 /
// 503 / 429 answers, and a request delivered twice. Faults are queued per path prefix and used in order.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class Fault { None, DropReply, TruncateReply, Status500, Status503, Status429, Duplicate };

    explicit FaultProxy(quint16 serverPort);
    ~FaultProxy() override;
    QUrl url() const;

    void inject(const QString &pathPrefix, Fault fault) { m_faults.append({pathPrefix, fault}); }
    int pending() const { return static_cast<int>(m_faults.size()); }
    int forwarded() const { return m_forwarded; }

private:
    struct Connection {
        QByteArray in;
    };
    void onClient();
    void onClientData(QTcpSocket *client);
    Fault takeFault(const QString &path);
    void forward(QTcpSocket *client, const QByteArray &request, Fault fault, int times);
    static qsizetype completeLength(const QByteArray &message); // length of a complete HTTP message, or -1

    QTcpServer m_listener;
    quint16 m_serverPort;
    QList<QPair<QString, Fault>> m_faults;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_forwarded = 0;
};
