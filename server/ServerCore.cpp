#include "ServerCore.h"

#include "FeedScope.h"
#include "auth/SignInService.h"
#include "auth/UserCommands.h"
#include "commands/Command.h"
#include "commands/CommandContext.h"
#include "commands/CommandRegistry.h"
#include "core/Clock.h"
#include "core/HybridClock.h"
#include "store/Sql.h"
#include "store/Store.h"
#include "store/SyncedTables.h"
#include "store/Transaction.h"
#include "sync/LoanConflictCommands.h"
#include "sync/RowImage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ServerCore", text);
}

QJsonObject parse(const QString &json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}
} // namespace

QString serverTokenHash(const QString &token) {
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

ServerCore::ServerCore(std::unique_ptr<Store> store, std::unique_ptr<Ledger> ledger, const Clock &clock)
    : m_store(std::move(store))
    , m_ledger(std::move(ledger))
    , m_clock(clock)
    , m_bus(*m_store, clock, m_ids) {}

ServerCore::~ServerCore() = default;

ServerCore::SignInAnswer ServerCore::signIn(const QString &username, const QString &password) {
    SignInService service(*m_store, m_clock);
    const SignInService::Result r = service.signIn(username, password);
    if (!r.ok) {
        return {r.retryAfterSeconds > 0 ? 429 : 401,
                {{QStringLiteral("error"), r.message}, {QStringLiteral("retry_after"), r.retryAfterSeconds}}};
    }
    // 256 random bits; only their hash is kept, so a copy of the server's data holds no usable token.
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(raw.data()),
                                         reinterpret_cast<quint32 *>(raw.data() + raw.size()));
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QDateTime expires = m_clock.now().toUTC().addDays(kTokenDays);
    m_ledger->saveToken(serverTokenHash(token), r.actor.userId(), expires.toString(Qt::ISODateWithMs));
    const Actor &a = r.actor;
    return {200,
            {{QStringLiteral("token"), token},
             {QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs)},
             {QStringLiteral("user"), QJsonObject{{QStringLiteral("id"), a.userId()},
                                                  {QStringLiteral("username"), a.username()},
                                                  {QStringLiteral("display_name"), a.displayName()},
                                                  {QStringLiteral("role"), roleKey(a.role())},
                                                  {QStringLiteral("branch_id"), a.branchId()},
                                                  {QStringLiteral("volunteer_id"), a.volunteerId()}}}}};
}

std::optional<QString> ServerCore::createFirstAdmin(const QString &username, const QString &password) {
    if (!SignInService(*m_store, m_clock).needsFirstAdmin()) {
        return tr("This server already has people. Add more from a desk signed in as an administrator.");
    }
    CreateUserCommand create({username, username, Role::Admin, password, {}, {}});
    const QDateTime now = m_clock.now().toUTC();
    const ReplayStamp stamp{m_ids.newId(),
                            now,
                            m_store->hybridClock().next(now.toMSecsSinceEpoch()),
                            QStringLiteral("server"),
                            {}};
    const QString opId = stamp.opId;
    const CommandResult result = m_bus.replay(
        create, Actor::system(), stamp, false, [&](CommandContext &, const QList<ChangeCapture::Row> &rows) {
            m_ledger->record(
                opId, QString(),
                {{QStringLiteral("op_id"), opId}, {QStringLiteral("status"), QStringLiteral("applied")}},
                feedFor(rows, false, stamp.hlc));
        });
    if (!result.ok()) {
        return result.message();
    }
    return std::nullopt;
}

