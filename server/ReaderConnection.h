#pragma once

#include <QSqlDatabase>
#include <QString>

// A read-only connection to an SQLite file for the calling thread, opened on first use and kept for the
// thread's life (the server's reader threads never expire). WAL lets these read while the writer writes.
namespace ReaderConnection {
QSqlDatabase forThread(const QString &path);
}
