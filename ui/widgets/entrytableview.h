#pragma once
// A table for entering a period: Tab, Enter and Shift+Tab move between the cells one fills in,
// in reading order, skipping the computed ones; typing or Enter starts editing the current cell.
#include <QTableView>

namespace malkoll {

class EntryTableView : public QTableView
{
    Q_OBJECT
public:
    explicit EntryTableView(QWidget *parent = nullptr);
    QModelIndex nextEditable(const QModelIndex &from, bool forward) const;
    bool isEditing() const { return state() == EditingState; }

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace malkoll
