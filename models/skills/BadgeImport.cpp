#include "BadgeImport.h"

#include "BadgeCatalogue.h"
#include "Learner.h"
#include "core/CsvReader.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QSet>

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("BadgeImport", text);
}
} // namespace

QString BadgeImport::Plan::problemText(int max) const {
    QStringList shown = problems.mid(0, max);
    if (problems.size() > max) {
        shown.append(tr("… and %1 more.").arg(problems.size() - max));
    }
    return shown.join(QLatin1Char('\n'));
}

QString BadgeImport::foldHeader(const QString &header) {
    QString h = header.toLower();
    h.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    return h.simplified();
}

std::optional<BadgeImportField> BadgeImport::builtInField(const QString &header) {
    static const QHash<QString, BadgeImportField> names{
        {QStringLiteral("card"), BadgeImportField::Learner},
        {QStringLiteral("library card"), BadgeImportField::Learner},
        {QStringLiteral("card number"), BadgeImportField::Learner},
        {QStringLiteral("learner"), BadgeImportField::Learner},
        {QStringLiteral("learner id"), BadgeImportField::Learner},
        {QStringLiteral("learner card"), BadgeImportField::Learner},
        {QStringLiteral("badge"), BadgeImportField::Badge},
        {QStringLiteral("badge code"), BadgeImportField::Badge},
        {QStringLiteral("badge name"), BadgeImportField::Badge},
        {QStringLiteral("code"), BadgeImportField::Badge},
        {QStringLiteral("date"), BadgeImportField::Date},
        {QStringLiteral("achieved"), BadgeImportField::Date},
        {QStringLiteral("achieved on"), BadgeImportField::Date},
        {QStringLiteral("completed"), BadgeImportField::Date},
        {QStringLiteral("date completed"), BadgeImportField::Date},
        {QStringLiteral("completion date"), BadgeImportField::Date},
        {QStringLiteral("supported by"), BadgeImportField::SupportedBy},
        {QStringLiteral("techmate"), BadgeImportField::SupportedBy},
    };
    const QString folded = foldHeader(header);
    if (!names.contains(folded)) {
        return std::nullopt;
    }
    return names.value(folded);
}

std::optional<BadgeImportField> BadgeImport::fieldFromKey(const QString &key) {
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("learner")) {
        return BadgeImportField::Learner;
    }
    if (k == QLatin1String("badge")) {
        return BadgeImportField::Badge;
    }
    if (k == QLatin1String("date")) {
        return BadgeImportField::Date;
    }
    if (k == QLatin1String("supported_by")) {
        return BadgeImportField::SupportedBy;
    }
    if (k == QLatin1String("ignore")) {
        return BadgeImportField::Ignore;
    }
    return std::nullopt;
}

QString BadgeImport::fieldKey(BadgeImportField field) {
    switch (field) {
    case BadgeImportField::Learner:
        return QStringLiteral("learner");
    case BadgeImportField::Badge:
        return QStringLiteral("badge");
    case BadgeImportField::Date:
        return QStringLiteral("date");
    case BadgeImportField::SupportedBy:
        return QStringLiteral("supported_by");
    case BadgeImportField::Ignore:
        break;
    }
    return QStringLiteral("ignore");
}

QDate BadgeImport::parseDate(const QString &text) {
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t.left(10), Qt::ISODate);
    if (d.isValid() && (t.size() == 10 || t.at(10) == QLatin1Char(' ') || t.at(10) == QLatin1Char('T'))) {
        return d;
    }
    for (const char *format : {"d/M/yyyy", "dd/MM/yyyy", "d.M.yyyy"}) {
        d = QDate::fromString(t, QString::fromLatin1(format));
        if (d.isValid()) {
            return d;
        }
    }
    return {};
}

