#pragma once

#include "BadgeCommands.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

class Actor;

// The fields a column of a badge-completions CSV can fill.
enum class BadgeImportField { Ignore, Learner, Badge, Date, SupportedBy };

// How to read a file of badge completions (an iDEA export, a spreadsheet kept at a session). The built-in
// column names cover the usual ones ("Card", "Learner", "Badge", "Badge code", "Date", "Completed", …);
// `columns` maps any other header to a field.
struct BadgeImportOptions {
    QHash<QString, BadgeImportField> columns; // header (case and spacing ignored) → field
};

// Reads a completions CSV into entries and, for every row it cannot match (unknown learner or badge, a
// date it cannot read or in the future), the line and why. Nothing is written here: the entries go to one
// RecordBadgesCommand (badge.import), which records all of them or none.
class BadgeImport {
public:
    struct Plan {
        QList<BadgeEntry> entries;
        QStringList problems; // "line 3: …"
        QStringList ignoredColumns;
        int records = 0;
        bool ok() const { return problems.isEmpty() && !entries.isEmpty(); }
        QString problemText(int max = 20) const;
    };

    static Plan plan(const QByteArray &csv, const QSqlDatabase &db, const Actor &actor, const QDate &today,
                     const BadgeImportOptions &options = {});

    static std::optional<BadgeImportField> builtInField(const QString &header);
    static std::optional<BadgeImportField>
    fieldFromKey(const QString &key); // learner, badge, date, supported_by
    static QString fieldKey(BadgeImportField field);
    static QString foldHeader(const QString &header);
    static QDate parseDate(const QString &text); // ISO or day/month/year

    static constexpr qsizetype kMaxBytes = 20 * 1024 * 1024;
};
