#include "ResidentSearch.h"

#include "ResidentRepository.h"
#include "auth/Actor.h"
#include "core/TextFold.h"
#include "store/Sql.h"

QList<ResidentHit> ResidentSearch::find(const QString &text, const Actor &actor, int limit) const {
    QList<ResidentHit> hits;
    const QStringList words = TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0 || !actor.can(Permission::ResidentView)) {
        return hits;
    }
    QStringList indexed;
    QStringList shortWords;
    for (const QString &w : words) {
        (w.size() >= 3 ? indexed : shortWords).append(w);
    }

    QString sql = QStringLiteral("SELECT r.id, r.card, r.given_name, r.family_name, r.postcode, r.phone "
                                 "FROM residents r WHERE r.deleted = 0 AND r.anonymised = 0");
    if (!indexed.isEmpty()) {
        sql += QStringLiteral(
            " AND r.rowid IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :match)");
    }
    for (int i = 0; i < shortWords.size(); ++i) {
        sql += QStringLiteral(" AND r.search_text LIKE :short%1").arg(i);
    }
    sql += ResidentRepository::visibilityClause(actor, QStringLiteral("r.id"));
    sql +=
        QStringLiteral(" ORDER BY (r.card = :exact) DESC, r.family_name COLLATE NOCASE, r.given_name COLLATE "
                       "NOCASE LIMIT :limit");

    Sql q(m_db, sql);
    if (!indexed.isEmpty()) {
        // Folded words hold only letters and digits, so quoting each as an FTS5 string is safe.
        QStringList phrases;
        for (const QString &w : indexed) {
            phrases.append(QLatin1Char('"') + w + QLatin1Char('"'));
        }
        q.bind(QStringLiteral(":match"), phrases.join(QLatin1Char(' ')));
    }
    for (int i = 0; i < shortWords.size(); ++i) {
        q.bind(QStringLiteral(":short%1").arg(i),
               QString(QLatin1Char('%') + shortWords[i] + QLatin1Char('%')));
    }
    ResidentRepository::bindVisibility(q, actor);
    q.bind(QStringLiteral(":exact"), TextFold::withoutSpaces(text).toUpper());
    q.bind(QStringLiteral(":limit"), limit);
    q.exec();
    while (q.next()) {
        hits.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return hits;
}
