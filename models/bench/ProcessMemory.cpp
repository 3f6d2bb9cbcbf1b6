#include "ProcessMemory.h"

#include <QFile>

namespace {
qint64 statusField(const char *name) {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray prefix = QByteArray(name) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            // "VmRSS:	  123456 kB"
            bool ok = false;
            const qint64 kb = line.mid(prefix.size()).trimmed().split(' ').constFirst().toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}
} // namespace

qint64 ProcessMemory::residentKilobytes() {
    return statusField("VmRSS");
}

qint64 ProcessMemory::peakKilobytes() {
    return statusField("VmHWM");
}