std::optional<QString> ServerCore::importStore(Store &source, qint64 *rows,
                                               const std::function<void(qint64)> &progress) {
    // An import that stopped part way (a full disk, a power cut) is picked up again: pages already in the
    // ledger are skipped.
    const QString begun = IdSource::stableId(QStringLiteral("import/begun"));
    if (!m_ledger->storedOutcome(begun) && !SignInService(*m_store, m_clock).needsFirstAdmin()) {
        return tr("This server already has people: a store can only start an empty server. Sync the store "
                  "from its desk instead.");
    }
    if (SignInService(source, m_clock).needsFirstAdmin()) {
        return tr("This store has nobody in it to sign in with: there is nothing to start a server from.");
    }
    // Not through the commands: these records were checked by the rules when the desk wrote them, and the
    // server takes them as they are, as the seeding op does, page by page into the records and the feed
    // in one transaction, without reading each row back.
    constexpr int kPage = 5000;
    constexpr int kPagesPerCheckpoint = 20;
    int pages = 0;
    const SyncedTables &tables = m_store->syncedTables();
    const QSqlDatabase db = m_store->database();
    *rows = 0;
    try {
        if (!m_ledger->storedOutcome(begun)) {
            recordAlone(begun, QString(), {begun, SyncProtocol::Outcome::Status::Applied, {}, {}});
        }
        for (const QString &table : tables.dependencyOrder()) {
            QString after;
            for (;;) {
                const QList<QJsonObject> page =
                    RowImage::readPage(source.database(), source.syncedTables(), table, after, kPage, true);
                if (page.isEmpty()) {
                    break;
                }
                const QString opId =
                    IdSource::stableId(QStringLiteral("import/") + table + QLatin1Char('/') + after);
                after = page.last().value(QLatin1String("id")).toString();
                *rows += page.size();
                if (m_ledger->storedOutcome(opId)) {
                    continue;
                }
                QList<FeedEntry> entries;
                entries.reserve(page.size());
                Transaction tx(db);
                for (const QJsonObject &row : page) {
                    RowImage::write(db, tables, table, row);
                    entries.append({0, table, row.value(QLatin1String("id")).toString(), row});
                }
                m_visibility.lockForWrite();
                try {
                    m_ledger->record(opId, QString(),
                                     {{QStringLiteral("op_id"), opId},
                                      {QStringLiteral("status"), QStringLiteral("applied")}},
                                     entries);
                    tx.commit();
                } catch (...) {
                    m_visibility.unlock();
                    throw;
                }
                m_visibility.unlock();
                if (++pages % kPagesPerCheckpoint == 0) {
                    m_store->checkpointNow();
                }
                if (progress) {
                    progress(*rows);
                }
            }
        }
    } catch (const StoreError &e) {
        return tr("The import stopped: %1").arg(e.message());
    }
    return std::nullopt;
}

bool ServerCore::push(const Actor &pusher, const QList<SyncProtocol::Op> &ops, QJsonArray *results) {
    for (const SyncProtocol::Op &op : ops) {
        bool failed = false;
        const SyncProtocol::Outcome outcome = applyOp(pusher, op, &failed);
        if (failed) {
            return false;
        }
        results->append(SyncProtocol::toJson(outcome));
    }
    return true;
}

