#include "applycommand.h"

#include "periodsession.h"

namespace malkoll {

ApplyCommand::ApplyCommand(PeriodSession *session, const QString &text, Apply redo, Apply undo)
    : m_session(session), m_redo(std::move(redo)), m_undo(std::move(undo))
{
    setText(text);
}

void ApplyCommand::redo() { run(m_redo); }
void ApplyCommand::undo() { run(m_undo); }

void ApplyCommand::run(const Apply &apply)
{
    if (auto r = apply(); !r) {
        m_failed = true;
        setObsolete(true);
        m_session->reportFailure(r.error());
    }
}

} // namespace malkoll
