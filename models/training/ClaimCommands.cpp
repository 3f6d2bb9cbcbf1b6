#include "ClaimCommands.h"

#include "commands/CommandContext.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("ClaimCommands", text);
}

struct ClaimState {
    bool found = false;
    QString status;
    QString reference;
    int items = 0;
};

ClaimState claimState(const QSqlDatabase &db, const QString &id) {
    Sql q(db, QStringLiteral(
                  "SELECT status, reference, (SELECT count(*) FROM claim_items i WHERE i.claim_id = c.id AND "
                  "i.deleted = 0) FROM claims c WHERE c.id = :id AND c.deleted = 0"));
    q.bind(QStringLiteral(":id"), id).exec();
    ClaimState s;
    if (q.next()) {
        s = {true, q.value(0).toString(), q.value(1).toString(), q.value(2).toInt()};
    }
    return s;
}
} // namespace

CreateClaimCommand::CreateClaimCommand(QList<ClaimLine> lines, QString reference)
    : m_lines(std::move(lines))
    , m_reference(std::move(reference)) {}

std::optional<QString> CreateClaimCommand::check(CommandContext &ctx) {
    if (m_lines.isEmpty()) {
        return tr("Choose at least one verified unit to claim.");
    }
    if (m_lines.size() > kMaxLines) {
        return tr("A claim holds at most %1 lines.").arg(kMaxLines);
    }
    QSet<QString> seen;
    for (const ClaimLine &l : m_lines) {
        const QString key = l.volunteerId + QLatin1Char('/') + l.unitId;
        if (seen.contains(key)) {
            return tr("The same volunteer and unit appear twice in the claim.");
        }
        seen.insert(key);
        Sql q(ctx.db, QStringLiteral(
                          "SELECT a.verified_by IS NOT NULL, u.code, "
                          "EXISTS(SELECT 1 FROM claim_items i JOIN claims c ON c.id = i.claim_id WHERE "
                          "i.volunteer_id = a.volunteer_id AND i.unit_id = a.unit_id AND i.deleted = 0 AND "
                          "c.deleted = 0) FROM unit_achievements a JOIN training_units u ON u.id = a.unit_id "
                          "WHERE a.volunteer_id = :v AND a.unit_id = :u AND a.deleted = 0"));
        q.bind(QStringLiteral(":v"), l.volunteerId).bind(QStringLiteral(":u"), l.unitId).exec();
        if (!q.next()) {
            return tr("A line of the claim is for a unit the volunteer has not achieved.");
        }
        if (!q.value(0).toBool()) {
            return tr("The unit %1 of one volunteer is not verified yet; verify it before claiming.")
                .arg(q.value(1).toString());
        }
        if (q.value(2).toBool()) {
            return tr("The unit %1 of one volunteer is already in a claim.").arg(q.value(1).toString());
        }
    }
    m_reference = m_reference.simplified().toUpper();
    if (m_reference.isEmpty()) {
        const QString prefix =
            QStringLiteral("TM-UAS-%1-").arg(QDate::fromString(ctx.today, Qt::ISODate).year());
        Sql q(ctx.db, QStringLiteral("SELECT reference FROM claims WHERE reference LIKE :p"));
        q.bind(QStringLiteral(":p"), QString(prefix + QLatin1Char('%'))).exec();
        int highest = 0;
        while (q.next()) {
            highest = std::max(highest, q.value(0).toString().mid(prefix.size()).toInt());
        }
        m_reference = prefix + QStringLiteral("%1").arg(highest + 1, 3, 10, QLatin1Char('0'));
    }
    static const QRegularExpression refRe(QStringLiteral("^[A-Z0-9][A-Z0-9/_-]{2,39}$"));
    if (!refRe.match(m_reference).hasMatch()) {
        return tr("A claim reference is 3 to 40 letters, digits, -, _ or /.");
    }
    if (Sql(ctx.db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM claims WHERE reference = :r)"))
            .bind(QStringLiteral(":r"), m_reference)
            .scalar()
            .toBool()) {
        return tr("There is already a claim %1.").arg(m_reference);
    }
    return std::nullopt;
}

Command::Applied CreateClaimCommand::apply(CommandContext &ctx) {
    m_id = ctx.newId();
    Sql(ctx.db,
        QStringLiteral("INSERT INTO claims(id, reference, status, created_by, created_at, updated_at, hlc) "
                       "VALUES (:id, :ref, 'draft', :by, :now, :now, :hlc)"))
        .bind(QStringLiteral(":id"), m_id)
        .bind(QStringLiteral(":ref"), m_reference)
        .bind(QStringLiteral(":by"), nullIfEmpty(ctx.actor.userId()))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .exec();
    m_itemIds.clear();
    for (const ClaimLine &l : m_lines) {
        const QString id = ctx.newId();
        Sql(ctx.db,
            QStringLiteral("INSERT INTO claim_items(id, claim_id, volunteer_id, unit_id, updated_at, hlc) "
                           "VALUES (:id, :c, :v, :u, :now, :hlc)"))
            .bind(QStringLiteral(":id"), id)
            .bind(QStringLiteral(":c"), m_id)
            .bind(QStringLiteral(":v"), l.volunteerId)
            .bind(QStringLiteral(":u"), l.unitId)
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .exec();
        m_itemIds.append(id);
    }
    return {QStringLiteral("claims"),
            m_id,
            tr("Started the claim %1 with %2 unit(s).").arg(m_reference).arg(m_lines.size()),
            {}};
}

