#pragma once
// A chooser whose entries can be longer than the room it has — a committee's name in the toolbar,
// a KF indicator's in the city view. It never clips its text: what does not fit is shortened with
// “…” (the whole text stays in the list, the tooltip and what a screen reader hears). It asks for
// the width of its longest entry and gives way down to its minimum contents length: a layout with
// less room (a toolbar on a laptop screen, large text) squeezes it before it hides controls.
#include <QComboBox>

namespace malkoll {

class FittingComboBox : public QComboBox
{
public:
    explicit FittingComboBox(int minimumChars, QWidget *parent = nullptr);

    // The current text as it is drawn: whole, or shortened with “…” to the box's text field.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace malkoll
