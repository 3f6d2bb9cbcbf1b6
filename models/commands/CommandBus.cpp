#include "CommandBus.h"

#include "Command.h"
#include "CommandContext.h"
#include "auth/Actor.h"
#include "core/Clock.h"
#include "core/HybridClock.h"
#include "core/IdSource.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

QString CommandContext::newId() {
    const QString id = replayIds.isEmpty() ? ids.newId() : replayIds.takeFirst();
    if (issuedIds) {
        issuedIds->append(id);
    }
    return id;
}

CommandBus::CommandBus(Store &store, const Clock &clock, IdSource &ids)
    : m_store(store)
    , m_clock(clock)
    , m_ids(ids) {}

std::optional<QString> CommandBus::permissionRefusal(const Command &command, const Actor &actor) const {
    if (actor.can(command.permission())) {
        return std::nullopt;
    }
    return QCoreApplication::translate("CommandBus",
                                       "%1 is not allowed to do this (%2 needs the “%3” permission).")
        .arg(actor.isSignedIn() ? actor.displayName()
                                : QCoreApplication::translate("CommandBus", "Nobody signed in"),
             command.name(), permissionKey(command.permission()));
}

CommandContext CommandBus::context(const Actor &actor, const QDateTime &now, HybridClock *hlc) {
    return CommandContext{m_store,
                          m_store.database(),
                          m_ids,
                          actor,
                          now,
                          now.toString(Qt::ISODateWithMs),
                          now.toLocalTime().date().toString(Qt::ISODate),
                          hlc ? hlc->next(now.toMSecsSinceEpoch()) : QString(),
                          nullptr,
                          {}};
}

std::optional<QString> CommandBus::preview(Command &command, const Actor &actor) {
    if (std::optional<QString> refusal = permissionRefusal(command, actor)) {
        return refusal;
    }
    // A read transaction, always rolled back: what check() reads is one consistent snapshot, and no clock
    // stamp is spent because nothing will be written.
    m_store.execScript(QStringLiteral("BEGIN"));
    try {
        CommandContext ctx = context(actor, m_clock.now().toUTC(), nullptr);
        std::optional<QString> refusal = command.check(ctx);
        m_store.execScript(QStringLiteral("ROLLBACK"));
        return refusal;
    } catch (...) {
        m_store.execScript(QStringLiteral("ROLLBACK"));
        throw;
    }
}

CommandResult CommandBus::execute(Command &command, const Actor &actor) {
    return run(command, actor, nullptr, true, {});
}

CommandResult CommandBus::replay(Command &command, const Actor &actor, const ReplayStamp &stamp, bool forward,
                                 const BeforeCommit &beforeCommit) {
    return run(command, actor, &stamp, forward, beforeCommit);
}

CommandResult CommandBus::run(Command &command, const Actor &actor, const ReplayStamp *replay,
                              bool writeOutbox, const BeforeCommit &beforeCommit) {
    if (std::optional<QString> refusal = permissionRefusal(command, actor)) {
        return CommandResult::refused(*refusal);
    }
    // A refused or failed command still uses up its clock stamp: gaps are harmless, while winding the clock
    // back could stamp a later edit before a remote change this desk has already seen.
    HybridClock &hlc = m_store.hybridClock();
    try {
        m_store.ensureChangeCapture();
        Transaction tx(m_store.database());
        ChangeCapture::start(m_store.database());
        QStringList issuedIds;
        CommandContext ctx = replay ? context(actor, replay->at.toUTC(), nullptr)
                                    : context(actor, m_clock.now().toUTC(), &hlc);
        if (replay) {
            hlc.observe(replay->hlc);
            ctx.hlc = replay->hlc;
            ctx.replayIds = replay->ids;
        }
        ctx.issuedIds = &issuedIds;

        if (std::optional<QString> refusal = command.check(ctx)) {
            return CommandResult::refused(*refusal);
        }
        const Command::Applied applied = command.apply(ctx);
        if (m_failAfterApply) {
            throw StoreError(QStringLiteral("injected failure after apply"));
        }

        const QList<ChangeCapture::Row> touched = ChangeCapture::stop(ctx.db);
        const QString opId = replay ? replay->opId : m_ids.newId();
        const QByteArray payload = QJsonDocument(command.payload()).toJson(QJsonDocument::Compact);
        const QByteArray auditPayload = QJsonDocument(command.auditPayload()).toJson(QJsonDocument::Compact);
        Sql(ctx.db,
            QStringLiteral(
                "INSERT INTO audit(op_id, at, user_id, username, desk_id, command, entity, entity_id, "
                "summary, payload) VALUES (:op, :at, :uid, :un, :desk, :cmd, :ent, :eid, :sum, :pl)"))
            .bind(QStringLiteral(":op"), opId)
            .bind(QStringLiteral(":at"), ctx.nowIso)
            .bind(QStringLiteral(":uid"), nullIfEmpty(actor.userId()))
            .bind(QStringLiteral(":un"), actor.username())
            .bind(QStringLiteral(":desk"), replay ? replay->deskId : m_store.deskId())
            .bind(QStringLiteral(":cmd"), command.name())
            .bind(QStringLiteral(":ent"), applied.entity)
            .bind(QStringLiteral(":eid"), applied.entityId)
            .bind(QStringLiteral(":sum"), applied.summary)
            .bind(QStringLiteral(":pl"), QString::fromUtf8(auditPayload))
            .exec();
        if (writeOutbox) {
            Sql(ctx.db,
                QStringLiteral(
                    "INSERT INTO outbox(op_id, command, payload, hlc, user_id, created_at, ids, rows) "
                    "VALUES (:op, :cmd, :pl, :hlc, :uid, :at, :ids, :rows)"))
                .bind(QStringLiteral(":op"), opId)
                .bind(QStringLiteral(":cmd"), command.name())
                .bind(QStringLiteral(":pl"), QString::fromUtf8(payload))
                .bind(QStringLiteral(":hlc"), ctx.hlc)
                .bind(QStringLiteral(":uid"), nullIfEmpty(actor.userId()))
                .bind(QStringLiteral(":at"), ctx.nowIso)
                .bind(QStringLiteral(":ids"), issuedIds.join(QLatin1Char(',')))
                .bind(QStringLiteral(":rows"), ChangeCapture::encode(touched))
                .exec();
        }
        if (beforeCommit) {
            beforeCommit(ctx, touched);
        }
        m_store.setMeta(QStringLiteral("hlc_last"), hlc.last());
        tx.commit();
        return CommandResult::done(applied.entityId, opId, applied.summary, applied.warnings);
    } catch (const StoreError &e) {
        return CommandResult::failed(
            QCoreApplication::translate("CommandBus", "Nothing was saved: %1").arg(e.message()));
    }
}
