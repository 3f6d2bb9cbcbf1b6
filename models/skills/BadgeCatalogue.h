#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// One iDEA badge the council offers. Points and categories are the council's data, not constants.
struct Badge {
    QString id;
    QString code; // e.g. CIT-01
    QString name;
    QString category; // Citizen, Worker, Maker, Entrepreneur, Gamer, …
    int points = 0;
    bool active = true; // inactive: no longer offered, but badges already earned still count
    int version = 0;
};

// An award a learner reaches at a number of points (Bronze 250 by default; Silver and Gold as set).
struct AwardLevel {
    QString id;
    QString name;
    int threshold = 0;
    int version = 0;
};

// Reads the catalogue and the award levels from the store.
class BadgeCatalogue {
public:
    explicit BadgeCatalogue(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QList<Badge> badges(bool activeOnly = false) const; // by category, then code
    std::optional<Badge> byCode(const QString &code) const;
    std::optional<Badge> byCodeOrName(const QString &text) const;
    QList<AwardLevel> awardLevels() const; // lowest threshold first
    std::optional<AwardLevel> awardLevel(const QString &name) const;
    QStringList categories() const; // the usual five first, then any the council added

    static QString normaliseCode(const QString &code); // " cit-01 " → "CIT-01"
    static bool isValidCode(const QString &normalisedCode);
    static QStringList standardCategories();
    // Stable ids, so two desks loading the same catalogue agree on every row (like 0002's Bronze).
    static QString badgeIdFor(const QString &code);
    static QString awardIdFor(const QString &name);

private:
    QSqlDatabase m_db;
};

// A catalogue as a file: JSON (badges and award levels) or CSV (badges: code,name,category,points,active).
// Parsing checks every entry and lists every problem; nothing here touches the store.
struct BadgeCatalogueFile {
    QList<Badge> badges;
    QList<AwardLevel> awardLevels;
    QStringList problems; // "line 4: …" / "badge 3: …"

    bool ok() const { return problems.isEmpty(); }

    static BadgeCatalogueFile parseJson(const QByteArray &bytes);
    static BadgeCatalogueFile parseCsv(const QByteArray &bytes);
    // By the file name's ending (.json or .csv); anything else is a problem.
    static BadgeCatalogueFile parse(const QByteArray &bytes, const QString &fileName);
    // The catalogue shipped in resources/badges/idea-catalogue.json.
    static BadgeCatalogueFile defaultCatalogue();

    static QByteArray toJson(const QList<Badge> &badges, const QList<AwardLevel> &levels);
    static QByteArray toCsv(const QList<Badge> &badges);

    // One entry's rules (also used by the catalogue commands). Tidies the badge in place.
    static std::optional<QString> validate(Badge &badge);
    static std::optional<QString> validate(AwardLevel &level);

    static constexpr qsizetype kMaxBytes = 5 * 1024 * 1024;
};
