#pragma once

// The replay contract for skills and training tests: the newest outbox op of store A, rebuilt from its
// payload with CommandRegistry::standard() and replayed on store B, must write the same rows.
#include "TestStore.h"
#include "commands/Command.h"
#include "commands/CommandRegistry.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QStringList>

namespace ReplayCheck {

struct Op {
    QString command;
    QJsonObject payload;
    QStringList ids;
    QString hlc;
    QString createdAt;
    QString opId;
};

inline Op lastOp(TestStore &t) {
    Sql q(t.db(),
          QStringLiteral("SELECT command, payload, ids, hlc, created_at, op_id FROM outbox ORDER BY seq DESC "
                         "LIMIT 1"));
    q.exec();
    Op op;
    if (q.next()) {
        op.command = q.value(0).toString();
        op.payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QString ids = q.value(2).toString();
        op.ids = ids.isEmpty() ? QStringList() : ids.split(QLatin1Char(','));
        op.hlc = q.value(3).toString();
        op.createdAt = q.value(4).toString();
        op.opId = q.value(5).toString();
    }
    return op;
}

// Every row of `table` as text, ordered by id (the rows a replay must reproduce).
inline QStringList rows(TestStore &t, const QString &table) {
    Sql q(t.db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
    q.exec();
    QStringList out;
    while (q.next()) {
        const QSqlRecord rec = q.query().record();
        QStringList cells;
        for (int i = 0; i < rec.count(); ++i) {
            QString value = q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString();
            // The two stores are prepared separately, so their own stamps end in different desk ids; a
            // replayed row carries the original stamp, and its time and counter must still match.
            if (rec.fieldName(i) == QLatin1String("hlc")) {
                value = value.section(QLatin1Char('-'), 0, 1);
            }
            cells.append(rec.fieldName(i) + QLatin1Char('=') + value);
        }
        out.append(cells.join(QLatin1Char('|')));
    }
    return out;
}

// Rebuilds A's newest op and replays it on B as `actor`; returns an empty string or what went wrong.
inline QString replayLast(TestStore &a, TestStore &b, const Actor &actor, const QStringList &tables) {
    const Op op = lastOp(a);
    if (op.command.isEmpty()) {
        return QStringLiteral("no outbox row");
    }
    QString error;
    std::unique_ptr<Command> cmd = CommandRegistry::standard().build(op.command, op.payload, &error);
    if (!cmd) {
        return QStringLiteral("build failed: ") + error;
    }
    const ReplayStamp stamp{op.opId, QDateTime::fromString(op.createdAt, Qt::ISODateWithMs), op.hlc,
                            a.store().deskId(), op.ids};
    const CommandResult r = b.bus().replay(*cmd, actor, stamp, false);
    if (!r.ok()) {
        return QStringLiteral("replay refused: ") + r.message();
    }
    for (const QString &table : tables) {
        const QStringList ra = rows(a, table);
        const QStringList rb = rows(b, table);
        if (ra != rb) {
            return QStringLiteral("%1 differs:\nA: %2\nB: %3")
                .arg(table, ra.join(QLatin1Char('\n')), rb.join(QLatin1Char('\n')));
        }
    }
    return {};
}

} // namespace ReplayCheck
