#pragma once

#include "data/cleaningpipeline.h"

#include <QUndoCommand>

namespace prognos {

class Session;

/// One edit of a session's cleaning steps, as Edit > Undo and Redo see it: the pipeline
/// before and after. The session must outlive the command (its undo stack owns it).
class CleaningCommand : public QUndoCommand
{
public:
    CleaningCommand(Session *session, const CleaningPipeline &before, const CleaningPipeline &after,
                    const QString &text);

    void undo() override;
    void redo() override;

private:
    Session *m_session = nullptr;
    CleaningPipeline m_before;
    CleaningPipeline m_after;
};

} // namespace prognos
