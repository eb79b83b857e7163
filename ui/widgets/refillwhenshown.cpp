#include "refillwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace malkoll {

RefillWhenShown::RefillWhenShown(QWidget *view, std::function<void()> fill) : QObject(view), m_view(view), m_fill(std::move(fill))
{
    view->installEventFilter(this);
}

void RefillWhenShown::changed()
{
    m_stale = true;
    if (m_view->isVisible()) ensureFresh();
}

void RefillWhenShown::ensureFresh()
{
    if (!m_stale || m_filling) return;
    m_filling = true;
    m_stale = false;
    m_fill();
    m_filling = false;
}

bool RefillWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show) ensureFresh();
    return QObject::eventFilter(watched, event);
}

} // namespace malkoll
