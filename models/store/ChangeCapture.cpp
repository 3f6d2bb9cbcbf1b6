#include "ChangeCapture.h"

#include "Sql.h"
#include "SyncedTables.h"

void ChangeCapture::install(const QSqlDatabase &db, const SyncedTables &tables) {
    Sql(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS capture_on (on_ INTEGER)")).exec();
    Sql(db, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS captured_rows (seq INTEGER PRIMARY KEY, "
                           "tbl TEXT NOT NULL, id TEXT NOT NULL, before TEXT, UNIQUE (tbl, id))"))
        .exec();
    for (const QString &table : tables.names()) {
        // The row as it stood before an update, for merging descriptive fields by clock on the server.
        QStringList pairs;
        for (const QString &column : tables.columns(table)) {
            pairs.append(QStringLiteral("'%1', OLD.\"%1\"").arg(column));
        }
        const QString oldImage = QStringLiteral("json_object(%1)").arg(pairs.join(QLatin1String(", ")));
        const struct {
            const char *event;
            QString id;
            QString before;
        } events[] = {{"INSERT", QStringLiteral("NEW.id"), QStringLiteral("NULL")},
                      {"UPDATE", QStringLiteral("NEW.id"), oldImage},
                      {"DELETE", QStringLiteral("OLD.id"), oldImage}};
        for (const auto &e : events) {
            // Table and column names come from the schema (SyncedTables), never from outside.
            Sql(db, QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS capture_%1_%2 AFTER %2 ON main.%1 "
                                   "WHEN EXISTS (SELECT 1 FROM temp.capture_on) BEGIN "
                                   "INSERT OR IGNORE INTO captured_rows(tbl, id, before) "
                                   "VALUES ('%1', %3, %4); END")
                        .arg(table, QLatin1String(e.event), e.id, e.before))
                .exec();
        }
    }
}

void ChangeCapture::start(const QSqlDatabase &db) {
    Sql(db, QStringLiteral("DELETE FROM temp.captured_rows")).exec();
    Sql(db, QStringLiteral("DELETE FROM temp.capture_on")).exec();
    Sql(db, QStringLiteral("INSERT INTO temp.capture_on VALUES (1)")).exec();
}

QList<ChangeCapture::Row> ChangeCapture::stop(const QSqlDatabase &db) {
    Sql(db, QStringLiteral("DELETE FROM temp.capture_on")).exec();
    QList<Row> rows;
    Sql q(db, QStringLiteral("SELECT tbl, id, before FROM temp.captured_rows ORDER BY seq"));
    q.exec();
    while (q.next()) {
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    Sql(db, QStringLiteral("DELETE FROM temp.captured_rows")).exec();
    return rows;
}

QString ChangeCapture::encode(const QList<Row> &rows) {
    QStringList parts;
    for (const Row &row : rows) {
        parts.append(row.table + QLatin1Char('/') + row.id);
    }
    return parts.join(QLatin1Char(','));
}

QList<ChangeCapture::Row> ChangeCapture::decode(const QString &text) {
    QList<Row> rows;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash > 0) {
            rows.append({part.left(slash), part.mid(slash + 1), QString()});
        }
    }
    return rows;
}
