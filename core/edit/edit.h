#pragma once
// One user action as a change of the store from a state before to a state after, the model of
// KMyMoney's modify(before, after): a value, an activity's status, an assessment, the period's
// texts, a whole import of values — and, next, the plan's structure. An Edit writes either state
// in one transaction (redo writes `after`, undo writes `before`) and says how a year's snapshot
// looks once it is written, so a window follows without reading the store again. It needs no
// widget: the tests run redo, undo, redo against a store.
#include "result.h"

#include <QString>

namespace malkoll {

class Store;
struct YearSnapshot;

class Edit
{
public:
    virtual ~Edit() = default;
    // What the edit does, for the Edit menu ("Ändra ”Antal barn per grupp”").
    virtual QString text() const = 0;
    // Writes the state after (forward) or before (backward) in one transaction. A refused write
    // (a locked period, a value someone else changed meanwhile, bad input) leaves the store as it was.
    virtual Result<void> apply(Store &store, bool forward) = 0;
    // Puts the state just written into `snapshot`; false when it cannot (the snapshot is then
    // read again from the store).
    virtual bool show(YearSnapshot &snapshot, bool forward) const = 0;
};

} // namespace malkoll
