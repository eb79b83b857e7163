#pragma once
// A table for entering a period: Tab, Enter and Shift+Tab move between the cells one fills in,
// in reading order, skipping the computed ones; typing or Enter starts editing the current cell.
// Tab past the last cell (Shift+Tab before the first) leaves the table: the keyboard is never
// trapped. A current cell set while the focus is elsewhere is not announced as focused.
#include <QTableView>

namespace malkoll {

class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget *parent = nullptr);
    // The next cell one fills in, in reading order; invalid past the last (or before the first)
    // unless `wrap`.
    QModelIndex nextEditable(const QModelIndex &from, bool forward, bool wrap = false) const;
    bool isEditing() const { return state() == EditingState; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace malkoll
