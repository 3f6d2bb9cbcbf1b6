#include "TrainingQueries.h"

#include "auth/Actor.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("TrainingQueries", text);
}

QDate dateOf(const QVariant &v) {
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime instantOf(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString esc(const QString &s) {
    return s.toHtmlEscaped();
}

QString kindWord(const QString &kind) {
    return kind == QLatin1String("observation")
               ? QCoreApplication::translate("TrainingQueries", "Observation")
           : kind == QLatin1String("file")  ? QCoreApplication::translate("TrainingQueries", "File")
           : kind == QLatin1String("photo") ? QCoreApplication::translate("TrainingQueries", "Photo")
                                            : QCoreApplication::translate("TrainingQueries", "Note");
}
} // namespace

int UnitProgress::signedOff() const {
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [](const OutcomeProgress &o) { return o.signedOff(); }));
}

int Portfolio::achievedUnits() const {
    return int(std::count_if(units.begin(), units.end(), [](const UnitProgress &u) { return u.achieved(); }));
}

bool TrainingQueries::seesEveryone(const Actor &actor) {
    return actor.can(Permission::TrainingAssess) || actor.can(Permission::TrainingVerify);
}

QList<TraineeRow> TrainingQueries::trainees(const Actor &actor) const {
    QList<TraineeRow> out;
    const bool all = seesEveryone(actor);
    if (!all && (!actor.can(Permission::TrainingOwn) || actor.volunteerId().isEmpty())) {
        return out;
    }
    QString sql = QStringLiteral(
        "SELECT v.id, v.given_name || ' ' || v.family_name, COALESCE(b.name, ''), p.code, e.enrolled_on, "
        "e.graduated_on, "
        "(SELECT count(*) FROM pathway_units pu JOIN unit_achievements a ON a.unit_id = pu.unit_id AND "
        " a.volunteer_id = v.id AND a.deleted = 0 WHERE pu.pathway_id = p.id AND pu.deleted = 0), "
        "(SELECT count(*) FROM pathway_units pu WHERE pu.pathway_id = p.id AND pu.deleted = 0), "
        "(SELECT count(DISTINCT ev.outcome_id) FROM evidence ev WHERE ev.volunteer_id = v.id AND ev.deleted "
        "= 0 AND "
        " NOT EXISTS (SELECT 1 FROM outcome_signoffs s WHERE s.volunteer_id = v.id AND s.outcome_id = "
        "ev.outcome_id "
        " AND s.deleted = 0)), "
        "(SELECT count(*) FROM unit_achievements a WHERE a.volunteer_id = v.id AND a.deleted = 0 AND "
        " a.verified_by IS NULL) "
        "FROM enrolments e JOIN volunteers v ON v.id = e.volunteer_id JOIN pathways p ON p.id = e.pathway_id "
        "LEFT JOIN branches b ON b.id = v.home_branch_id "
        "WHERE e.deleted = 0 AND v.deleted = 0 AND v.anonymised = 0");
    if (!all) {
        sql += QStringLiteral(" AND v.id = :me");
    }
    sql += QStringLiteral(" ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE, p.code");
    Sql q(m_db, sql);
    if (!all) {
        q.bind(QStringLiteral(":me"), actor.volunteerId());
    }
    q.exec();
    while (q.next()) {
        TraineeRow r;
        r.volunteerId = q.value(0).toString();
        r.name = q.value(1).toString();
        r.branchName = q.value(2).toString();
        r.pathwayCode = q.value(3).toString();
        r.enrolledOn = dateOf(q.value(4));
        r.graduatedOn = dateOf(q.value(5));
        r.unitsAchieved = q.value(6).toInt();
        r.unitsInPathway = q.value(7).toInt();
        r.awaitingSignOff = q.value(8).toInt();
        r.awaitingVerification = q.value(9).toInt();
        out.append(r);
    }
    return out;
}

