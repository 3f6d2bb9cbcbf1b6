#include "StatementCache.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace {
struct Cache {
    QMutex mutex;
    // connection name → statement text → idle prepared queries
    QHash<QString, QHash<QString, QList<QSqlQuery>>> idle;
    QHash<QString, int> counts;
};

Cache &cache() {
    static Cache c;
    return c;
}
} // namespace

QSqlQuery StatementCache::take(const QSqlDatabase &db, const QString &statement, bool *prepared) {
    {
        Cache &c = cache();
        QMutexLocker lock(&c.mutex);
        auto conn = c.idle.find(db.connectionName());
        if (conn != c.idle.end()) {
            auto it = conn->find(statement);
            if (it != conn->end() && !it->isEmpty()) {
                --c.counts[db.connectionName()];
                *prepared = true;
                return it->takeLast();
            }
        }
    }
    QSqlQuery q(db);
    *prepared = q.prepare(statement);
    return q;
}

void StatementCache::give(const QSqlDatabase &db, const QString &statement, QSqlQuery &&query) {
    query.finish(); // resets the statement so it holds no read snapshot while idle
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    int &count = c.counts[db.connectionName()];
    if (count >= kMaxPerConnection) {
        return; // a full cache just stops growing; the query is destroyed
    }
    c.idle[db.connectionName()][statement].append(std::move(query));
    ++count;
}

void StatementCache::dropConnection(const QString &connectionName) {
    Cache &c = cache();
    QMutexLocker lock(&c.mutex);
    c.idle.remove(connectionName);
    c.counts.remove(connectionName);
}
