#pragma once

#include "SyncJob.h"

#include <QObject>

// Runs one sync off the UI thread (it lives on SyncController's thread). It opens its own connection to
// the desk's store file (SQLite's write-ahead log lets the desk keep reading and writing meanwhile), signs
// in if asked, checks a kept sign-in still works, then runs SyncSession and reports.
class SyncWorker : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    void run(const SyncRequest &request);

signals:
    void progress(const QString &stage, qint64 done, qint64 total);
    void finished(const SyncOutcome &outcome);

private:
    SyncOutcome runOn(const SyncRequest &request);
};
