#pragma once
// An Edit on the undo stack: redo writes its state after, undo its state before, each through
// the period session into the store in one transaction. A write that is refused marks the command
// obsolete (the stack drops it, so a refused first write never reaches the stack) and reports the
// store's message.
#include "edit/edit.h"

#include <QUndoCommand>
#include <memory>

namespace malkoll {

class PeriodSession;

class EditCommand : public QUndoCommand
{
public:
    EditCommand(PeriodSession *session, std::unique_ptr<Edit> edit);
    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void run(bool forward);
    PeriodSession *m_session;
    std::unique_ptr<Edit> m_edit;
    bool m_failed = false;
};

} // namespace malkoll
