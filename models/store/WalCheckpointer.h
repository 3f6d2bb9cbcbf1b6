#pragma once

#include <QString>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

// Moves the write-ahead log back into the store on a thread of its own. SQLite's automatic checkpoint runs
// inside whichever commit crosses the threshold, which put 10–20 ms spikes into scan-to-loan; a passive
// checkpoint from a separate connection copies the same pages without holding up the desk's commands.
class WalCheckpointer {
public:
    explicit WalCheckpointer(QString path, int intervalMs = 2000, qint64 walBytesThreshold = 4 * 1024 * 1024);
    ~WalCheckpointer(); // stops the thread, then one last passive checkpoint
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    int checkpoints() const { return m_checkpoints.load(); }

private:
    void loop();
    void checkpoint();

    QString m_path;
    int m_intervalMs;
    qint64 m_threshold;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::atomic<int> m_checkpoints{0};
    std::thread m_thread;
};
