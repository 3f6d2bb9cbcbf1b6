#include "WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

WalCheckpointer::WalCheckpointer(QString path, int intervalMs, qint64 walBytesThreshold)
    : m_path(std::move(path))
    , m_intervalMs(intervalMs)
    , m_threshold(walBytesThreshold)
    , m_thread([this] { loop(); }) {}

WalCheckpointer::~WalCheckpointer() {
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void WalCheckpointer::loop() {
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(m_intervalMs), [this] { return m_stop; });
        if (m_stop) {
            break;
        }
        lock.unlock();
        if (QFileInfo(m_path + QStringLiteral("-wal")).size() >= m_threshold) {
            checkpoint();
        }
        lock.lock();
    }
}

void WalCheckpointer::checkpoint() {
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(m_path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
        SQLITE_OK) {
        sqlite3_busy_timeout(db, 100);
        if (sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr) ==
            SQLITE_OK) {
            ++m_checkpoints;
        }
    }
    sqlite3_close(db);
}
