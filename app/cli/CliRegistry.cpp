#include "CliRegistry.h"

const CliCommand *CliRegistry::find(const QString &group, const QString &action) const {
    for (const CliCommand &c : m_commands) {
        if (c.group == group && c.action == action) {
            return &c;
        }
    }
    return nullptr;
}

bool CliRegistry::hasGroup(const QString &group) const {
    for (const CliCommand &c : m_commands) {
        if (c.group == group) {
            return true;
        }
    }
    return false;
}

QString CliRegistry::usage() const {
    QString text;
    for (const CliCommand &c : m_commands) {
        text += QStringLiteral("  ") + c.usage + QLatin1Char('\n');
    }
    return text;
}
