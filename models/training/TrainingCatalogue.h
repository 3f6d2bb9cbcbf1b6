#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

// One learning outcome of a unit: its wording and the evidence it needs.
struct TrainingOutcome {
    QString id;
    int seq = 0;
    QString wording;
    QString evidenceNeeded;
};

// A unit of the accredited scheme (AQA Unit Award Scheme style). `unlocks` lists the booking channels a
// volunteer may take once they have achieved it (home visits need safeguarding).
struct TrainingUnit {
    QString id;
    QString code;
    QString title;
    QString level;
    QStringList unlocks;
    QList<TrainingOutcome> outcomes;
};

// An ordered set of units; a volunteer who achieves every one graduates.
struct Pathway {
    QString id;
    QString code;
    QString name;
    QList<TrainingUnit> units; // in pathway order
};

// Reads units, outcomes and pathways.
class TrainingCatalogue {
public:
    explicit TrainingCatalogue(QSqlDatabase db)
        : m_db(std::move(db)) {}

    QList<Pathway> pathways() const;
    std::optional<Pathway> pathwayByCode(const QString &code) const;
    std::optional<TrainingUnit> unitByCode(const QString &code) const;
    std::optional<TrainingUnit> unitById(const QString &id) const;
    // The unit an outcome belongs to (with all its outcomes), or nothing.
    std::optional<TrainingUnit> unitOfOutcome(const QString &outcomeId) const;

private:
    std::optional<TrainingUnit> unitWhere(const QString &where, const QString &value) const;
    QSqlDatabase m_db;
};

// A pathway as a file (resources/training/techmates-pathway.json): code, name and its units with outcomes.
struct PathwayFile {
    Pathway pathway;
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }

    static PathwayFile parseJson(const QByteArray &bytes);
    static PathwayFile defaultPathway();
    // Tidies and checks one unit (shared with the import command).
    static std::optional<QString> validate(TrainingUnit &unit);
};
