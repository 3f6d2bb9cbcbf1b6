#include "CliArgs.h"

#include <QCoreApplication>

bool CliArgs::parse(const QStringList &args, const QSet<QString> &flags, const QSet<QString> &valued,
                    QString *error) {
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            m_positionals.append(arg);
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags.insert(name);
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    *error = QCoreApplication::translate("Cli", "--%1 needs a value.").arg(name);
                    return false;
                }
                value = args[++i];
            }
            m_values.insert(name, value);
        } else {
            *error = QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

bool CliArgs::date(const QString &name, QDate *date, QString *error) const {
    if (!m_values.contains(name)) {
        return true;
    }
    const QDate parsed = QDate::fromString(m_values.value(name), Qt::ISODate);
    if (!parsed.isValid()) {
        *error = QCoreApplication::translate("Cli", "--%1 must be a date like 2026-03-02.").arg(name);
        return false;
    }
    *date = parsed;
    return true;
}