QJsonObject CreateClaimCommand::payload() const {
    QJsonArray lines;
    for (int i = 0; i < m_lines.size(); ++i) {
        lines.append(QJsonObject{{QStringLiteral("id"), m_itemIds.value(i)},
                                 {QStringLiteral("volunteer_id"), m_lines.at(i).volunteerId},
                                 {QStringLiteral("unit_id"), m_lines.at(i).unitId}});
    }
    return {{QStringLiteral("id"), m_id},
            {QStringLiteral("reference"), m_reference},
            {QStringLiteral("lines"), lines}};
}

// ---- submit ----

SubmitClaimCommand::SubmitClaimCommand(QString claimId)
    : m_claimId(std::move(claimId)) {}

std::optional<QString> SubmitClaimCommand::check(CommandContext &ctx) {
    const ClaimState s = claimState(ctx.db, m_claimId);
    if (!s.found) {
        return tr("That claim does not exist.");
    }
    m_reference = s.reference;
    if (s.status != QLatin1String("draft")) {
        return tr("The claim %1 is already %2.").arg(s.reference, s.status);
    }
    if (s.items == 0) {
        return tr("The claim %1 has no units to submit.").arg(s.reference);
    }
    return std::nullopt;
}

Command::Applied SubmitClaimCommand::apply(CommandContext &ctx) {
    Sql(ctx.db,
        QStringLiteral("UPDATE claims SET status = 'submitted', submitted_at = :now, version = version + 1, "
                       "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_claimId)
        .exec();
    return {QStringLiteral("claims"), m_claimId, tr("Submitted the claim %1.").arg(m_reference), {}};
}

QJsonObject SubmitClaimCommand::payload() const {
    return {{QStringLiteral("claim_id"), m_claimId}, {QStringLiteral("reference"), m_reference}};
}

// ---- certificates ----

CertificateClaimCommand::CertificateClaimCommand(QString claimId, QHash<QString, QString> numbers)
    : m_claimId(std::move(claimId))
    , m_numbers(std::move(numbers)) {}

std::optional<QString> CertificateClaimCommand::check(CommandContext &ctx) {
    const ClaimState s = claimState(ctx.db, m_claimId);
    if (!s.found) {
        return tr("That claim does not exist.");
    }
    m_reference = s.reference;
    if (s.status != QLatin1String("submitted")) {
        return s.status == QLatin1String("draft")
                   ? tr("The claim %1 has not been submitted yet.").arg(s.reference)
                   : tr("The claim %1 is already certificated.").arg(s.reference);
    }
    Sql q(ctx.db, QStringLiteral("SELECT id FROM claim_items WHERE claim_id = :c AND deleted = 0"));
    q.bind(QStringLiteral(":c"), m_claimId).exec();
    QSet<QString> items;
    while (q.next()) {
        items.insert(q.value(0).toString());
    }
    static const QRegularExpression numberRe(QStringLiteral("^[A-Za-z0-9/_-]{1,40}$"));
    QSet<QString> used;
    for (auto it = m_numbers.begin(); it != m_numbers.end(); ++it) {
        it.value() = it.value().trimmed();
        if (!items.contains(it.key())) {
            return tr("A certificate number is given for a line that is not in the claim %1.")
                .arg(s.reference);
        }
        if (!numberRe.match(it.value()).hasMatch()) {
            return tr("“%1” is not a certificate number (letters, digits, -, _ or /, at most 40).")
                .arg(it.value().left(40));
        }
        if (used.contains(it.value())) {
            return tr("The certificate number %1 is given twice.").arg(it.value());
        }
        used.insert(it.value());
        if (Sql(ctx.db,
                QStringLiteral("SELECT EXISTS(SELECT 1 FROM claim_items WHERE certificate_number = :n AND "
                               "deleted = 0)"))
                .bind(QStringLiteral(":n"), it.value())
                .scalar()
                .toBool()) {
            return tr("The certificate number %1 is already recorded on another claim.").arg(it.value());
        }
    }
    if (m_numbers.size() != items.size()) {
        return tr("Every line of the claim needs its certificate number (%1 of %2 given).")
            .arg(m_numbers.size())
            .arg(items.size());
    }
    return std::nullopt;
}

Command::Applied CertificateClaimCommand::apply(CommandContext &ctx) {
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        Sql(ctx.db, QStringLiteral("UPDATE claim_items SET certificate_number = :n, version = version + 1, "
                                   "updated_at = :now, hlc = :hlc WHERE id = :id"))
            .bind(QStringLiteral(":n"), it.value())
            .bind(QStringLiteral(":now"), ctx.nowIso)
            .bind(QStringLiteral(":hlc"), ctx.hlc)
            .bind(QStringLiteral(":id"), it.key())
            .exec();
    }
    Sql(ctx.db,
        QStringLiteral(
            "UPDATE claims SET status = 'certificated', certificated_at = :now, version = version + 1, "
            "updated_at = :now, hlc = :hlc WHERE id = :id"))
        .bind(QStringLiteral(":now"), ctx.nowIso)
        .bind(QStringLiteral(":hlc"), ctx.hlc)
        .bind(QStringLiteral(":id"), m_claimId)
        .exec();
    return {QStringLiteral("claims"),
            m_claimId,
            tr("The claim %1 is certificated (%2 certificate(s)).").arg(m_reference).arg(m_numbers.size()),
            {}};
}

QJsonObject CertificateClaimCommand::payload() const {
    QJsonObject numbers;
    for (auto it = m_numbers.cbegin(); it != m_numbers.cend(); ++it) {
        numbers.insert(it.key(), it.value());
    }
    return {{QStringLiteral("claim_id"), m_claimId},
            {QStringLiteral("reference"), m_reference},
            {QStringLiteral("certificates"), numbers}};
}
