#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

class Command;

// Rebuilds a command from its outbox payload by its wire name, so the server (and a desk replaying its
// own history) runs the very same rules as the desk that first executed it (DESIGN.md §4).
//
// A factory reads the person's inputs back out of the payload (with PayloadReader) and returns a command
// that, run through CommandBus::replay(), writes the same rows with the same ids as the original.
class CommandRegistry {
public:
    using Factory = std::function<std::unique_ptr<Command>(const QJsonObject &payload)>;

    void add(const QString &name, Factory factory);
    bool knows(const QString &name) const { return m_factories.contains(name); }
    QStringList names() const;

    // The rebuilt command, or nullptr with *error saying why (unknown name, missing or mistyped field).
    std::unique_ptr<Command> build(const QString &name, const QJsonObject &payload, QString *error) const;

    // Every command of the core, registered once (StandardCommands.cpp).
    static const CommandRegistry &standard();

private:
    QHash<QString, Factory> m_factories;
};