BadgeImport::Plan BadgeImport::plan(const QByteArray &csv, const QSqlDatabase &db, const Actor &actor,
                                    const QDate &today, const BadgeImportOptions &options) {
    Plan plan;
    if (csv.size() > kMaxBytes) {
        plan.problems.append(tr("line 1: the file is too large to import (at most 20 MB)."));
        return plan;
    }
    QString text;
    QString error;
    if (!CsvReader::decode(csv, &text, &error)) {
        plan.problems.append(tr("line 1: %1").arg(error));
        return plan;
    }
    CsvReader reader(text);
    if (reader.atEnd()) {
        plan.problems.append(tr("line 1: the file is empty."));
        return plan;
    }
    const CsvReader::Record header = reader.next();
    if (!header.ok()) {
        plan.problems.append(tr("line %1: %2").arg(header.line).arg(header.error));
        return plan;
    }
    QHash<QString, BadgeImportField> mapped;
    for (auto it = options.columns.cbegin(); it != options.columns.cend(); ++it) {
        mapped.insert(foldHeader(it.key()), it.value());
    }
    QHash<BadgeImportField, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString h = foldHeader(header.fields.at(i));
        const std::optional<BadgeImportField> f =
            mapped.contains(h) ? std::optional<BadgeImportField>(mapped.value(h)) : builtInField(h);
        if (!f || *f == BadgeImportField::Ignore || column.contains(*f)) {
            if (!h.isEmpty()) {
                plan.ignoredColumns.append(header.fields.at(i).simplified());
            }
            continue;
        }
        column.insert(*f, i);
    }
    QStringList missing;
    if (!column.contains(BadgeImportField::Learner)) {
        missing.append(tr("the learner (card or id)"));
    }
    if (!column.contains(BadgeImportField::Badge)) {
        missing.append(tr("the badge (code or name)"));
    }
    if (!column.contains(BadgeImportField::Date)) {
        missing.append(tr("the date"));
    }
    if (!missing.isEmpty()) {
        plan.problems.append(tr("line 1: no column is matched to %1; map the columns and try again.")
                                 .arg(missing.join(tr(", "))));
        return plan;
    }
    auto field = [&](const CsvReader::Record &r, BadgeImportField f) {
        const int i = column.value(f, -1);
        return i >= 0 ? r.fields.value(i).trimmed() : QString();
    };
    const LearnerDirectory learners(db);
    const BadgeCatalogue catalogue(db);
    QSet<QString> seen;
    while (!reader.atEnd()) {
        const CsvReader::Record r = reader.next();
        ++plan.records;
        if (!r.ok()) {
            plan.problems.append(tr("line %1: %2").arg(r.line).arg(r.error));
            continue;
        }
        QString why;
        const std::optional<Learner> learner =
            learners.resolve(field(r, BadgeImportField::Learner), actor, &why);
        if (!learner) {
            plan.problems.append(tr("line %1: %2").arg(r.line).arg(why));
            continue;
        }
        const QString badgeText = field(r, BadgeImportField::Badge);
        const std::optional<Badge> badge = catalogue.byCodeOrName(badgeText);
        if (!badge) {
            plan.problems.append(badgeText.isEmpty() ? tr("line %1: no badge is given.").arg(r.line)
                                                     : tr("line %1: the badge “%2” is not in the catalogue.")
                                                           .arg(r.line)
                                                           .arg(badgeText.left(60)));
            continue;
        }
        if (!badge->active) {
            plan.problems.append(
                tr("line %1: the badge %2 is no longer offered.").arg(r.line).arg(badge->code));
            continue;
        }
        const QString dateText = field(r, BadgeImportField::Date);
        const QDate date = parseDate(dateText);
        if (!date.isValid()) {
            plan.problems.append(tr("line %1: “%2” is not a date (use 2026-03-02 or 2/3/2026).")
                                     .arg(r.line)
                                     .arg(dateText.left(30)));
            continue;
        }
        if (date > today) {
            plan.problems.append(
                tr("line %1: the date %2 is in the future.").arg(r.line).arg(date.toString(Qt::ISODate)));
            continue;
        }
        if (date < RecordBadgeCommand::earliestDate()) {
            plan.problems.append(tr("line %1: the date %2 is too early for an iDEA badge.")
                                     .arg(r.line)
                                     .arg(date.toString(Qt::ISODate)));
            continue;
        }
        QString supportedBy;
        const QString supporter = field(r, BadgeImportField::SupportedBy);
        if (!supporter.isEmpty()) {
            Sql q(db, QStringLiteral(
                          "SELECT id FROM volunteers WHERE deleted = 0 AND anonymised = 0 AND "
                          "(id = :t OR given_name || ' ' || family_name = :t COLLATE NOCASE) LIMIT 2"));
            q.bind(QStringLiteral(":t"), supporter).exec();
            QStringList ids;
            while (q.next()) {
                ids.append(q.value(0).toString());
            }
            if (ids.size() != 1) {
                plan.problems.append(
                    ids.isEmpty()
                        ? tr("line %1: no TechMate called “%2”.").arg(r.line).arg(supporter.left(60))
                        : tr("line %1: more than one TechMate is called “%2”; use their id.")
                              .arg(r.line)
                              .arg(supporter.left(60)));
                continue;
            }
            supportedBy = ids.first();
        }
        const QString key = learner->id + QLatin1Char('/') + badge->id;
        if (seen.contains(key)) {
            plan.problems.append(
                tr("line %1: the same learner and badge appear earlier in the file.").arg(r.line));
            continue;
        }
        seen.insert(key);
        const bool held =
            Sql(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM badge_achievements WHERE learner_id = :l AND "
                                   "badge_id = :b AND revoked_at IS NULL AND deleted = 0)"))
                .bind(QStringLiteral(":l"), learner->id)
                .bind(QStringLiteral(":b"), badge->id)
                .scalar()
                .toBool();
        if (held) {
            plan.problems.append(
                tr("line %1: the learner already holds the badge %2.").arg(r.line).arg(badge->code));
            continue;
        }
        BadgeEntry e;
        e.learnerKind = learner->kind;
        e.learnerId = learner->id;
        e.badgeCode = badge->code;
        e.achievedOn = date;
        e.supportedBy = supportedBy;
        e.line = r.line;
        plan.entries.append(e);
    }
    if (plan.records == 0) {
        plan.problems.append(tr("line 1: the file has a header but no rows."));
    }
    return plan;
}
