#include "ResidentSearch.h"

#include "ResidentRepository.h"
#include "auth/Actor.h"
#include "core/TextFold.h"
#include "store/Sql.h"

namespace {
const QString kSelect =
    QStringLiteral("SELECT r.id, r.card, r.given_name, r.family_name, r.postcode, r.phone "
                   "FROM residents r WHERE r.deleted = 0 AND r.anonymised = 0");
const QString kOrder = QStringLiteral(" ORDER BY r.family_name COLLATE NOCASE, r.given_name COLLATE NOCASE");

ResidentHit hitFrom(Sql &q) {
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

// Folded words hold only letters and digits, so quoting each as an FTS5 string is safe.
QString ftsPhrases(const QStringList &words) {
    QStringList phrases;
    for (const QString &w : words) {
        phrases.append(QLatin1Char('"') + w + QLatin1Char('"'));
    }
    return phrases.join(QLatin1Char(' '));
}
} // namespace

ResidentSearch::Result ResidentSearch::search(const QString &text, const Actor &actor, int limit) const {
    Result result;
    const QStringList words = TextFold::fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty() || limit <= 0 || !actor.can(Permission::ResidentView)) {
        return result;
    }
    const QString visibility = ResidentRepository::visibilityClause(actor, QStringLiteral("r.id"));

    // A scanned or typed card number: straight to that resident, first in the list.
    const QString exactCard = TextFold::withoutSpaces(text).toUpper();
    QString exactId;
    if (words.size() == 1) {
        Sql q(m_db, kSelect + QStringLiteral(" AND r.card = :card") + visibility);
        q.bind(QStringLiteral(":card"), exactCard);
        ResidentRepository::bindVisibility(q, actor);
        q.exec();
        if (q.next()) {
            result.hits.append(hitFrom(q));
            exactId = result.hits.first().id;
        }
    }

    QStringList indexed;
    QStringList shortWords;
    for (const QString &w : words) {
        (w.size() >= 3 ? indexed : shortWords).append(w);
    }
    QString sql = kSelect;
    if (!indexed.isEmpty()) {
        sql += QStringLiteral(
                   " AND r.rowid IN (SELECT rowid FROM residents_fts WHERE residents_fts MATCH :match "
                   "LIMIT %1)")
                   .arg(kCandidateCap);
    } else {
        // Only one or two letters: surnames that start with the first word, read in order from the index.
        sql += QStringLiteral(" AND r.family_name LIKE :prefix");
    }
    const int firstFilter = indexed.isEmpty() ? 1 : 0;
    for (int i = firstFilter; i < shortWords.size(); ++i) {
        sql += QStringLiteral(" AND r.search_text LIKE :short%1").arg(i);
    }
    sql += visibility + kOrder + QStringLiteral(" LIMIT :limit");

    Sql q(m_db, sql);
    if (!indexed.isEmpty()) {
        q.bind(QStringLiteral(":match"), ftsPhrases(indexed));
    } else {
        q.bind(QStringLiteral(":prefix"), QString(shortWords.first() + QLatin1Char('%')));
    }
    for (int i = firstFilter; i < shortWords.size(); ++i) {
        q.bind(QStringLiteral(":short%1").arg(i),
               QString(QLatin1Char('%') + shortWords[i] + QLatin1Char('%')));
    }
    ResidentRepository::bindVisibility(q, actor);
    q.bind(QStringLiteral(":limit"), limit + (exactId.isEmpty() ? 0 : 1));
    q.exec();
    while (q.next() && result.hits.size() < limit) {
        ResidentHit hit = hitFrom(q);
        if (hit.id != exactId) {
            result.hits.append(std::move(hit));
        }
    }

    if (!indexed.isEmpty()) {
        Sql count(m_db,
                  QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM residents_fts WHERE residents_fts "
                                 "MATCH :match LIMIT %1)")
                      .arg(kCandidateCap + 1));
        result.moreThanShown =
            count.bind(QStringLiteral(":match"), ftsPhrases(indexed)).scalar().toInt() > kCandidateCap;
    }
    return result;
}
