#include "BadgeCatalogue.h"

#include "core/CsvReader.h"
#include "core/CsvWriter.h"
#include "core/IdSource.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("BadgeCatalogue", text);
}

// toCsv (CsvWriter) puts an apostrophe before text that a spreadsheet would run as a formula ("-Robots" is
// written '-Robots); reading the file back takes it off again, as a spreadsheet does, so a catalogue exported
// and loaded again keeps its names.
QString withoutFormulaGuard(const QString &field) {
    if (field.size() >= 2 && field.at(0) == QLatin1Char('\'')) {
        const QChar next = field.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r')) {
            return field.mid(1);
        }
    }
    return field;
}

const QString kSelect =
    QStringLiteral("SELECT id, code, name, category, points, active, version FROM badge_catalogue ");

Badge badgeFrom(Sql &q) {
    return Badge{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                 q.value(4).toInt(),    q.value(5).toBool(),   q.value(6).toInt()};
}

bool singleLine(const QString &s) {
    return std::none_of(s.begin(), s.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

std::optional<bool> parseActive(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("1") || t == QLatin1String("yes") || t == QLatin1String("true") ||
        t == QLatin1String("y")) {
        return true;
    }
    if (t == QLatin1String("0") || t == QLatin1String("no") || t == QLatin1String("false") ||
        t == QLatin1String("n")) {
        return false;
    }
    return std::nullopt;
}

void checkDuplicates(BadgeCatalogueFile &file) {
    QSet<QString> codes;
    for (const Badge &b : file.badges) {
        if (codes.contains(b.code)) {
            file.problems.append(
                QCoreApplication::translate("BadgeCatalogue", "the code %1 appears more than once.")
                    .arg(b.code));
        }
        codes.insert(b.code);
    }
    QSet<QString> names;
    for (const AwardLevel &a : file.awardLevels) {
        if (names.contains(a.name.toLower())) {
            file.problems.append(
                QCoreApplication::translate("BadgeCatalogue", "the award %1 appears more than once.")
                    .arg(a.name));
        }
        names.insert(a.name.toLower());
    }
}
} // namespace

QString BadgeCatalogue::normaliseCode(const QString &code) {
    return code.simplified().remove(QLatin1Char(' ')).toUpper();
}

bool BadgeCatalogue::isValidCode(const QString &normalisedCode) {
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{1,15}$"));
    return re.match(normalisedCode).hasMatch();
}

QStringList BadgeCatalogue::standardCategories() {
    return {QStringLiteral("Citizen"), QStringLiteral("Worker"), QStringLiteral("Maker"),
            QStringLiteral("Entrepreneur"), QStringLiteral("Gamer")};
}

QString BadgeCatalogue::badgeIdFor(const QString &code) {
    return IdSource::stableId(QStringLiteral("badge_catalogue/") + code);
}

QString BadgeCatalogue::awardIdFor(const QString &name) {
    return IdSource::stableId(QStringLiteral("award_levels/") + name);
}

QList<Badge> BadgeCatalogue::badges(bool activeOnly) const {
    Sql q(m_db, kSelect +
                    (activeOnly ? QStringLiteral("WHERE deleted = 0 AND active = 1 ")
                                : QStringLiteral("WHERE deleted = 0 ")) +
                    QStringLiteral("ORDER BY category COLLATE NOCASE, code"));
    q.exec();
    QList<Badge> out;
    while (q.next()) {
        out.append(badgeFrom(q));
    }
    return out;
}

std::optional<Badge> BadgeCatalogue::byCode(const QString &code) const {
    Sql q(m_db, kSelect + QStringLiteral("WHERE code = :c AND deleted = 0"));
    q.bind(QStringLiteral(":c"), normaliseCode(code)).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return badgeFrom(q);
}

std::optional<Badge> BadgeCatalogue::byCodeOrName(const QString &text) const {
    if (std::optional<Badge> b = byCode(text)) {
        return b;
    }
    Sql q(m_db, kSelect + QStringLiteral("WHERE name = :n COLLATE NOCASE AND deleted = 0"));
    q.bind(QStringLiteral(":n"), text.simplified()).exec();
    if (!q.next()) {
        return std::nullopt;
    }
    return badgeFrom(q);
}

QList<AwardLevel> BadgeCatalogue::awardLevels() const {
    Sql q(m_db, QStringLiteral("SELECT id, name, threshold, version FROM award_levels WHERE deleted = 0 "
                               "ORDER BY threshold, name"));
    q.exec();
    QList<AwardLevel> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt()});
    }
    return out;
}

std::optional<AwardLevel> BadgeCatalogue::awardLevel(const QString &name) const {
    for (const AwardLevel &a : awardLevels()) {
        if (a.name.compare(name.simplified(), Qt::CaseInsensitive) == 0) {
            return a;
        }
    }
    return std::nullopt;
}

