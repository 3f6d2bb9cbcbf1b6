#include "SearchBenchmark.h"

#include "Timings.h"
#include "auth/Actor.h"
#include "core/IdSource.h"
#include "core/TextFold.h"
#include "residents/ResidentSearch.h"
#include "store/Sql.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QStringList>

#include <sqlite3.h>

namespace {
QStringList sampleQueries(Store &store, int count, quint64 seed) {
    IdSource rng(seed);
    const qint64 maxRow =
        Sql(store.database(), QStringLiteral("SELECT max(rowid) FROM residents")).scalar().toLongLong();
    QStringList queries;
    Sql pick(store.database(),
             QStringLiteral("SELECT given_name, family_name, card, phone, postcode FROM residents "
                            "WHERE rowid >= :r AND deleted = 0 ORDER BY rowid LIMIT 1"));
    while (queries.size() < count && maxRow > 0) {
        pick.bind(QStringLiteral(":r"), qint64(rng.bounded(quint32(maxRow))) + 1).exec();
        if (!pick.next()) {
            continue;
        }
        const QString given = pick.value(0).toString();
        // The longest folded word of the surname: a fragment typed at the desk never spans a hyphen.
        QString family;
        for (const QString &w :
             TextFold::fold(pick.value(1).toString()).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (w.size() > family.size()) {
                family = w;
            }
        }
        const QString card = pick.value(2).toString();
        const QString phone = TextFold::digitsOnly(pick.value(3).toString());
        const QString postcode = pick.value(4).toString();
        QString q;
        switch (queries.size() % 5) {
        case 0: // any part of the family name
            if (family.size() >= 4) {
                const int len = 3 + int(rng.bounded(quint32(qMin<qsizetype>(family.size() - 2, 3))));
                q = family.mid(rng.bounded(quint32(family.size() - len + 1)), len);
            }
            break;
        case 1: // first name and the start of the surname, as a librarian types them
            q = given + QLatin1Char(' ') + family.left(4);
            break;
        case 2:
            q = card.right(6);
            break;
        case 3:
            q = phone.right(6);
            break;
        case 4:
            q = postcode;
            break;
        }
        if (TextFold::fold(q).size() >= 3) {
            queries.append(q);
        }
    }
    return queries;
}

// The statement ResidentSearch runs for words of three letters or more, driven with the plain C API.
class RawSearch {
public:
    explicit RawSearch(const QString &path) {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_prepare_v2(
            m_db,
            "SELECT r.id, r.card, r.given_name, r.family_name, r.postcode, r.phone FROM residents r "
            "WHERE r.deleted = 0 AND r.anonymised = 0 AND r.rowid IN (SELECT rowid FROM residents_fts "
            "WHERE residents_fts MATCH ?1) ORDER BY (r.card = ?2) DESC, r.family_name COLLATE NOCASE, "
            "r.given_name COLLATE NOCASE LIMIT 50",
            -1, &m_stmt, nullptr);
    }
    ~RawSearch() {
        sqlite3_finalize(m_stmt);
        sqlite3_close(m_db);
    }
    RawSearch(const RawSearch &) = delete;
    RawSearch &operator=(const RawSearch &) = delete;

    int run(const QByteArray &match, const QByteArray &exact) {
        sqlite3_bind_text(m_stmt, 1, match.constData(), int(match.size()), SQLITE_STATIC);
        sqlite3_bind_text(m_stmt, 2, exact.constData(), int(exact.size()), SQLITE_STATIC);
        int rows = 0;
        while (sqlite3_step(m_stmt) == SQLITE_ROW) {
            for (int c = 0; c < 6; ++c) {
                sqlite3_column_text(m_stmt, c);
            }
            ++rows;
        }
        sqlite3_reset(m_stmt);
        return rows;
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};
} // namespace

BenchFigure SearchBenchmark::run(Store &store, int queries, quint64 seed) {
    const QStringList sample = sampleQueries(store, queries, seed);
    ResidentSearch search(store.database());
    const Actor everyone = Actor::system();
    RawSearch raw(store.path());

    // Pre-folded statements for the baseline: folding is part of our cost, not of raw SQLite's.
    QList<QPair<QByteArray, QByteArray>> rawArgs;
    for (const QString &q : sample) {
        QStringList phrases;
        for (const QString &w : TextFold::fold(q).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            phrases.append(QLatin1Char('"') + w + QLatin1Char('"'));
        }
        rawArgs.append(
            {phrases.join(QLatin1Char(' ')).toUtf8(), TextFold::withoutSpaces(q).toUpper().toUtf8()});
    }
    // Warm the page cache for both, so neither pays for the first disk reads.
    for (int i = 0; i < qMin(30, int(sample.size())); ++i) {
        search.find(sample[i], everyone, 50);
        raw.run(rawArgs[i].first, rawArgs[i].second);
    }

    Timings ours;
    Timings baseline;
    qint64 hits = 0;
    QElapsedTimer t;
    for (int i = 0; i < sample.size(); ++i) {
        t.start();
        hits += search.find(sample[i], everyone, 50).size();
        ours.add(double(t.nsecsElapsed()) / 1000.0);
        t.start();
        raw.run(rawArgs[i].first, rawArgs[i].second);
        baseline.add(double(t.nsecsElapsed()) / 1000.0);
    }
    BenchFigure f;
    f.name = QStringLiteral("resident search, first 50 hits (p95)");
    f.unit = QStringLiteral("ms");
    f.value = ours.percentile(95) / 1000.0;
    f.baseline = baseline.percentile(95) / 1000.0;
    f.target = QStringLiteral("p95 <= 10 ms");
    f.met = f.value <= 10.0;
    f.detail = QStringLiteral("%1 queries, %2 hits; ours median %3 ms p99 %4 ms; raw median %5 ms p99 %6 ms")
                   .arg(sample.size())
                   .arg(hits)
                   .arg(ours.median() / 1000.0, 0, 'f', 3)
                   .arg(ours.percentile(99) / 1000.0, 0, 'f', 3)
                   .arg(baseline.median() / 1000.0, 0, 'f', 3)
                   .arg(baseline.percentile(99) / 1000.0, 0, 'f', 3);
    return f;
}
