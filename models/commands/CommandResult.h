#pragma once

#include <QString>
#include <QStringList>

// What happened to a command, for the person who asked. Only Done means the change is saved.
class CommandResult {
public:
    enum class Status {
        Done,    // committed: domain rows, audit and outbox all written
        Refused, // a rule said no (CLI exit 1); nothing was written
        Failed,  // the store failed (CLI exit 3); nothing was written
    };

    static CommandResult done(QString entityId, QString opId, QString summary, QStringList warnings = {});
    static CommandResult refused(QString message);
    static CommandResult failed(QString message);

    bool ok() const { return m_status == Status::Done; }
    Status status() const { return m_status; }
    QString message() const { return m_message; } // summary when done, reason otherwise
    QString entityId() const { return m_entityId; }
    QString opId() const { return m_opId; }
    QStringList warnings() const { return m_warnings; }

private:
    Status m_status = Status::Failed;
    QString m_message;
    QString m_entityId;
    QString m_opId;
    QStringList m_warnings;
};