QStringList BadgeCatalogue::categories() const {
    QStringList out = standardCategories();
    Sql q(m_db, QStringLiteral("SELECT DISTINCT category FROM badge_catalogue WHERE deleted = 0 "
                               "ORDER BY category COLLATE NOCASE"));
    q.exec();
    while (q.next()) {
        const QString c = q.value(0).toString();
        if (!out.contains(c, Qt::CaseInsensitive)) {
            out.append(c);
        }
    }
    return out;
}

// ---- files ----

std::optional<QString> BadgeCatalogueFile::validate(Badge &b) {
    b.code = BadgeCatalogue::normaliseCode(b.code);
    b.name = b.name.simplified();
    b.category = b.category.simplified();
    if (!BadgeCatalogue::isValidCode(b.code)) {
        return tr("a badge code is 2 to 16 letters, digits, - or _ (for example CIT-01), not “%1”")
            .arg(b.code.left(40));
    }
    if (b.name.isEmpty() || b.name.size() > 120 || !singleLine(b.name)) {
        return tr("badge %1 needs a name of at most 120 characters").arg(b.code);
    }
    if (b.category.isEmpty() || b.category.size() > 40 || !singleLine(b.category)) {
        return tr("badge %1 needs a category of at most 40 characters (for example Citizen)").arg(b.code);
    }
    // A category typed in another case is the same category.
    for (const QString &c : BadgeCatalogue::standardCategories()) {
        if (c.compare(b.category, Qt::CaseInsensitive) == 0) {
            b.category = c;
        }
    }
    if (b.points < 0 || b.points > 1000) {
        return tr("badge %1: points must be between 0 and 1,000").arg(b.code);
    }
    return std::nullopt;
}

std::optional<QString> BadgeCatalogueFile::validate(AwardLevel &a) {
    a.name = a.name.simplified();
    if (a.name.isEmpty() || a.name.size() > 40 || !singleLine(a.name)) {
        return tr("an award needs a name of at most 40 characters (for example Silver)");
    }
    if (a.threshold <= 0 || a.threshold > 100000) {
        return tr("the %1 award needs a threshold between 1 and 100,000 points").arg(a.name);
    }
    return std::nullopt;
}

BadgeCatalogueFile BadgeCatalogueFile::parseJson(const QByteArray &bytes) {
    BadgeCatalogueFile file;
    if (bytes.size() > kMaxBytes) {
        file.problems.append(tr("the file is too large for a badge catalogue (at most 5 MB)."));
        return file;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        file.problems.append(
            tr("the file is not a JSON badge catalogue (%1 at character %2).")
                .arg(error.error != QJsonParseError::NoError ? error.errorString() : tr("no object"))
                .arg(error.offset));
        return file;
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("badges")).isArray()) {
        file.problems.append(tr("the file has no “badges” list."));
        return file;
    }
    int n = 0;
    for (const QJsonValue &v : root.value(QStringLiteral("badges")).toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        if (!v.isObject() || !o.value(QStringLiteral("code")).isString() ||
            !o.value(QStringLiteral("name")).isString() || !o.value(QStringLiteral("category")).isString() ||
            !o.value(QStringLiteral("points")).isDouble()) {
            file.problems.append(
                tr("badge %1: needs code, name, category (text) and points (a number).").arg(n));
            continue;
        }
        const QJsonValue active = o.value(QStringLiteral("active"));
        if (!active.isUndefined() && !active.isBool()) {
            file.problems.append(tr("badge %1: “active” must be true or false.").arg(n));
            continue;
        }
        const double points = o.value(QStringLiteral("points")).toDouble();
        if (points != std::floor(points)) {
            file.problems.append(tr("badge %1: points must be a whole number.").arg(n));
            continue;
        }
        // Clamped before the conversion: a double beyond int's range (1e300) has no int value at all.
        Badge b{QString(),
                o.value(QStringLiteral("code")).toString(),
                o.value(QStringLiteral("name")).toString(),
                o.value(QStringLiteral("category")).toString(),
                points < 0 ? -1 : (points > 1000 ? 1001 : int(points)),
                active.toBool(true),
                0};
        if (std::optional<QString> why = validate(b)) {
            file.problems.append(tr("badge %1: %2.").arg(n).arg(*why));
            continue;
        }
        file.badges.append(b);
    }
    const QJsonValue levels = root.value(QStringLiteral("award_levels"));
    if (!levels.isUndefined() && !levels.isArray()) {
        file.problems.append(tr("“award_levels” must be a list."));
    }
    n = 0;
    for (const QJsonValue &v : levels.toArray()) {
        ++n;
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("name")).isString() || !o.value(QStringLiteral("threshold")).isDouble()) {
            file.problems.append(tr("award %1: needs a name and a threshold (a number).").arg(n));
            continue;
        }
        AwardLevel a{QString(), o.value(QStringLiteral("name")).toString(),
                     o.value(QStringLiteral("threshold")).toInt(), 0};
        if (std::optional<QString> why = validate(a)) {
            file.problems.append(tr("award %1: %2.").arg(n).arg(*why));
            continue;
        }
        file.awardLevels.append(a);
    }
    checkDuplicates(file);
    if (file.badges.isEmpty() && file.awardLevels.isEmpty() && file.problems.isEmpty()) {
        file.problems.append(tr("the file lists no badges."));
    }
    return file;
}

