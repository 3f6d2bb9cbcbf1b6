#include "ResidentCommands.h"

#include "ResidentRepository.h"
#include "ResidentValidator.h"
#include "commands/CommandContext.h"
#include "core/Clock.h"
#include "core/IdSource.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ResidentCommands", text);
}

// Audit rows cannot be erased, so they record which fields changed, never the personal values.
QJsonObject fieldNamesOnly(const QString &id, const QStringList &fields) {
    return {{QStringLiteral("id"), id}, {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}

// The command's own time as a Clock for the validator: the desk's "now", or the replayed op's.
class CommandTime final : public Clock {
public:
    explicit CommandTime(const CommandContext &ctx)
        : m_now(ctx.now) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
};
} // namespace

AddResidentCommand::AddResidentCommand(Resident resident)
    : m_resident(std::move(resident)) {}

AddResidentCommand::AddResidentCommand(Resident resident, const Clock &)
    : AddResidentCommand(std::move(resident)) {}

std::optional<QString> AddResidentCommand::check(CommandContext &ctx) {
    const CommandTime time(ctx);
    const auto problems = ResidentValidator(time).validate(m_resident);
    if (!problems.isEmpty()) {
        return ResidentValidator::joined(problems);
    }
    ResidentRepository repo(ctx.db);
    if (m_resident.card.isEmpty()) {
        do {
            m_resident.card = QStringLiteral("TM%1").arg(ctx.ids.bounded(100000000), 8, 10, QLatin1Char('0'));
        } while (repo.cardInUse(m_resident.card));
    } else if (repo.cardInUse(m_resident.card)) {
        return tr("Library card %1 already belongs to another resident. Search for it instead of adding "
                  "again.")
            .arg(m_resident.card);
    }
    return std::nullopt;
}

Command::Applied AddResidentCommand::apply(CommandContext &ctx) {
    if (m_resident.id.isEmpty()) {
        m_resident.id = ctx.newId();
    }
    m_resident.version = 1;
    const QVariantMap values = m_resident.columnValues();
    QStringList columns = values.keys();
    QStringList placeholders;
    for (const QString &c : columns) {
        placeholders.append(QLatin1Char(':') + c);
    }
    Sql q(ctx.db,
          QStringLiteral("INSERT INTO residents(id, %1, search_text, created_at, updated_at, hlc, version) "
                         "VALUES (:id, %2, :search_text, :now, :now, :hlc, 1)")
              .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        q.bind(QLatin1Char(':') + it.key(), it.value());
    }
    q.bind(QStringLiteral(":id"), m_resident.id)
        .bind(QStringLiteral(":search_text"), m_resident.searchText())
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    return {QStringLiteral("residents"),
            m_resident.id,
            tr("Added resident with card %1").arg(m_resident.card),
            {}};
}

QJsonObject AddResidentCommand::payload() const {
    return m_resident.toJson();
}

QJsonObject AddResidentCommand::auditPayload() const {
    QStringList fields;
    const QVariantMap values = m_resident.columnValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!it.value().toString().isEmpty() && it.value().toString() != QLatin1String("0")) {
            fields.append(it.key());
        }
    }
    return fieldNamesOnly(m_resident.id, fields);
}

EditResidentCommand::EditResidentCommand(Resident resident)
    : m_resident(std::move(resident)) {}

EditResidentCommand::EditResidentCommand(Resident resident, const Clock &)
    : EditResidentCommand(std::move(resident)) {}

EditResidentCommand::EditResidentCommand(QString residentId, int baseVersion, QVariantMap fields)
    : m_fields(std::move(fields)) {
    m_resident.id = std::move(residentId);
    m_resident.version = baseVersion;
}

std::optional<QString> EditResidentCommand::check(CommandContext &ctx) {
    ResidentRepository repo(ctx.db);
    const std::optional<Resident> current = repo.loadForWrite(m_resident.id);
    if (!current) {
        return tr("That resident is no longer in the store.");
    }
    // At the desk, a stale form is refused. A replayed op (the field form) applies its fields over whatever
    // is stored now: the server keeps the later change per field by clock (mergesFieldsByClock).
    if (!m_fields && m_resident.version != current->version) {
        return tr("Someone else changed this resident's details while you were editing. "
                  "Open the resident again to see their changes, then make yours.");
    }
    if (m_fields) {
        QVariantMap values = current->columnValues();
        for (auto it = m_fields->cbegin(); it != m_fields->cend(); ++it) {
            values.insert(it.key(), it.value());
        }
        values.insert(QStringLiteral("id"), current->id);
        values.insert(QStringLiteral("version"), current->version);
        m_resident = Resident::fromColumnValues(values);
    }
    const CommandTime time(ctx);
    const auto problems = ResidentValidator(time).validate(m_resident);
    if (!problems.isEmpty()) {
        return ResidentValidator::joined(problems);
    }
    if (m_resident.card.isEmpty()) {
        return tr("The library card number cannot be removed.");
    }
    if (repo.cardInUse(m_resident.card, m_resident.id)) {
        return tr("Library card %1 already belongs to another resident.").arg(m_resident.card);
    }
    const QVariantMap before = current->columnValues();
    const QVariantMap after = m_resident.columnValues();
    m_changed.clear();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()).toString() != it.value().toString() ||
            before.value(it.key()).isNull() != it.value().isNull()) {
            m_changed.insert(it.key(), it.value());
        }
    }
    if (m_changed.isEmpty()) {
        return tr("Nothing was changed.");
    }
    return std::nullopt;
}

Command::Applied EditResidentCommand::apply(CommandContext &ctx) {
    QStringList sets;
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        sets.append(it.key() + QStringLiteral(" = :") + it.key());
    }
    Sql q(ctx.db,
          QStringLiteral("UPDATE residents SET %1, search_text = :search_text, version = version + 1, "
                         "updated_at = :now, hlc = :hlc WHERE id = :id AND version = :version")
              .arg(sets.join(QStringLiteral(", "))));
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it) {
        q.bind(QLatin1Char(':') + it.key(), it.value());
    }
    q.bind(QStringLiteral(":search_text"), m_resident.searchText())
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_resident.id)
        .bind(QStringLiteral(":version"), m_resident.version)
        .exec();
    if (q.rowsAffected() != 1) {
        throw StoreError(tr("The resident changed while saving; nothing was saved."));
    }
    ++m_resident.version;
    return {QStringLiteral("residents"),
            m_resident.id,
            tr("Changed %1 of resident with card %2")
                .arg(m_changed.keys().join(QStringLiteral(", ")), m_resident.card),
            {}};
}

QJsonObject EditResidentCommand::payload() const {
    return {{QStringLiteral("id"), m_resident.id},
            {QStringLiteral("base_version"), m_resident.version - 1},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(m_changed)}};
}

QJsonObject EditResidentCommand::auditPayload() const {
    return fieldNamesOnly(m_resident.id, m_changed.keys());
}
