#include "ReaderConnection.h"

#include "store/StoreError.h"

#include <QAtomicInt>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

QSqlDatabase ReaderConnection::forThread(const QString &path) {
    static QAtomicInt counter;
    thread_local QHash<QString, QString> names;
    auto it = names.constFind(path);
    if (it != names.constEnd()) {
        return QSqlDatabase::database(*it, false);
    }
    const QString name = QStringLiteral("reader-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        throw StoreError(QStringLiteral("Cannot read the server's store: %1").arg(db.lastError().text()));
    }
    names.insert(path, name);
    return db;
}
