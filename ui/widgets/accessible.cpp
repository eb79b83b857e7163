#include "accessible.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QLabel>

namespace malkoll::accessible {

void name(QWidget *widget, const QString &name, const QString &description)
{
    widget->setAccessibleName(name);
    if (!description.isEmpty()) widget->setAccessibleDescription(description);
}

void view(QAbstractItemView *view, const QString &name, const QString &description)
{
    accessible::name(view, name, description);
    view->setTabKeyNavigation(false);
}

void symbolButton(QAbstractButton *button, const QString &action)
{
    button->setAccessibleName(action);
    button->setToolTip(action);
}

QLabel *hiddenLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    label->hide();
    buddy->setAccessibleName(text); // for platforms that read the name
    return label;
}

QWidget *labelled(QWidget *control, const QString &text)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(hiddenLabel(text, control));
    layout->addWidget(control);
    box->setFocusProxy(control);
    return box;
}

} // namespace malkoll::accessible
