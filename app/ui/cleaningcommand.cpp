#include "cleaningcommand.h"

#include "session.h"

namespace prognos {

CleaningCommand::CleaningCommand(Session *session, const CleaningPipeline &before,
                                 const CleaningPipeline &after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{}

void CleaningCommand::undo()
{
    m_session->setPipeline(m_before);
}

void CleaningCommand::redo()
{
    m_session->setPipeline(m_after);
}

} // namespace prognos
