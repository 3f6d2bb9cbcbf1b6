#include "Learner.h"

#include "auth/Actor.h"
#include "devices/ScanInput.h"
#include "residents/ResidentRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("LearnerDirectory", text);
}

bool seesEveryone(const Actor &actor) {
    return actor.can(Permission::ResidentViewAll);
}
} // namespace

bool LearnerDirectory::isKind(const QString &kind) {
    return kind == QLatin1String("resident") || kind == QLatin1String("volunteer") ||
           kind == QLatin1String("staff");
}

std::optional<Learner> LearnerDirectory::load(const QString &kind, const QString &where, const QString &value,
                                              const Actor *actor) const {
    QString sql;
    if (kind == QLatin1String("resident")) {
        sql = QStringLiteral("SELECT r.id, r.given_name || ' ' || r.family_name, r.card, "
                             "COALESCE(r.home_branch_id, '') FROM residents r "
                             "WHERE %1 AND r.deleted = 0 AND r.anonymised = 0")
                  .arg(where);
        if (actor) {
            sql += ResidentRepository::visibilityClause(*actor, QStringLiteral("r.id"));
        }
    } else if (kind == QLatin1String("volunteer")) {
        sql = QStringLiteral("SELECT r.id, r.given_name || ' ' || r.family_name, '', "
                             "COALESCE(r.home_branch_id, '') FROM volunteers r "
                             "WHERE %1 AND r.deleted = 0 AND r.anonymised = 0")
                  .arg(where);
        if (actor && !seesEveryone(*actor)) {
            sql += QStringLiteral(" AND r.id = :self_volunteer");
        }
    } else if (kind == QLatin1String("staff")) {
        sql =
            QStringLiteral("SELECT r.id, r.display_name, r.username, COALESCE(r.branch_id, '') FROM users r "
                           "WHERE %1 AND r.deleted = 0 AND r.role <> 'volunteer'")
                .arg(where);
        if (actor && !seesEveryone(*actor)) {
            sql += QStringLiteral(" AND r.id = :self_user");
        }
    } else {
        return std::nullopt;
    }
    Sql q(m_db, sql);
    q.bind(QStringLiteral(":v"), value);
    if (actor) {
        if (kind == QLatin1String("resident")) {
            ResidentRepository::bindVisibility(q, *actor);
        } else if (!seesEveryone(*actor)) {
            q.bind(kind == QLatin1String("volunteer") ? QStringLiteral(":self_volunteer")
                                                      : QStringLiteral(":self_user"),
                   kind == QLatin1String("volunteer") ? actor->volunteerId() : actor->userId());
        }
    }
    q.exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return Learner{kind, q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString()};
}

std::optional<Learner> LearnerDirectory::byKindAndId(const QString &kind, const QString &id,
                                                     const Actor &actor) const {
    return load(kind, QStringLiteral("r.id = :v"), id, &actor);
}

std::optional<Learner> LearnerDirectory::loadForWrite(const QString &kind, const QString &id) const {
    return load(kind, QStringLiteral("r.id = :v"), id, nullptr);
}

std::optional<Learner> LearnerDirectory::resolve(const QString &cardOrId, const Actor &actor,
                                                 QString *error) const {
    const QString text = cardOrId.trimmed();
    if (text.isEmpty()) {
        *error = tr("Give the learner's library card, id or user name.");
        return std::nullopt;
    }
    const QString upper = ScanInput::normalise(text); // a scanned card may carry spaces
    if (std::optional<Learner> l =
            load(QStringLiteral("resident"), QStringLiteral("r.card = :v"), upper, &actor)) {
        return l;
    }
    for (const QString &kind :
         {QStringLiteral("resident"), QStringLiteral("volunteer"), QStringLiteral("staff")}) {
        if (std::optional<Learner> l = load(kind, QStringLiteral("r.id = :v"), text.toLower(), &actor)) {
            return l;
        }
    }
    if (std::optional<Learner> l =
            load(QStringLiteral("staff"), QStringLiteral("r.username = :v COLLATE NOCASE"), text, &actor)) {
        return l;
    }
    // Say "not yours to see" rather than "unknown" only when the record exists: a volunteer then knows to
    // ask a librarian instead of retyping the card.
    const bool exists =
        Sql(m_db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM residents WHERE (card = :c OR id = :i) AND "
                                 "deleted = 0)"))
            .bind(QStringLiteral(":c"), upper)
            .bind(QStringLiteral(":i"), text.toLower())
            .scalar()
            .toBool();
    *error = exists ? tr("You can record badges only for residents you have a booking with.")
                    : tr("No learner has the card, id or user name “%1”.").arg(text.left(64));
    return std::nullopt;
}

QList<Learner> LearnerDirectory::search(const QString &text, const Actor &actor, int limit) const {
    QList<Learner> out;
    const QString t = text.simplified();
    if (t.isEmpty()) {
        return out;
    }
    QString pattern = t;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
    const QString nameMatch = QStringLiteral("(r.given_name || ' ' || r.family_name LIKE :v ESCAPE '\\')");
    struct Query {
        QString kind;
        QString where;
    };
    const Query queries[] = {
        {QStringLiteral("resident"), QStringLiteral("(%1 OR r.card LIKE :v ESCAPE '\\')").arg(nameMatch)},
        {QStringLiteral("volunteer"), nameMatch},
        {QStringLiteral("staff"),
         QStringLiteral("(r.display_name LIKE :v ESCAPE '\\' OR r.username LIKE :v ESCAPE '\\')")},
    };
    for (const Query &query : queries) {
        QString sql;
        if (query.kind == QLatin1String("resident")) {
            sql =
                QStringLiteral("SELECT r.id FROM residents r WHERE %1 AND r.deleted = 0 AND r.anonymised = 0")
                    .arg(query.where) +
                ResidentRepository::visibilityClause(actor, QStringLiteral("r.id")) +
                QStringLiteral(
                    " ORDER BY r.family_name COLLATE NOCASE, r.given_name COLLATE NOCASE LIMIT :n");
        } else if (query.kind == QLatin1String("volunteer")) {
            sql = QStringLiteral(
                      "SELECT r.id FROM volunteers r WHERE %1 AND r.deleted = 0 AND r.anonymised = 0 "
                      "ORDER BY r.family_name COLLATE NOCASE LIMIT :n")
                      .arg(query.where);
        } else {
            sql = QStringLiteral(
                      "SELECT r.id FROM users r WHERE %1 AND r.deleted = 0 AND r.role <> 'volunteer' "
                      "ORDER BY r.display_name COLLATE NOCASE LIMIT :n")
                      .arg(query.where);
        }
        Sql q(m_db, sql);
        q.bind(QStringLiteral(":v"), pattern).bind(QStringLiteral(":n"), limit);
        if (query.kind == QLatin1String("resident")) {
            ResidentRepository::bindVisibility(q, actor);
        }
        q.exec();
        QStringList ids;
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
        for (const QString &id : ids) {
            if (out.size() >= limit) {
                return out;
            }
            if (std::optional<Learner> l = byKindAndId(query.kind, id, actor)) {
                out.append(*l);
            }
        }
    }
    return out;
}