SyncProtocol::Outcome ServerCore::applyOp(const Actor &pusher, const SyncProtocol::Op &op,
                                          bool *storeFailed) {
    if (std::optional<QJsonObject> stored = m_ledger->storedOutcome(op.opId)) {
        QString error;
        if (std::optional<SyncProtocol::Outcome> o = SyncProtocol::outcomeFromJson(*stored, &error)) {
            return *o;
        }
    }
    SyncProtocol::Outcome outcome;
    outcome.opId = op.opId;
    outcome.status = SyncProtocol::Outcome::Status::Rejected;

    // An op goes under its author's own sign-in: nobody can send changes in someone else's name.
    const bool ownOp = op.userId == pusher.userId() || (op.userId.isEmpty() && pusher.role() == Role::Admin);
    const Actor author = op.userId.isEmpty() ? pusher : SignInService::loadActor(*m_store, op.userId);
    QString error;
    std::unique_ptr<Command> command;
    if (!ownOp) {
        outcome.reason = tr("This change was made by another person; it is sent when they sign in.");
    } else if (!author.isSignedIn()) {
        outcome.reason = tr("The person who made this change has no account on the server.");
    } else if (!(command = CommandRegistry::standard().build(op.command, op.payload, &error))) {
        outcome.reason = error;
    }
    const QDateTime at = QDateTime::fromString(op.at, Qt::ISODateWithMs);
    if (command && !at.isValid()) {
        command.reset();
        outcome.reason = tr("The change has no valid time.");
    }
    if (!command) {
        outcome.rows = serverCopies(pusher, op.rows);
        if (ownOp) { // an op sent under the wrong name is not its author's: their own push must still count
            recordAlone(op.opId, op.userId, outcome);
        }
        return outcome;
    }

    const ReplayStamp stamp{op.opId, at.toUTC(), op.hlc, op.deskId, op.ids};
    const bool merge = command->mergesFieldsByClock();
    // The ledger's write joins the command's transaction; pulls wait from there to the records' commit.
    bool holding = false;
    auto record = [&](const SyncProtocol::Outcome &o) {
        return [&, o](CommandContext &, const QList<ChangeCapture::Row> &rows) {
            QList<FeedEntry> entries = feedFor(rows, merge, op.hlc);
            m_visibility.lockForWrite();
            holding = true;
            m_ledger->record(op.opId, op.userId, SyncProtocol::toJson(o), entries);
        };
    };
    auto release = [&] {
        if (holding) {
            m_visibility.unlock();
            holding = false;
        }
    };
    SyncProtocol::Outcome applied = outcome;
    applied.status = SyncProtocol::Outcome::Status::Applied;
    applied.reason.clear();
    const CommandResult result = m_bus.replay(*command, author, stamp, false, record(applied));
    release();
    if (result.ok()) {
        return applied;
    }
    // A constraint the record enforces (a missing referenced row, a duplicate) fails the same way every time:
    // it is a refusal, or the op would block its desk's outbox for ever.
    if (result.status() == CommandResult::Status::Failed &&
        result.message().contains(QLatin1String("constraint failed"))) {
        outcome.reason =
            tr("The council's record cannot take this change: it refers to a record the server does "
               "not have, or repeats one it has.");
        outcome.rows = serverCopies(pusher, op.rows);
        recordAlone(op.opId, op.userId, outcome);
        return outcome;
    }
    if (result.status() == CommandResult::Status::Failed) {
        // The store's own words (statement shapes, never values) for the operator's log.
        qWarning("{\"event\":\"op-failed\",\"command\":\"%s\",\"error\":%s}", qPrintable(op.command),
                 QJsonDocument(QJsonArray{result.message()}).toJson(QJsonDocument::Compact).constData());
        *storeFailed = true;
        return outcome;
    }
    // Turned down by the rules. A device lent at two desks while offline is a conflict for a coordinator,
    // not a silent refusal: the second loan is kept, closed, beside a conflict record both desks will see.
    if (op.command == QLatin1String("loan.checkout")) {
        SyncProtocol::Outcome conflict = outcome;
        conflict.status = SyncProtocol::Outcome::Status::Conflict;
        conflict.reason = result.message();
        RecordLoanConflictCommand record_(op.payload, result.message());
        const CommandResult recorded = m_bus.replay(record_, Actor::system(), stamp, false, record(conflict));
        release();
        if (recorded.ok()) {
            conflict.rows = serverCopies(pusher, op.rows);
            return conflict;
        }
        if (recorded.status() == CommandResult::Status::Failed) {
            *storeFailed = true;
            return outcome;
        }
    }
    outcome.reason = result.message();
    outcome.rows = serverCopies(pusher, op.rows);
    recordAlone(op.opId, op.userId, outcome);
    return outcome;
}

QList<FeedEntry> ServerCore::feedFor(const QList<ChangeCapture::Row> &rows, bool mergeByClock,
                                     const QString &hlc) {
    const QSqlDatabase db = m_store->database();
    const SyncedTables &tables = m_store->syncedTables();
    QList<FeedEntry> entries;
    QStringList touchedResidents;
    for (const ChangeCapture::Row &row : rows) {
        if (mergeByClock && !row.before.isEmpty()) {
            mergeFields(row, hlc);
        }
        FeedEntry e{0, row.table, row.id, RowImage::read(db, tables, row.table, row.id, true)};
        entries.append(e);
        // A booking decides which volunteer may see its resident: the resident goes into the feed again
        // so each desk re-decides whether to hold it.
        if (row.table == QLatin1String("bookings")) {
            for (const QJsonObject &image : {parse(row.before), e.row.value_or(QJsonObject())}) {
                const QString resident = image.value(QLatin1String("resident_id")).toString();
                if (!resident.isEmpty() && !touchedResidents.contains(resident)) {
                    touchedResidents.append(resident);
                }
            }
        }
    }
    for (const QString &resident : touchedResidents) {
        entries.append({0, QStringLiteral("residents"), resident,
                        RowImage::read(db, tables, QStringLiteral("residents"), resident, true)});
    }
    return entries;
}

