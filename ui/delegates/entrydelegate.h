#pragma once
// Editors for the cells an enhetschef fills in: one-line editors for numbers and reasons
// (validated in place: a bad number keeps the editor open with the message beside it), a
// multi-line editor for analyses (Enter saves, Shift+Enter starts a new line), and a list for
// activity status. Enter and Tab save and move on to the next cell to fill in.
#include <QStyledItemDelegate>
#include <functional>
#include <set>

namespace malkoll {

class EntryDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // Returns the message naming the problem, or an empty string when `text` may be saved.
    using Validator = std::function<QString(const QModelIndex &, const QString &)>;
    // Called as the user types in a one-line editor (live status preview); null text: editor closed.
    using Preview = std::function<void(const QModelIndex &, const QString &)>;
    struct Choice
    {
        QString code;
        QString text;
    };

    explicit EntryDelegate(QObject *parent = nullptr);
    void setMultiLineColumns(std::set<int> columns) { m_multiLine = std::move(columns); }
    void setChoiceColumn(int column, std::vector<Choice> choices);
    void setValidator(Validator validator) { m_validate = std::move(validator); }
    void setPreview(Preview preview) { m_preview = std::move(preview); }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void destroyEditor(QWidget *editor, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void refused(const QString &message);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;

private:
    QString editorText(QWidget *editor) const;
    bool accept(QWidget *editor); // validates; shows the message and returns false when refused

    std::set<int> m_multiLine;
    int m_choiceColumn = -1;
    std::vector<Choice> m_choices;
    Validator m_validate;
    Preview m_preview;
};

} // namespace malkoll