std::optional<Portfolio> TrainingQueries::portfolio(const QString &volunteerId, const Actor &actor) const {
    if (!seesEveryone(actor) && (!actor.can(Permission::TrainingOwn) || actor.volunteerId() != volunteerId)) {
        return std::nullopt;
    }
    Sql v(m_db, QStringLiteral(
                    "SELECT v.given_name || ' ' || v.family_name, COALESCE(b.name, '') FROM volunteers v "
                    "LEFT JOIN branches b ON b.id = v.home_branch_id WHERE v.id = :v AND v.deleted = 0"));
    v.bind(QStringLiteral(":v"), volunteerId).exec();
    if (!v.next()) {
        return std::nullopt;
    }
    Portfolio p;
    p.volunteerId = volunteerId;
    p.volunteerName = v.value(0).toString();
    p.branchName = v.value(1).toString();
    Sql e(m_db,
          QStringLiteral(
              "SELECT p.code, p.name, e.enrolled_on, e.graduated_on FROM enrolments e JOIN pathways p "
              "ON p.id = e.pathway_id WHERE e.volunteer_id = :v AND e.deleted = 0 ORDER BY e.enrolled_on"));
    e.bind(QStringLiteral(":v"), volunteerId).exec();
    while (e.next()) {
        p.enrolments.append(
            {e.value(0).toString(), e.value(1).toString(), dateOf(e.value(2)), dateOf(e.value(3))});
    }
    const TrainingCatalogue catalogue(m_db);
    QSet<QString> seen;
    for (const Portfolio::Enrolment &en : p.enrolments) {
        const std::optional<Pathway> pathway = catalogue.pathwayByCode(en.pathwayCode);
        if (!pathway) {
            continue;
        }
        for (const TrainingUnit &u : pathway->units) {
            if (seen.contains(u.id)) {
                continue;
            }
            seen.insert(u.id);
            UnitProgress up;
            up.unit = u;
            for (const TrainingOutcome &o : u.outcomes) {
                up.outcomes.append({o, {}, {}, {}});
            }
            p.units.append(up);
        }
    }
    QHash<QString, QPair<int, int>> outcomeAt; // outcome id → unit index, outcome index
    QHash<QString, int> unitAt;
    for (int i = 0; i < p.units.size(); ++i) {
        unitAt.insert(p.units.at(i).unit.id, i);
        for (int j = 0; j < p.units.at(i).outcomes.size(); ++j) {
            outcomeAt.insert(p.units.at(i).outcomes.at(j).outcome.id, {i, j});
        }
    }
    Sql ev(m_db, QStringLiteral(
                     "SELECT ev.id, ev.outcome_id, ev.kind, ev.note, ev.file_name, ev.file_sha256, "
                     "ev.file_bytes, COALESCE(ev.author_id, ''), COALESCE(u.display_name, ''), ev.created_at "
                     "FROM evidence ev LEFT JOIN users u ON u.id = ev.author_id "
                     "WHERE ev.volunteer_id = :v AND ev.deleted = 0 ORDER BY ev.created_at"));
    ev.bind(QStringLiteral(":v"), volunteerId).exec();
    while (ev.next()) {
        // value() with a default rather than find(): GCC's -Wnull-dereference misreads QHash iterators at
        // -O2.
        const QPair<int, int> at = outcomeAt.value(ev.value(1).toString(), {-1, -1});
        if (at.first < 0) {
            continue;
        }
        p.units[at.first].outcomes[at.second].evidence.append(
            {ev.value(0).toString(), ev.value(2).toString(), ev.value(3).toString(), ev.value(4).toString(),
             ev.value(5).toString(), ev.value(6).toLongLong(), ev.value(7).toString(), ev.value(8).toString(),
             instantOf(ev.value(9))});
    }
    Sql s(m_db, QStringLiteral(
                    "SELECT s.outcome_id, COALESCE(u.display_name, ''), s.signed_at FROM outcome_signoffs s "
                    "LEFT JOIN users u ON u.id = s.assessor_id WHERE s.volunteer_id = :v AND s.deleted = 0"));
    s.bind(QStringLiteral(":v"), volunteerId).exec();
    while (s.next()) {
        const QPair<int, int> at = outcomeAt.value(s.value(0).toString(), {-1, -1});
        if (at.first >= 0) {
            OutcomeProgress &o = p.units[at.first].outcomes[at.second];
            o.signedOffBy = s.value(1).toString();
            o.signedAt = instantOf(s.value(2));
        }
    }
    Sql a(m_db,
          QStringLiteral(
              "SELECT a.unit_id, a.achieved_on, COALESCE(u.display_name, ''), "
              "COALESCE((SELECT c.reference FROM claim_items i JOIN claims c ON c.id = i.claim_id WHERE "
              " i.volunteer_id = a.volunteer_id AND i.unit_id = a.unit_id AND i.deleted = 0 AND c.deleted = "
              "0), ''), "
              "COALESCE((SELECT c.status FROM claim_items i JOIN claims c ON c.id = i.claim_id WHERE "
              " i.volunteer_id = a.volunteer_id AND i.unit_id = a.unit_id AND i.deleted = 0 AND c.deleted = "
              "0), ''), "
              "COALESCE((SELECT i.certificate_number FROM claim_items i JOIN claims c ON c.id = i.claim_id "
              "WHERE "
              " i.volunteer_id = a.volunteer_id AND i.unit_id = a.unit_id AND i.deleted = 0 AND c.deleted = "
              "0), ''), "
              "a.verified_by IS NOT NULL "
              "FROM unit_achievements a LEFT JOIN users u ON u.id = a.verified_by "
              "WHERE a.volunteer_id = :v AND a.deleted = 0"));
    a.bind(QStringLiteral(":v"), volunteerId).exec();
    while (a.next()) {
        const int at = unitAt.value(a.value(0).toString(), -1);
        if (at < 0) {
            continue;
        }
        UnitProgress &u = p.units[at];
        u.achievedOn = dateOf(a.value(1));
        u.verifiedBy = a.value(6).toBool()
                           ? (a.value(2).toString().isEmpty() ? tr("verified") : a.value(2).toString())
                           : QString();
        u.claimReference = a.value(3).toString();
        u.claimStatus = a.value(4).toString();
        u.certificateNumber = a.value(5).toString();
    }
    return p;
}

