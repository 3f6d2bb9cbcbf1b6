#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

class Actor;

// Someone who earns iDEA badges: a resident, a volunteer (TechMate) or a member of staff (a desk user).
struct Learner {
    QString kind; // resident, volunteer, staff
    QString id;
    QString name;
    QString card;     // residents: library card; staff: user name; volunteers: empty
    QString branchId; // home branch, when known

    bool isValid() const { return !id.isEmpty(); }
};

// Finds learners the actor may see. A volunteer reaches only residents they have a booking with
// (ResidentRepository's rule), their own volunteer record and nobody's staff record but their own user;
// staff who may see every resident see every learner.
class LearnerDirectory {
public:
    explicit LearnerDirectory(QSqlDatabase db)
        : m_db(std::move(db)) {}

    // A library card, a resident/volunteer/user id, or a staff user name (as typed on the command line or
    // scanned at the desk). Nothing when unknown or out of the actor's sight; *error says which.
    std::optional<Learner> resolve(const QString &cardOrId, const Actor &actor, QString *error) const;
    std::optional<Learner> byKindAndId(const QString &kind, const QString &id, const Actor &actor) const;
    // Without visibility (the write path re-checks, the bus has checked the permission).
    std::optional<Learner> loadForWrite(const QString &kind, const QString &id) const;

    // Name, card or user name containing `text`; residents first. At most `limit` learners.
    QList<Learner> search(const QString &text, const Actor &actor, int limit = 50) const;

    static bool isKind(const QString &kind);

private:
    std::optional<Learner> load(const QString &kind, const QString &where, const QString &value,
                                const Actor *actor) const;
    QSqlDatabase m_db;
};
