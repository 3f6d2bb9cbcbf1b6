#include "SeedRowsCommand.h"

#include "RowImage.h"
#include "commands/CommandContext.h"
#include "commands/PayloadReader.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"

#include <QCoreApplication>
#include <QJsonArray>

SeedRowsCommand::SeedRowsCommand(QList<SyncProtocol::Change> rows)
    : m_rows(std::move(rows)) {}

std::optional<QString> SeedRowsCommand::check(CommandContext &ctx) {
    if (m_rows.size() > kMaxRows) {
        return QCoreApplication::translate("SeedRowsCommand", "A seed batch holds at most %1 rows.")
            .arg(kMaxRows);
    }
    const SyncedTables &tables = ctx.store.syncedTables();
    for (const SyncProtocol::Change &c : m_rows) {
        if (!tables.contains(c.table) || !c.row) {
            return QCoreApplication::translate("SeedRowsCommand",
                                               "“%1” is not a table records can be seeded into.")
                .arg(c.table.left(60));
        }
    }
    return std::nullopt;
}

Command::Applied SeedRowsCommand::apply(CommandContext &ctx) {
    const SyncedTables &tables = ctx.store.syncedTables();
    for (const SyncProtocol::Change &c : m_rows) {
        const bool exists = Sql(ctx.db, QStringLiteral("SELECT 1 FROM \"%1\" WHERE id = :id").arg(c.table))
                                .bind(QStringLiteral(":id"), c.id)
                                .scalar()
                                .isValid();
        if (!exists) {
            RowImage::write(ctx.db, tables, c.table, *c.row);
            ++m_inserted;
        }
    }
    return {QStringLiteral("sync"),
            QString(),
            QCoreApplication::translate("SeedRowsCommand", "Seeded %1 of %2 records.")
                .arg(m_inserted)
                .arg(m_rows.size()),
            {}};
}

QJsonObject SeedRowsCommand::payload() const {
    QJsonArray rows;
    for (const SyncProtocol::Change &c : m_rows) {
        rows.append(SyncProtocol::toJson(c));
    }
    return {{QStringLiteral("rows"), rows}};
}

QJsonObject SeedRowsCommand::auditPayload() const {
    return {{QStringLiteral("rows"), static_cast<int>(m_rows.size())},
            {QStringLiteral("inserted"), m_inserted}};
}

std::unique_ptr<Command> SeedRowsCommand::fromPayload(const QJsonObject &payload) {
    const QJsonValue rows = payload.value(QLatin1String("rows"));
    if (!rows.isArray()) {
        throw PayloadError(QStringLiteral("the field “rows” should be a list"));
    }
    QList<SyncProtocol::Change> changes;
    for (const QJsonValue &v : rows.toArray()) {
        QString error;
        std::optional<SyncProtocol::Change> c = SyncProtocol::changeFromJson(v.toObject(), &error);
        if (!c || !c->row) {
            throw PayloadError(error.isEmpty() ? QStringLiteral("a seeded row is missing") : error);
        }
        changes.append(*c);
    }
    return std::make_unique<SeedRowsCommand>(std::move(changes));
}
