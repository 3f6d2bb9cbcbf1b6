#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The arguments of one subcommand: positionals, "--name value" / "--name=value" options and "--flag"s.
// Unknown options are errors, so a typo is never silently ignored.
class CliArgs {
public:
    // flags: options without a value; valued: options that take one. Returns false and sets error on bad
    // input.
    bool parse(const QStringList &args, const QSet<QString> &flags, const QSet<QString> &valued,
               QString *error);

    QStringList positionals() const { return m_positionals; }
    bool has(const QString &name) const { return m_flags.contains(name) || m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const {
        return m_values.value(name, fallback);
    }
    // An ISO 8601 date option: true and *date set when given and valid, true and *date untouched when absent,
    // false with *error explaining the expected form when malformed.
    bool date(const QString &name, QDate *date, QString *error) const;

private:
    QStringList m_positionals;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
};
