#include "NetworkWatch.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr int kProbeIntervalMs = 60000;
constexpr int kProbeTimeoutMs = 10000;
} // namespace

NetworkWatch::NetworkWatch(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    m_timer.setInterval(kProbeIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &NetworkWatch::probe);
    // The backend is loaded once per process and shared; loading again is harmless.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        if (info && info->supports(QNetworkInformation::Feature::Reachability)) {
            m_mode = Mode::Reachability;
            connect(info, &QNetworkInformation::reachabilityChanged, this,
                    [this](QNetworkInformation::Reachability r) { reachabilityChanged(int(r)); });
        }
    }
}

void NetworkWatch::useProbe(int intervalMs) {
    if (m_mode == Mode::Reachability) {
        if (QNetworkInformation *info = QNetworkInformation::instance()) {
            disconnect(info, nullptr, this, nullptr);
        }
    }
    m_mode = Mode::Probe;
    m_timer.setInterval(intervalMs);
    if (m_armed) {
        m_timer.start();
    }
}

void NetworkWatch::arm(const QUrl &server) {
    m_server = server;
    m_armed = server.isValid();
    if (m_armed && m_mode == Mode::Probe) {
        m_timer.start();
    }
}

void NetworkWatch::disarm() {
    m_armed = false;
    m_timer.stop();
}

void NetworkWatch::reachabilityChanged(int reachability) {
    const auto r = QNetworkInformation::Reachability(reachability);
    // Local or site reachability is enough for a council server on the council's own network.
    if (m_armed && r != QNetworkInformation::Reachability::Disconnected &&
        r != QNetworkInformation::Reachability::Unknown) {
        disarm();
        emit cameBack();
    }
}

void NetworkWatch::probe() {
    if (!m_armed || m_probing) {
        return;
    }
    QUrl url = m_server;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(kProbeTimeoutMs);
    m_probing = true;
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probing = false;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (m_armed && reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            disarm();
            emit cameBack();
        }
    });
}
