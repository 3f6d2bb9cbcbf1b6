#pragma once

#include <QString>
#include <stdexcept>

// A failure of the store itself (disk, corruption, SQL), as opposed to a rule refusing a command.
// Thrown inside the core and caught at the boundaries (CommandBus, Store::open, the CLI), which turn it
// into a message for the person at the desk.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message) {}
    QString message() const { return m_message; }

private:
    QString m_message;
};
