#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

// Tells the Sync panel when the network is probably back after a sync could not reach the server. Uses the
// operating system's reachability (QNetworkInformation, Qt 6.4) where a backend is available; otherwise
// asks the server's health address every minute until it answers.
class NetworkWatch : public QObject {
    Q_OBJECT
public:
    enum class Mode { Reachability, Probe };

    explicit NetworkWatch(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isArmed() const { return m_armed; }

    // The last sync could not reach this server: report when it may be reachable again (once).
    void arm(const QUrl &server);
    void disarm();

    // Tests and desks without a reachability backend: ask the server itself, this often.
    void useProbe(int intervalMs);

signals:
    void cameBack();

private:
    void probe();
    void reachabilityChanged(int reachability);

    Mode m_mode = Mode::Probe;
    bool m_armed = false;
    bool m_probing = false;
    QUrl m_server;
    QTimer m_timer;
    QNetworkAccessManager *m_network = nullptr;
};
