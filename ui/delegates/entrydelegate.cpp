#include "entrydelegate.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolTip>

namespace malkoll {

namespace {
const char *kIndexProperty = "malkollIndex";
}

EntryDelegate::EntryDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void EntryDelegate::setChoiceColumn(int column, std::vector<Choice> choices)
{
    m_choiceColumn = column;
    m_choices = std::move(choices);
}

QWidget *EntryDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    QWidget *editor = nullptr;
    if (index.column() == m_choiceColumn) {
        auto *combo = new QComboBox(parent);
        for (const Choice &c : m_choices) combo->addItem(c.text, c.code);
        editor = combo;
    } else if (m_multiLine.count(index.column())) {
        auto *text = new QPlainTextEdit(parent);
        text->setTabChangesFocus(true);
        text->setPlaceholderText(tr("Enter saves, Shift+Enter starts a new line"));
        editor = text;
    } else {
        auto *line = new QLineEdit(parent);
        line->setPlaceholderText(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        if (m_preview) {
            const QPersistentModelIndex at(index);
            connect(line, &QLineEdit::textEdited, this, [this, at](const QString &text) {
                if (at.isValid()) m_preview(at, text);
            });
        }
        editor = line;
    }
    editor->setProperty(kIndexProperty, QVariant::fromValue(QPersistentModelIndex(index)));
    editor->installEventFilter(const_cast<EntryDelegate *>(this));
    // Named for the screen reader: the row's name and the column ("Andel …, Periodens utfall"); a
    // choice also by a label no one sees (on Linux Qt names a combo box only by its label).
    const QString name = QStringLiteral("%1, %2").arg(index.siblingAtColumn(0).data().toString(),
                                                      index.model()->headerData(index.column(), Qt::Horizontal).toString());
    editor->setAccessibleName(name);
    if (qobject_cast<QComboBox *>(editor)) {
        auto *label = new QLabel(name, parent);
        label->setBuddy(editor);
        label->hide();
        connect(editor, &QObject::destroyed, label, &QObject::deleteLater);
    }
    return editor;
}

void EntryDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString value = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int at = combo->findData(value);
        combo->setCurrentIndex(at < 0 ? 0 : at);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
        text->moveCursor(QTextCursor::End);
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(value);
        line->selectAll();
    }
}

QString EntryDelegate::editorText(QWidget *editor) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) return combo->currentData().toString();
    if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) return text->toPlainText();
    if (auto *line = qobject_cast<QLineEdit *>(editor)) return line->text();
    return {};
}

void EntryDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    const QString text = editorText(editor);
    if (text == index.data(Qt::EditRole).toString()) return; // nothing changed: no edit, no undo step
    if (m_validate) {
        if (const QString message = m_validate(index, text); !message.isEmpty()) {
            emit const_cast<EntryDelegate *>(this)->refused(message);
            return; // nothing invalid reaches the model, let alone the store
        }
    }
    model->setData(index, text, Qt::EditRole);
}

void EntryDelegate::destroyEditor(QWidget *editor, const QModelIndex &index) const
{
    if (m_preview && qobject_cast<QLineEdit *>(editor)) m_preview(index, QString());
    QStyledItemDelegate::destroyEditor(editor, index);
}

void EntryDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (qobject_cast<QPlainTextEdit *>(editor)) {
        // Room for a few lines of analysis below the cell.
        QRect r = option.rect;
        r.setHeight(std::max(r.height(), 96));
        r.setWidth(std::max(r.width(), 320));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

bool EntryDelegate::accept(QWidget *editor)
{
    const QPersistentModelIndex index = editor->property(kIndexProperty).value<QPersistentModelIndex>();
    if (!m_validate || !index.isValid()) return true;
    const QString message = m_validate(index, editorText(editor));
    if (message.isEmpty()) {
        editor->setStyleSheet(QString());
        return true;
    }
    editor->setStyleSheet(QStringLiteral("border: 2px solid #c62828;"));
    QToolTip::showText(editor->mapToGlobal(QPoint(0, editor->height())), message, editor);
    emit refused(message);
    return false;
}

bool EntryDelegate::eventFilter(QObject *object, QEvent *event)
{
    auto *editor = qobject_cast<QWidget *>(object);
    if (!editor || event->type() != QEvent::KeyPress) return QStyledItemDelegate::eventFilter(object, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const bool tab = key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab;
    if (enter && (key->modifiers() & Qt::ShiftModifier) && qobject_cast<QPlainTextEdit *>(editor))
        return false; // a new line in the analysis
    if (enter || tab) {
        if (!accept(editor)) return true; // stay in the cell with the message shown
        emit commitData(editor);
        const bool back = key->key() == Qt::Key_Backtab || (tab && (key->modifiers() & Qt::ShiftModifier));
        emit closeEditor(editor, back ? QAbstractItemDelegate::EditPreviousItem : QAbstractItemDelegate::EditNextItem);
        return true;
    }
    if (key->key() == Qt::Key_Escape) {
        emit closeEditor(editor, QAbstractItemDelegate::RevertModelCache);
        return true;
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

} // namespace malkoll