QList<ClaimableRow> TrainingQueries::claimable(const Actor &actor) const {
    QList<ClaimableRow> out;
    if (!actor.can(Permission::TrainingVerify)) {
        return out;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT a.volunteer_id, v.given_name || ' ' || v.family_name, a.unit_id, u.code, u.title, "
              "a.achieved_on FROM unit_achievements a JOIN volunteers v ON v.id = a.volunteer_id "
              "JOIN training_units u ON u.id = a.unit_id WHERE a.deleted = 0 AND a.verified_by IS NOT "
              "NULL AND NOT EXISTS (SELECT 1 FROM claim_items i JOIN claims c ON c.id = i.claim_id "
              "WHERE i.volunteer_id = a.volunteer_id AND i.unit_id = a.unit_id AND i.deleted = 0 AND "
              "c.deleted = 0) ORDER BY a.achieved_on, v.family_name COLLATE NOCASE, u.code"));
    q.exec();
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), dateOf(q.value(5))});
    }
    return out;
}

QList<ClaimRow> TrainingQueries::claims(const Actor &actor) const {
    QList<ClaimRow> out;
    if (!actor.can(Permission::TrainingVerify)) {
        return out;
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT c.id, c.reference, c.status, c.created_at, c.submitted_at, c.certificated_at, "
                    "(SELECT count(*) FROM claim_items i WHERE i.claim_id = c.id AND i.deleted = 0) "
                    "FROM claims c WHERE c.deleted = 0 ORDER BY c.created_at DESC"));
    q.exec();
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    instantOf(q.value(3)), instantOf(q.value(4)), instantOf(q.value(5)), q.value(6).toInt()});
    }
    return out;
}

QList<ClaimItemRow> TrainingQueries::claimItems(const QString &claimId, const Actor &actor) const {
    QList<ClaimItemRow> out;
    if (!actor.can(Permission::TrainingVerify)) {
        return out;
    }
    Sql q(m_db,
          QStringLiteral(
              "SELECT i.id, i.volunteer_id, v.given_name || ' ' || v.family_name, i.unit_id, u.code, "
              "u.title, i.certificate_number FROM claim_items i JOIN volunteers v ON v.id = "
              "i.volunteer_id JOIN training_units u ON u.id = i.unit_id WHERE i.claim_id = :c AND "
              "i.deleted = 0 ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE, u.code"));
    q.bind(QStringLiteral(":c"), claimId).exec();
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                    q.value(6).toString()});
    }
    return out;
}

