#include "RowImage.h"

#include "store/Sql.h"
#include "store/SyncedTables.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <cmath>

namespace {
QJsonValue toJson(const QVariant &v) {
    if (v.isNull()) {
        return QJsonValue::Null;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double:
        return QJsonValue(v.toDouble());
    default:
        return QJsonValue(v.toString());
    }
}

QVariant fromJson(const QJsonValue &v) {
    switch (v.type()) {
    case QJsonValue::Null:
        return QVariant();
    case QJsonValue::Bool:
        return QVariant(v.toBool() ? 1 : 0);
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::fabs(d) < 9.0e15) {
            return QVariant(static_cast<qlonglong>(d));
        }
        return QVariant(d);
    }
    case QJsonValue::String:
        return QVariant(v.toString());
    default:
        throw StoreError(QCoreApplication::translate("RowImage", "a value is a list or an object"));
    }
}
} // namespace

std::optional<QJsonObject> RowImage::read(const QSqlDatabase &db, const SyncedTables &tables,
                                          const QString &table, const QString &id, bool withPrivate) {
    const QStringList &columns = tables.columns(table);
    if (columns.isEmpty()) {
        return std::nullopt;
    }
    Sql q(db, QStringLiteral("SELECT * FROM \"%1\" WHERE id = :id").arg(table));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    QJsonObject row;
    for (int i = 0; i < columns.size(); ++i) {
        if (withPrivate || !SyncedTables::isPrivate(table, columns.at(i))) {
            row.insert(columns.at(i), toJson(q.value(i)));
        }
    }
    return row;
}

QList<QJsonObject> RowImage::readPage(const QSqlDatabase &db, const SyncedTables &tables,
                                      const QString &table, const QString &afterId, int limit,
                                      bool withPrivate) {
    const QStringList &columns = tables.columns(table);
    QList<QJsonObject> rows;
    if (columns.isEmpty()) {
        return rows;
    }
    Sql q(db, QStringLiteral("SELECT * FROM \"%1\" WHERE id > :after ORDER BY id LIMIT :n").arg(table));
    q.bind(QStringLiteral(":after"), afterId).bind(QStringLiteral(":n"), limit).exec();
    while (q.next()) {
        QJsonObject row;
        for (int i = 0; i < columns.size(); ++i) {
            if (withPrivate || !SyncedTables::isPrivate(table, columns.at(i))) {
                row.insert(columns.at(i), toJson(q.value(i)));
            }
        }
        rows.append(row);
    }
    return rows;
}

void RowImage::write(const QSqlDatabase &db, const SyncedTables &tables, const QString &table,
                     const QJsonObject &row) {
    const QStringList &known = tables.columns(table);
    if (known.isEmpty()) {
        throw StoreError(
            QCoreApplication::translate("RowImage", "“%1” is not a synced table").arg(table.left(60)));
    }
    if (!row.value(QLatin1String("id")).isString() || row.value(QLatin1String("id")).toString().isEmpty()) {
        throw StoreError(QCoreApplication::translate("RowImage", "a %1 row has no id").arg(table));
    }
    QStringList columns;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (!known.contains(it.key())) {
            throw StoreError(QCoreApplication::translate("RowImage", "%1 has no column “%2”")
                                 .arg(table, it.key().left(60)));
        }
        columns.append(it.key());
    }
    QStringList placeholders;
    QStringList updates;
    for (int i = 0; i < columns.size(); ++i) {
        placeholders.append(QStringLiteral(":v%1").arg(i));
        if (columns.at(i) != QLatin1String("id")) {
            updates.append(QStringLiteral("\"%1\" = excluded.\"%1\"").arg(columns.at(i)));
        }
    }
    // A private column the image leaves out (a password hash never travels to desks) starts empty on a new
    // row and keeps its value on an existing one.
    QStringList kept;
    for (const QString &column : known) {
        if (SyncedTables::isPrivate(table, column) && !row.contains(column)) {
            kept.append(column);
            placeholders.append(QStringLiteral("''"));
        }
    }
    columns += kept;
    const QString sql =
        QStringLiteral("INSERT INTO \"%1\" (\"%2\") VALUES (%3) ON CONFLICT(id) DO %4")
            .arg(table, columns.join(QLatin1String("\", \"")), placeholders.join(QLatin1String(", ")),
                 updates.isEmpty() ? QStringLiteral("NOTHING")
                                   : QStringLiteral("UPDATE SET ") + updates.join(QLatin1String(", ")));
    Sql q(db, sql);
    for (int i = 0; i < columns.size() - kept.size(); ++i) {
        q.bind(placeholders.at(i), fromJson(row.value(columns.at(i))));
    }
    q.exec();
}

void RowImage::update(const QSqlDatabase &db, const SyncedTables &tables, const QString &table,
                      const QString &id, const QJsonObject &fields) {
    const QStringList &known = tables.columns(table);
    QStringList sets;
    QList<QVariant> values;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!known.contains(it.key()) || it.key() == QLatin1String("id")) {
            throw StoreError(QCoreApplication::translate("RowImage", "%1 has no column “%2” to change")
                                 .arg(table, it.key().left(60)));
        }
        sets.append(QStringLiteral("\"%1\" = :v%2").arg(it.key()).arg(sets.size()));
        values.append(fromJson(it.value()));
    }
    if (sets.isEmpty()) {
        return;
    }
    Sql q(db,
          QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = :id").arg(table, sets.join(QLatin1String(", "))));
    for (int i = 0; i < values.size(); ++i) {
        q.bind(QStringLiteral(":v%1").arg(i), values.at(i));
    }
    q.bind(QStringLiteral(":id"), id).exec();
}

void RowImage::remove(const QSqlDatabase &db, const QString &table, const QString &id) {
    // Only ever called with a table name SyncedTables knows.
    Sql(db, QStringLiteral("DELETE FROM \"%1\" WHERE id = :id").arg(table))
        .bind(QStringLiteral(":id"), id)
        .exec();
}
