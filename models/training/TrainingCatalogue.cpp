#include "TrainingCatalogue.h"

#include "store/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("TrainingCatalogue", text);
}

const QStringList &channels() {
    static const QStringList all{QStringLiteral("phone"), QStringLiteral("video"), QStringLiteral("library"),
                                 QStringLiteral("home")};
    return all;
}
} // namespace

std::optional<TrainingUnit> TrainingCatalogue::unitWhere(const QString &where, const QString &value) const {
    Sql q(m_db, QStringLiteral(
                    "SELECT id, code, title, level, unlocks FROM training_units WHERE %1 AND deleted = 0")
                    .arg(where));
    q.bind(QStringLiteral(":v"), value).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    TrainingUnit u{q.value(0).toString(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   q.value(3).toString(),
                   q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
                   {}};
    Sql o(m_db, QStringLiteral("SELECT id, seq, wording, evidence_needed FROM training_outcomes "
                               "WHERE unit_id = :u AND deleted = 0 ORDER BY seq"));
    o.bind(QStringLiteral(":u"), u.id).exec();
    while (o.next()) {
        u.outcomes.append(
            {o.value(0).toString(), o.value(1).toInt(), o.value(2).toString(), o.value(3).toString()});
    }
    return u;
}

std::optional<TrainingUnit> TrainingCatalogue::unitByCode(const QString &code) const {
    return unitWhere(QStringLiteral("code = :v COLLATE NOCASE"), code.trimmed());
}

std::optional<TrainingUnit> TrainingCatalogue::unitById(const QString &id) const {
    return unitWhere(QStringLiteral("id = :v"), id);
}

std::optional<TrainingUnit> TrainingCatalogue::unitOfOutcome(const QString &outcomeId) const {
    const QVariant unit =
        Sql(m_db, QStringLiteral("SELECT unit_id FROM training_outcomes WHERE id = :o AND deleted = 0"))
            .bind(QStringLiteral(":o"), outcomeId)
            .scalar();
    if (!unit.isValid()) {
        return std::nullopt;
    }
    return unitById(unit.toString());
}

QList<Pathway> TrainingCatalogue::pathways() const {
    QList<Pathway> out;
    Sql q(m_db, QStringLiteral("SELECT code FROM pathways WHERE deleted = 0 ORDER BY code"));
    q.exec();
    QStringList codes;
    while (q.next()) {
        codes.append(q.value(0).toString());
    }
    for (const QString &code : codes) {
        if (std::optional<Pathway> p = pathwayByCode(code)) {
            out.append(*p);
        }
    }
    return out;
}

std::optional<Pathway> TrainingCatalogue::pathwayByCode(const QString &code) const {
    Sql q(m_db, QStringLiteral(
                    "SELECT id, code, name FROM pathways WHERE code = :c COLLATE NOCASE AND deleted = 0"));
    q.bind(QStringLiteral(":c"), code.trimmed()).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    Pathway p{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}};
    Sql u(m_db, QStringLiteral(
                    "SELECT unit_id FROM pathway_units WHERE pathway_id = :p AND deleted = 0 ORDER BY seq"));
    u.bind(QStringLiteral(":p"), p.id).exec();
    QStringList ids;
    while (u.next()) {
        ids.append(u.value(0).toString());
    }
    for (const QString &id : ids) {
        if (std::optional<TrainingUnit> unit = unitById(id)) {
            p.units.append(*unit);
        }
    }
    return p;
}

std::optional<QString> PathwayFile::validate(TrainingUnit &u) {
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{1,15}$"));
    u.code = u.code.simplified().toUpper();
    u.title = u.title.simplified();
    u.level = u.level.simplified();
    if (!codeRe.match(u.code).hasMatch()) {
        return tr("a unit code is 2 to 16 letters, digits, - or _ (for example TM02), not “%1”")
            .arg(u.code.left(40));
    }
    if (u.title.isEmpty() || u.title.size() > 160) {
        return tr("unit %1 needs a title of at most 160 characters").arg(u.code);
    }
    if (u.level.size() > 40) {
        return tr("unit %1: the level is at most 40 characters").arg(u.code);
    }
    for (QString &c : u.unlocks) {
        c = c.trimmed().toLower();
        if (!channels().contains(c)) {
            return tr("unit %1 can unlock only the booking channels %2, not “%3”")
                .arg(u.code, channels().join(QStringLiteral(", ")), c.left(20));
        }
    }
    if (u.outcomes.isEmpty() || u.outcomes.size() > 30) {
        return tr("unit %1 needs between 1 and 30 outcomes").arg(u.code);
    }
    for (int i = 0; i < u.outcomes.size(); ++i) {
        TrainingOutcome &o = u.outcomes[i];
        o.seq = i + 1;
        o.wording = o.wording.simplified();
        o.evidenceNeeded = o.evidenceNeeded.simplified();
        if (o.wording.isEmpty() || o.wording.size() > 400 || o.evidenceNeeded.size() > 400) {
            return tr("unit %1, outcome %2: the wording (needed) and the evidence needed are at most 400 "
                      "characters")
                .arg(u.code)
                .arg(i + 1);
        }
    }
    return std::nullopt;
}

PathwayFile PathwayFile::parseJson(const QByteArray &bytes) {
    PathwayFile file;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        file.problems.append(tr("the file is not a JSON training pathway."));
        return file;
    }
    const QJsonObject root = doc.object();
    file.pathway.code = root.value(QStringLiteral("code")).toString().simplified().toUpper();
    file.pathway.name = root.value(QStringLiteral("name")).toString().simplified();
    if (file.pathway.code.isEmpty() || file.pathway.name.isEmpty()) {
        file.problems.append(tr("the pathway needs a code and a name."));
    }
    int n = 0;
    QSet<QString> codes;
    for (const QJsonValue &v : root.value(QStringLiteral("units")).toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        TrainingUnit u;
        u.code = o.value(QStringLiteral("code")).toString();
        u.title = o.value(QStringLiteral("title")).toString();
        u.level = o.value(QStringLiteral("level")).toString();
        for (const QJsonValue &c : o.value(QStringLiteral("unlocks")).toArray()) {
            u.unlocks.append(c.toString());
        }
        for (const QJsonValue &ov : o.value(QStringLiteral("outcomes")).toArray()) {
            u.outcomes.append({QString(), 0, ov.toObject().value(QStringLiteral("wording")).toString(),
                               ov.toObject().value(QStringLiteral("evidence_needed")).toString()});
        }
        if (std::optional<QString> why = validate(u)) {
            file.problems.append(tr("unit %1: %2.").arg(n).arg(*why));
            continue;
        }
        if (codes.contains(u.code)) {
            file.problems.append(tr("unit %1: the code %2 appears twice.").arg(n).arg(u.code));
        }
        codes.insert(u.code);
        file.pathway.units.append(u);
    }
    if (file.pathway.units.isEmpty() && file.problems.isEmpty()) {
        file.problems.append(tr("the pathway has no units."));
    }
    return file;
}

PathwayFile PathwayFile::defaultPathway() {
    QFile f(QStringLiteral(":/training/techmates-pathway.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        PathwayFile file;
        file.problems.append(tr("the TechMates pathway is missing from this build."));
        return file;
    }
    return parseJson(f.readAll());
}
