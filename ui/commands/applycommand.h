#pragma once
// An edit as an undo command: redo applies the new value, undo the old one, each through the
// store in its own transaction. A failed apply marks the command obsolete (the stack drops it)
// and reports the store's message.
#include "result.h"

#include <QUndoCommand>
#include <functional>

namespace malkoll {

class PeriodSession;

class ApplyCommand : public QUndoCommand
{
public:
    using Apply = std::function<Result<void>()>;
    ApplyCommand(PeriodSession *session, const QString &text, Apply redo, Apply undo);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void run(const Apply &apply);
    PeriodSession *m_session;
    Apply m_redo;
    Apply m_undo;
    bool m_failed = false;
};

} // namespace malkoll
