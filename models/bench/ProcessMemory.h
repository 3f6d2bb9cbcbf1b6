#pragma once

#include <QtGlobal>

// This process's memory as the kernel counts it (Linux /proc/self/status); -1 where that is not available.
class ProcessMemory {
public:
    static qint64 residentKilobytes(); // VmRSS: in memory now
    static qint64 peakKilobytes();     // VmHWM: the most it has held
};
