#pragma once

#include "SyncProtocol.h"
#include "commands/Command.h"

// A store's own records arriving at the server on its first sync (a demo store, a desk that worked offline
// from day one). Rows the server already holds are left as they are; the rest are inserted as they stand.
// Only someone who may change the council's settings may seed.
class SeedRowsCommand final : public Command {
public:
    explicit SeedRowsCommand(QList<SyncProtocol::Change> rows);

    QString name() const override { return QStringLiteral("sync.seed"); }
    Permission permission() const override { return Permission::AdminSettings; }
    std::optional<QString> check(CommandContext &ctx) override;
    Applied apply(CommandContext &ctx) override;
    QJsonObject payload() const override;
    QJsonObject auditPayload() const override; // counts only

    static std::unique_ptr<Command> fromPayload(const QJsonObject &payload);
    static constexpr int kMaxRows = 2000;

private:
    QList<SyncProtocol::Change> m_rows;
    int m_inserted = 0;
};
