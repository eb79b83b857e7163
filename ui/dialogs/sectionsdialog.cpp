#include "sectionsdialog.h"
#include "widgets/accessible.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolButton>
#include <QVBoxLayout>

namespace malkoll {

SectionsDialog::SectionsDialog(const QString &title, std::vector<ReportSection> sections, bool readOnly, QWidget *parent)
    : QDialog(parent), m_sections(std::move(sections)), m_list(new QListWidget), m_title(new QLineEdit),
      m_placement(new QComboBox), m_text(new QTextEdit)
{
    setWindowTitle(title);
    m_placement->addItem(tr("After the summary"), int(SectionPlacement::AfterSummary));
    m_placement->addItem(tr("After the goals, before the economy"), int(SectionPlacement::AfterGoals));
    m_placement->addItem(tr("Last in the document"), int(SectionPlacement::End));
    m_placement->addItem(tr("In the economy, under its table"), int(SectionPlacement::Economy));
    m_text->setAcceptRichText(true); // a table copied in Excel is pasted as a table
    m_text->setMinimumSize(520, 320);

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("New section"));
    auto *remove = new QPushButton(tr("Delete"));
    auto *up = new QPushButton(QStringLiteral("▲"));
    auto *down = new QPushButton(QStringLiteral("▼"));
    accessible::symbolButton(up, tr("Move the section up"));
    accessible::symbolButton(down, tr("Move the section down"));
    for (QPushButton *b : {up, down}) b->setFixedWidth(34);
    for (QPushButton *b : {add, remove, up, down}) {
        listButtons->addWidget(b);
        b->setEnabled(!readOnly);
    }
    leftLayout->addLayout(listButtons);
    connect(add, &QPushButton::clicked, this, &SectionsDialog::addSection);
    connect(remove, &QPushButton::clicked, this, &SectionsDialog::removeSection);
    connect(up, &QPushButton::clicked, this, [this] { move(true); });
    connect(down, &QPushButton::clicked, this, [this] { move(false); });

    // The formatting a committee document uses, nothing more.
    auto *tools = new QHBoxLayout;
    auto tool = [&](const QString &text, const QString &tip, const std::function<void()> &act) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolTip(tip);
        b->setEnabled(!readOnly);
        connect(b, &QToolButton::clicked, this, [this, act] {
            act();
            m_text->setFocus();
        });
        tools->addWidget(b);
        return b;
    };
    auto blockLevel = [this](int level) {
        QTextCursor c = m_text->textCursor();
        QTextBlockFormat block = c.blockFormat();
        block.setHeadingLevel(level);
        c.setBlockFormat(block);
        QTextCharFormat chars;
        chars.setFontWeight(level ? QFont::Bold : QFont::Normal);
        chars.setProperty(QTextFormat::FontSizeAdjustment, level == 3 ? 1 : 0);
        c.select(QTextCursor::BlockUnderCursor);
        c.mergeCharFormat(chars);
    };
    tool(tr("Heading"), tr("A heading in the section"), [=] { blockLevel(3); });
    tool(tr("Subheading"), tr("A subheading"), [=] { blockLevel(4); });
    tool(tr("Paragraph"), tr("Plain text"), [=] { blockLevel(0); });
    tool(QStringLiteral("B"), tr("Bold"), [this] { m_text->setFontWeight(m_text->fontWeight() == QFont::Bold ? QFont::Normal : QFont::Bold); })
        ->setStyleSheet(QStringLiteral("font-weight:bold"));
    tool(QStringLiteral("I"), tr("Italic"), [this] { m_text->setFontItalic(!m_text->fontItalic()); })->setStyleSheet(QStringLiteral("font-style:italic"));
    tool(tr("• List"), tr("A bulleted list"), [this] { m_text->textCursor().createList(QTextListFormat::ListDisc); });
    tool(tr("1. List"), tr("A numbered list"), [this] { m_text->textCursor().createList(QTextListFormat::ListDecimal); });
    tools->addStretch();

    auto *right = new QWidget;
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Placed:"), m_placement);
    accessible::name(m_text, tr("Text of the section"));
    accessible::view(m_list, tr("Sections"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addLayout(tools);
    rightLayout->addWidget(m_text, 1);
    m_title->setReadOnly(readOnly);
    m_placement->setEnabled(!readOnly);
    m_text->setReadOnly(readOnly);

    auto *split = new QSplitter;
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(readOnly ? QDialogButtonBox::Close : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    for (const ReportSection &s : m_sections) m_list->addItem(s.title);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling) return;
        keepCurrent();
        m_current = row;
        showCurrent();
    });
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (auto *item = m_list->currentItem()) item->setText(text);
    });
    m_list->setCurrentRow(m_sections.empty() ? -1 : 0);
    showCurrent();
}

void SectionsDialog::keepCurrent()
{
    if (m_current >= 0 && m_current < int(m_sections.size())) fill(m_sections[size_t(m_current)]);
}

void SectionsDialog::fill(ReportSection &s) const
{
    s.title = m_title->text().trimmed();
    s.placement = SectionPlacement(m_placement->currentData().toInt());
    // An unchanged text stays as it was stored (the editor would rewrite its HTML).
    if (m_text->document()->isModified()) s.body = m_text->toHtml();
}

void SectionsDialog::showCurrent()
{
    const bool any = m_current >= 0 && m_current < int(m_sections.size());
    m_title->setEnabled(any);
    m_placement->setEnabled(any && !m_text->isReadOnly());
    m_text->setEnabled(any);
    if (!any) {
        m_title->clear();
        m_text->clear();
        return;
    }
    const ReportSection &s = m_sections[size_t(m_current)];
    m_title->setText(s.title);
    m_placement->setCurrentIndex(std::max(0, m_placement->findData(int(s.placement))));
    if (s.body.contains(u'<')) m_text->setHtml(s.body);
    else m_text->setPlainText(s.body);
    m_text->document()->setModified(false);
}

void SectionsDialog::addSection()
{
    keepCurrent();
    ReportSection s;
    s.title = tr("New section");
    m_sections.push_back(s);
    m_list->addItem(s.title);
    m_current = -1;
    m_list->setCurrentRow(int(m_sections.size()) - 1);
    m_title->setFocus();
    m_title->selectAll();
}

void SectionsDialog::removeSection()
{
    const int row = m_list->currentRow();
    if (row < 0) return;
    m_filling = true;
    m_sections.erase(m_sections.begin() + row);
    delete m_list->takeItem(row);
    m_filling = false;
    m_current = m_list->currentRow();
    showCurrent();
}

void SectionsDialog::move(bool up)
{
    const int row = m_list->currentRow();
    const int to = up ? row - 1 : row + 1;
    if (row < 0 || to < 0 || to >= int(m_sections.size())) return;
    keepCurrent();
    std::swap(m_sections[size_t(row)], m_sections[size_t(to)]);
    m_filling = true;
    m_list->item(row)->setText(m_sections[size_t(row)].title);
    m_list->item(to)->setText(m_sections[size_t(to)].title);
    m_list->setCurrentRow(to);
    m_filling = false;
    m_current = to;
}

std::vector<ReportSection> SectionsDialog::sections() const
{
    std::vector<ReportSection> out = m_sections;
    if (m_current >= 0 && m_current < int(out.size())) fill(out[size_t(m_current)]); // what is typed now
    return out;
}

} // namespace malkoll