BadgeCatalogueFile BadgeCatalogueFile::parseCsv(const QByteArray &bytes) {
    BadgeCatalogueFile file;
    if (bytes.size() > kMaxBytes) {
        file.problems.append(tr("the file is too large for a badge catalogue (at most 5 MB)."));
        return file;
    }
    QString text;
    QString error;
    if (!CsvReader::decode(bytes, &text, &error)) {
        file.problems.append(error);
        return file;
    }
    CsvReader reader(text);
    if (reader.atEnd()) {
        file.problems.append(tr("the file is empty."));
        return file;
    }
    const CsvReader::Record header = reader.next();
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        column.insert(header.fields.at(i).simplified().toLower(), i);
    }
    for (const char *needed : {"code", "name", "category", "points"}) {
        if (!column.contains(QLatin1String(needed))) {
            file.problems.append(tr("line 1: the header needs the columns code, name, category and points "
                                    "(active is optional)."));
            return file;
        }
    }
    auto field = [&](const CsvReader::Record &r, const char *name) {
        const int i = column.value(QLatin1String(name), -1);
        return i >= 0 ? r.fields.value(i) : QString();
    };
    while (!reader.atEnd()) {
        const CsvReader::Record r = reader.next();
        if (!r.ok()) {
            file.problems.append(tr("line %1: %2").arg(r.line).arg(r.error));
            continue;
        }
        bool numberOk = false;
        const int points = field(r, "points").trimmed().toInt(&numberOk);
        if (!numberOk) {
            file.problems.append(tr("line %1: points must be a whole number, not “%2”.")
                                     .arg(r.line)
                                     .arg(field(r, "points").left(20)));
            continue;
        }
        const std::optional<bool> active = parseActive(field(r, "active"));
        if (!active) {
            file.problems.append(tr("line %1: active must be yes or no.").arg(r.line));
            continue;
        }
        Badge b{QString(),
                withoutFormulaGuard(field(r, "code")),
                withoutFormulaGuard(field(r, "name")),
                withoutFormulaGuard(field(r, "category")),
                points,
                *active,
                0};
        if (std::optional<QString> why = validate(b)) {
            file.problems.append(tr("line %1: %2.").arg(r.line).arg(*why));
            continue;
        }
        file.badges.append(b);
    }
    checkDuplicates(file);
    if (file.badges.isEmpty() && file.problems.isEmpty()) {
        file.problems.append(tr("the file lists no badges."));
    }
    return file;
}

BadgeCatalogueFile BadgeCatalogueFile::parse(const QByteArray &bytes, const QString &fileName) {
    if (fileName.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        return parseJson(bytes);
    }
    if (fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        return parseCsv(bytes);
    }
    BadgeCatalogueFile file;
    file.problems.append(tr("a badge catalogue is a .json or .csv file."));
    return file;
}

BadgeCatalogueFile BadgeCatalogueFile::defaultCatalogue() {
    QFile f(QStringLiteral(":/badges/idea-catalogue.json"));
    if (!f.open(QIODevice::ReadOnly)) {
        BadgeCatalogueFile file;
        file.problems.append(tr("the default catalogue is missing from this build."));
        return file;
    }
    return parseJson(f.readAll());
}

QByteArray BadgeCatalogueFile::toJson(const QList<Badge> &badges, const QList<AwardLevel> &levels) {
    QJsonArray b;
    for (const Badge &badge : badges) {
        b.append(QJsonObject{{QStringLiteral("code"), badge.code},
                             {QStringLiteral("name"), badge.name},
                             {QStringLiteral("category"), badge.category},
                             {QStringLiteral("points"), badge.points},
                             {QStringLiteral("active"), badge.active}});
    }
    QJsonArray a;
    for (const AwardLevel &level : levels) {
        a.append(QJsonObject{{QStringLiteral("name"), level.name},
                             {QStringLiteral("threshold"), level.threshold}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("techmates-badge-catalogue")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("award_levels"), a},
                                     {QStringLiteral("badges"), b}})
        .toJson(QJsonDocument::Indented);
}

QByteArray BadgeCatalogueFile::toCsv(const QList<Badge> &badges) {
    CsvWriter w;
    w.addRow({QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("category"),
              QStringLiteral("points"), QStringLiteral("active")});
    for (const Badge &b : badges) {
        w.addRow({b.code, b.name, b.category, QString::number(b.points),
                  b.active ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    return w.toUtf8();
}
