#include "CommandRegistry.h"

#include "Command.h"
#include "PayloadReader.h"

#include <QCoreApplication>
#include <algorithm>

void CommandRegistry::add(const QString &name, Factory factory) {
    Q_ASSERT(!m_factories.contains(name));
    m_factories.insert(name, std::move(factory));
}

QStringList CommandRegistry::names() const {
    QStringList out = m_factories.keys();
    std::sort(out.begin(), out.end());
    return out;
}

std::unique_ptr<Command> CommandRegistry::build(const QString &name, const QJsonObject &payload,
                                                QString *error) const {
    const auto it = m_factories.constFind(name);
    if (it == m_factories.constEnd()) {
        *error = QCoreApplication::translate("CommandRegistry", "“%1” is not a command this version knows.")
                     .arg(name.left(80));
        return nullptr;
    }
    try {
        std::unique_ptr<Command> command = (*it)(payload);
        if (!command || command->name() != name) {
            *error = QCoreApplication::translate("CommandRegistry", "“%1” could not be rebuilt.").arg(name);
            return nullptr;
        }
        return command;
    } catch (const PayloadError &e) {
        *error = QCoreApplication::translate("CommandRegistry", "The %1 command cannot be read: %2.")
                     .arg(name, e.message());
        return nullptr;
    }
}
