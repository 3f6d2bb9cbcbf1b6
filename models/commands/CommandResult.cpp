#include "CommandResult.h"

CommandResult CommandResult::done(QString entityId, QString opId, QString summary, QStringList warnings) {
    CommandResult r;
    r.m_status = Status::Done;
    r.m_entityId = std::move(entityId);
    r.m_opId = std::move(opId);
    r.m_message = std::move(summary);
    r.m_warnings = std::move(warnings);
    return r;
}

CommandResult CommandResult::refused(QString message) {
    CommandResult r;
    r.m_status = Status::Refused;
    r.m_message = std::move(message);
    return r;
}

CommandResult CommandResult::failed(QString message) {
    CommandResult r;
    r.m_status = Status::Failed;
    r.m_message = std::move(message);
    return r;
}
