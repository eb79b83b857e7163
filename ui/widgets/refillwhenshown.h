#pragma once
// A view that follows the session only while it is on screen. A change to what it shows marks it
// stale while it is hidden (another tab in front); it is filled when it is shown, or when code
// asks it for its contents (its accessors call ensureFresh()). Switching goal or period then costs
// only what is visible.
#include <QObject>
#include <functional>

class QWidget;

namespace malkoll {

class RefillWhenShown : public QObject
{
public:
    RefillWhenShown(QWidget *view, std::function<void()> fill);
    void changed();     // fill now if the view is visible, else later
    void ensureFresh(); // fill now if a change is waiting

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_fill;
    bool m_stale = true;
    bool m_filling = false;
};

} // namespace malkoll
