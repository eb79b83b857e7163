#pragma once
// What a screen reader finds under a widget, walked through QAccessible as the AT-SPI bridge does:
// every visible interactive object without an accessible name (a combo box named only by its
// current value, without a label, counts as unnamed), every empty column header, and every table
// cell that shows only a symbol or a check box without saying it in words. Each finding is one
// line: role, object name path and what is missing.
#include <QAbstractItemView>
#include <QAccessible>
#include <QStringList>
#include <QWidget>
#include <algorithm>
#include <functional>

namespace malkoll::test {

inline QString accessiblePath(QObject *o)
{
    QStringList parts;
    for (; o; o = o->parent())
        if (!o->objectName().isEmpty()) parts.prepend(o->objectName());
        else if (parts.isEmpty()) parts.prepend(QString::fromLatin1(o->metaObject()->className()));
    return parts.join(u'/');
}

inline bool isInteractive(QAccessible::Role r)
{
    switch (r) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::List:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::Link:
    case QAccessible::Chart:
        return true;
    default:
        return false;
    }
}

inline QStringList unnamedObjects(QWidget *top, int cellRows = 40)
{
    QStringList found;
    const std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *a, int depth) {
        if (!a || !a->isValid() || depth > 60) return;
        const QAccessible::State state = a->state();
        if (state.invisible || state.offscreen) return;
        const QAccessible::Role role = a->role();
        if (role == QAccessible::ScrollBar) return;
        const QString name = a->text(QAccessible::Name).trimmed();
        const QString where = accessiblePath(a->object());
        const auto report = [&](const QString &what) {
            found << QStringLiteral("%1 [role %2] %3").arg(where).arg(int(role)).arg(what);
        };
        if (isInteractive(role)) {
            bool labelled = false;
            for (const auto &rel : a->relations(QAccessible::Label))
                labelled = labelled || !rel.first->text(QAccessible::Name).trimmed().isEmpty();
            if (role == QAccessible::ComboBox) {
                // Named only by its value ("2024, combo box") is not named.
                if (!labelled && (name.isEmpty() || name == a->text(QAccessible::Value).trimmed()))
                    report(QStringLiteral("combo box without a label or name (value “%1”)").arg(a->text(QAccessible::Value)));
            } else if (name.isEmpty() && !labelled) {
                report(QStringLiteral("no name"));
            } else if (!name.isEmpty() && !std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isLetterOrNumber(); })) {
                report(QStringLiteral("named only by a symbol (“%1”)").arg(name));
            }
        }
        if ((role == QAccessible::Chart || (a->object() && a->object()->inherits("QChartView"))) &&
            (name.isEmpty() || a->text(QAccessible::Description).trimmed().isEmpty()))
            report(QStringLiteral("chart without a text alternative (description)"));
        if (QAccessibleTableInterface *table = a->tableInterface()) {
            auto *view = qobject_cast<QAbstractItemView *>(a->object());
            const QAbstractItemModel *model = view ? view->model() : nullptr;
            for (int i = 0; i < a->childCount(); ++i) {
                QAccessibleInterface *c = a->child(i);
                if (!c || c->state().invisible) continue;
                const QString cn = c->text(QAccessible::Name).trimmed();
                if (c->role() == QAccessible::ColumnHeader) {
                    if (cn.isEmpty()) found << QStringLiteral("%1 column header %2 is empty").arg(where).arg(i);
                    continue;
                }
                QAccessibleTableCellInterface *cell = c->tableCellInterface();
                if (!cell || cell->rowIndex() >= cellRows) continue;
                const QModelIndex at = model ? model->index(cell->rowIndex(), cell->columnIndex()) : QModelIndex();
                if ((c->state().checkable || at.data(Qt::CheckStateRole).isValid()) && cn.isEmpty())
                    found << QStringLiteral("%1 cell (%2, %3): a check box without a name").arg(where).arg(cell->rowIndex()).arg(cell->columnIndex());
                if (model && cn.isEmpty()) {
                    const QModelIndex index = model->index(cell->rowIndex(), cell->columnIndex());
                    if (index.isValid() && index.data(Qt::DecorationRole).isValid() && index.data(Qt::DisplayRole).toString().isEmpty())
                        found << QStringLiteral("%1 cell (%2, %3): a symbol without words").arg(where).arg(cell->rowIndex()).arg(cell->columnIndex());
                }
            }
            (void)table;
            // The cells are walked above; widgets placed in cells (a choice per row) on their own.
            if (view)
                for (QWidget *w : view->viewport()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
                    if (w->isVisible() && view->indexAt(w->geometry().center()).row() < cellRows)
                        walk(QAccessible::queryAccessibleInterface(w), depth + 1);
            return;
        }
        for (int i = 0; i < a->childCount(); ++i) walk(a->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(top), 0);
    return found;
}

} // namespace malkoll::test