GraduateTotals TrainingQueries::graduates(const Actor &actor) const {
    GraduateTotals t;
    if (!seesEveryone(actor)) {
        return t;
    }
    t.target = Sql(m_db, QStringLiteral("SELECT value FROM settings WHERE key = 'graduate_target'"))
                   .scalar()
                   .toInt();
    t.enrolled =
        Sql(m_db, QStringLiteral("SELECT count(DISTINCT volunteer_id) FROM enrolments WHERE deleted = 0"))
            .scalar()
            .toInt();
    // A volunteer graduating from two pathways counts once, in the month of their first graduation.
    const QString graduates = QStringLiteral(
        "SELECT e.volunteer_id, min(e.graduated_on) AS on_day FROM enrolments e WHERE e.deleted = 0 AND "
        "e.graduated_on IS NOT NULL GROUP BY e.volunteer_id");
    Sql m(m_db, QStringLiteral("SELECT substr(g.on_day, 1, 7), count(*) FROM (%1) g GROUP BY 1 ORDER BY 1")
                    .arg(graduates));
    m.exec();
    while (m.next()) {
        t.byMonth.append({m.value(0).toString(), m.value(1).toInt()});
        t.total += m.value(1).toInt();
    }
    Sql b(m_db, QStringLiteral(
                    "SELECT COALESCE(b.name, :none), count(*) FROM (%1) g JOIN volunteers v ON v.id = "
                    "g.volunteer_id LEFT JOIN branches b ON b.id = v.home_branch_id GROUP BY 1 ORDER BY 2 "
                    "DESC, 1")
                    .arg(graduates));
    b.bind(QStringLiteral(":none"), tr("No home branch")).exec();
    while (b.next()) {
        t.byBranch.append({b.value(0).toString(), b.value(1).toInt()});
    }
    return t;
}

