#pragma once
// What assistive technology and the keyboard need of a widget (EN 301 549 11.4.1.2 and 11.2.1.1),
// said once: a name (and description) for the screen reader, a list or table that Tab leaves
// (the arrow keys move inside it), a button drawn as a symbol that says its action in words.
#include <QString>

class QAbstractButton;
class QAbstractItemView;
class QLabel;
class QWidget;

namespace malkoll::accessible {

void name(QWidget *widget, const QString &name, const QString &description = {});
// Named; Tab and Shift+Tab move on to the next control instead of through every cell.
void view(QAbstractItemView *view, const QString &name, const QString &description = {});
// A ▲ or ▼ button: its action as its name and tooltip.
void symbolButton(QAbstractButton *button, const QString &action);
// A label no one sees, for a control that has none on screen (a filter, a choice in a table's
// cell): on Linux a combo box is named only by the label whose buddy it is (its own accessible
// name gives way to its value), so it gets one. Add it beside the control, in the same parent.
QLabel *hiddenLabel(const QString &text, QWidget *buddy);
// The control with such a label, as one widget (for a table's cell).
QWidget *labelled(QWidget *control, const QString &text);

} // namespace malkoll::accessible