// Last writer by clock wins per field: a field this op changed keeps the stored value when a later stamp
// already wrote it. Field stamps live beside the records (server_field_stamps).
void ServerCore::mergeFields(const ChangeCapture::Row &row, const QString &hlc) {
    const QSqlDatabase db = m_store->database();
    const SyncedTables &tables = m_store->syncedTables();
    const QJsonObject before = parse(row.before);
    const std::optional<QJsonObject> after = RowImage::read(db, tables, row.table, row.id, true);
    if (!after) {
        return;
    }
    const QStringList bookkeeping = {QStringLiteral("id"), QStringLiteral("version"),
                                     QStringLiteral("updated_at"), QStringLiteral("hlc")};
    QJsonObject restore;
    for (auto it = after->begin(); it != after->end(); ++it) {
        if (bookkeeping.contains(it.key()) || before.value(it.key()) == it.value()) {
            continue;
        }
        QString stamp =
            Sql(db, QStringLiteral("SELECT hlc FROM server_field_stamps WHERE tbl = :t AND row_id = :id "
                                   "AND field = :f"))
                .bind(QStringLiteral(":t"), row.table)
                .bind(QStringLiteral(":id"), row.id)
                .bind(QStringLiteral(":f"), it.key())
                .scalar()
                .toString();
        // A field no clock-merged edit has written yet counts as older than any edit.
        if (stamp > hlc) {
            restore.insert(it.key(), before.value(it.key()));
            continue;
        }
        Sql(db, QStringLiteral(
                    "INSERT INTO server_field_stamps(tbl, row_id, field, hlc) VALUES (:t, :id, :f, :h) "
                    "ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc"))
            .bind(QStringLiteral(":t"), row.table)
            .bind(QStringLiteral(":id"), row.id)
            .bind(QStringLiteral(":f"), it.key())
            .bind(QStringLiteral(":h"), hlc)
            .exec();
    }
    if (!restore.isEmpty()) {
        const QString newest = qMax(before.value(QLatin1String("hlc")).toString(), hlc);
        restore.insert(QStringLiteral("hlc"), newest);
        RowImage::update(db, tables, row.table, row.id, restore);
    }
}

QList<SyncProtocol::Change> ServerCore::serverCopies(const Actor &pusher, const QStringList &rowKeys) {
    // The same scope as the feed: a desk gets back only what it may hold.
    const SyncedTables &tables = m_store->syncedTables();
    const FeedScope scope(pusher, m_store->database());
    QList<SyncProtocol::Change> out;
    for (const ChangeCapture::Row &key : ChangeCapture::decode(rowKeys.join(QLatin1Char(',')))) {
        if (!tables.contains(key.table)) {
            continue;
        }
        const FeedEntry entry{0, key.table, key.id,
                              RowImage::read(m_store->database(), tables, key.table, key.id, true)};
        QJsonObject row;
        if (scope.decide(entry, &row, false) == FeedScope::Decision::Send) {
            out.append({0, key.table, key.id, row});
        } else {
            out.append({0, key.table, key.id, std::nullopt});
        }
    }
    return out;
}

void ServerCore::recordAlone(const QString &opId, const QString &userId,
                             const SyncProtocol::Outcome &outcome) {
    Transaction tx(m_store->database());
    m_visibility.lockForWrite();
    try {
        m_ledger->record(opId, userId, SyncProtocol::toJson(outcome), {});
        tx.commit();
    } catch (...) {
        m_visibility.unlock();
        throw;
    }
    m_visibility.unlock();
}