QList<QPair<QString, QString>> TrainingQueries::volunteersNotOn(const QString &pathwayCode,
                                                                const Actor &actor) const {
    QList<QPair<QString, QString>> out;
    if (!actor.can(Permission::TrainingVerify)) {
        return out;
    }
    Sql q(m_db, QStringLiteral(
                    "SELECT v.id, v.given_name || ' ' || v.family_name FROM volunteers v WHERE v.deleted = 0 "
                    "AND v.anonymised = 0 AND v.status <> 'left' AND NOT EXISTS (SELECT 1 FROM enrolments e "
                    "JOIN pathways p ON p.id = e.pathway_id WHERE e.volunteer_id = v.id AND p.code = :p) "
                    "ORDER BY v.family_name COLLATE NOCASE, v.given_name COLLATE NOCASE"));
    q.bind(QStringLiteral(":p"), pathwayCode).exec();
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

QStringList TrainingQueries::gatedChannels(const QSqlDatabase &db) {
    QSet<QString> out;
    Sql q(db, QStringLiteral("SELECT unlocks FROM training_units WHERE deleted = 0 AND unlocks <> ''"));
    q.exec();
    while (q.next()) {
        for (const QString &c : q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            out.insert(c.trimmed());
        }
    }
    QStringList list(out.begin(), out.end());
    list.sort();
    return list;
}

QStringList TrainingQueries::unlockedChannels(const QSqlDatabase &db, const QString &volunteerId) {
    QSet<QString> out;
    Sql q(db, QStringLiteral(
                  "SELECT u.unlocks FROM unit_achievements a JOIN training_units u ON u.id = a.unit_id "
                  "WHERE a.volunteer_id = :v AND a.deleted = 0 AND u.deleted = 0 AND u.unlocks <> ''"));
    q.bind(QStringLiteral(":v"), volunteerId).exec();
    while (q.next()) {
        for (const QString &c : q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            out.insert(c.trimmed());
        }
    }
    QStringList list(out.begin(), out.end());
    list.sort();
    return list;
}

QString TrainingQueries::portfolioHtml(const Portfolio &p, const QDate &printedOn,
                                       const QString &councilName) {
    const QString dateFormat = QStringLiteral("d MMM yyyy");
    QString h = QStringLiteral("<html><body style=\"font-family: sans-serif; font-size: 10pt\">");
    if (!councilName.isEmpty()) {
        h += QStringLiteral("<p style=\"color:#555\">%1</p>").arg(esc(councilName));
    }
    h += QStringLiteral("<h1>%1</h1><h2>%2</h2>").arg(esc(tr("Training portfolio")), esc(p.volunteerName));
    if (!p.branchName.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(esc(tr("Home branch: %1").arg(p.branchName)));
    }
    for (const Portfolio::Enrolment &e : p.enrolments) {
        h += QStringLiteral("<p><b>%1</b> (%2) — %3%4</p>")
                 .arg(esc(e.pathwayName), esc(e.pathwayCode),
                      esc(tr("enrolled %1").arg(e.enrolledOn.toString(dateFormat))),
                      e.graduatedOn.isValid()
                          ? esc(tr("; graduated %1").arg(e.graduatedOn.toString(dateFormat)))
                          : QString());
    }
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(tr("Units achieved: %1 of %2.").arg(p.achievedUnits()).arg(p.units.size())));
    for (const UnitProgress &u : p.units) {
        QString status;
        if (u.achieved()) {
            status = tr("Achieved %1").arg(u.achievedOn.toString(dateFormat));
            status += u.verified() ? tr(", verified by %1").arg(u.verifiedBy) : tr(", awaiting verification");
            if (!u.certificateNumber.isEmpty()) {
                status += tr(", certificate %1").arg(u.certificateNumber);
            } else if (!u.claimReference.isEmpty()) {
                status += tr(", claim %1 (%2)").arg(u.claimReference, u.claimStatus);
            }
        } else {
            status = tr("%1 of %2 outcomes signed off").arg(u.signedOff()).arg(u.outcomes.size());
        }
        h += QStringLiteral("<h3>%1 %2 <span style=\"font-weight:normal\">(%3)</span></h3><p>%4</p>")
                 .arg(esc(u.unit.code), esc(u.unit.title), esc(u.unit.level), esc(status));
        h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
        for (const OutcomeProgress &o : u.outcomes) {
            QString evidence;
            for (const EvidenceItem &e : o.evidence) {
                QString line = kindWord(e.kind) + QStringLiteral(", ") +
                               e.createdAt.toLocalTime().date().toString(dateFormat);
                if (!e.authorName.isEmpty()) {
                    line += QStringLiteral(", ") + tr("by %1").arg(e.authorName);
                }
                if (!e.fileName.isEmpty()) {
                    line += QStringLiteral(": ") + e.fileName.section(QLatin1Char('/'), -1) +
                            QStringLiteral(" (SHA-256 ") + e.sha256.left(12) + QStringLiteral("…)");
                }
                if (!e.note.isEmpty()) {
                    line += QStringLiteral(": ") + e.note;
                }
                evidence += QStringLiteral("<div>%1</div>").arg(esc(line));
            }
            if (evidence.isEmpty()) {
                evidence = esc(tr("No evidence yet."));
            }
            h += QStringLiteral("<tr><td width=\"35%\"><b>%1.%2</b> %3<br/><i>%4</i></td><td>%5</td><td "
                                "width=\"20%\">%6</td></tr>")
                     .arg(esc(u.unit.code))
                     .arg(o.outcome.seq)
                     .arg(esc(o.outcome.wording), esc(o.outcome.evidenceNeeded), evidence,
                          esc(o.signedOff() ? tr("Signed off by %1, %2")
                                                  .arg(o.signedOffBy,
                                                       o.signedAt.toLocalTime().date().toString(dateFormat))
                                            : tr("Not signed off")));
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p style=\"color:#555\">%1</p></body></html>")
             .arg(esc(tr("Printed %1.").arg(printedOn.toString(dateFormat))));
    return h;
}
