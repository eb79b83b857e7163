#include "entrytableview.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace malkoll {

EntryTableView::EntryTableView(QWidget *parent) : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    setTabKeyNavigation(true);
}

QModelIndex EntryTableView::nextEditable(const QModelIndex &from, bool forward, bool wrap) const
{
    const QAbstractItemModel *m = model();
    if (!m) return {};
    const int rows = m->rowCount(rootIndex()), columns = m->columnCount(rootIndex());
    if (rows == 0 || columns == 0) return {};
    int row = from.isValid() ? from.row() : (forward ? 0 : rows - 1);
    int column = from.isValid() ? from.column() : (forward ? -1 : columns);
    for (int step = 0; step < rows * columns; ++step) {
        column += forward ? 1 : -1;
        if (column >= columns) {
            column = 0;
            if (++row >= rows) {
                if (!wrap) return {};
                row = 0;
            }
        } else if (column < 0) {
            column = columns - 1;
            if (--row < 0) {
                if (!wrap) return {};
                row = rows - 1;
            }
        }
        if (isColumnHidden(column)) continue;
        const QModelIndex candidate = m->index(row, column, rootIndex());
        if (m->flags(candidate) & Qt::ItemIsEditable) return candidate;
    }
    return {};
}

QModelIndex EntryTableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    if (cursorAction == MoveNext || cursorAction == MovePrevious)
        return nextEditable(currentIndex(), cursorAction == MoveNext); // invalid at the end: Tab leaves
    return QTableView::moveCursor(cursorAction, modifiers);
}

void EntryTableView::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && state() != EditingState) {
        const QModelIndex current = currentIndex();
        if (current.isValid() && (model()->flags(current) & Qt::ItemIsEditable)) {
            edit(current);
            return;
        }
        const QModelIndex next = nextEditable(current, true, true);
        if (next.isValid()) {
            setCurrentIndex(next);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

bool EntryTableView::focusNextPrevChild(bool next)
{
    if (state() != EditingState) {
        const QModelIndex target = nextEditable(currentIndex(), next);
        if (target.isValid()) {
            setCurrentIndex(target);
            return true;
        }
    }
    return QWidget::focusNextPrevChild(next); // past the last cell: on to the next control
}

void EntryTableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // QTableView tells assistive technology the new cell has the focus even when the table has
    // not (a goal chosen in the tree makes the first indicator current): only when it has.
    if (hasFocus()) QTableView::currentChanged(current, previous);
    else QAbstractItemView::currentChanged(current, previous);
}

} // namespace malkoll
