#include "editcommand.h"

#include "periodsession.h"

namespace malkoll {

EditCommand::EditCommand(PeriodSession *session, std::unique_ptr<Edit> edit) : m_session(session), m_edit(std::move(edit))
{
    setText(m_edit->text());
}

void EditCommand::redo() { run(true); }
void EditCommand::undo() { run(false); }

void EditCommand::run(bool forward)
{
    if (auto r = m_session->apply(*m_edit, forward); !r) {
        m_failed = true;
        setObsolete(true);
        m_session->reportFailure(r.error());
    }
}

} // namespace malkoll
