#include "helpdialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace malkoll {

HelpDialog::HelpDialog(const QString &section, QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setWindowTitle(tr("Målkoll – manual"));
    m_browser->setOpenLinks(true);
    m_browser->setSearchPaths({QStringLiteral(":/manual")});
    m_browser->setSource(QUrl(QStringLiteral("qrc:/manual/handbok.html")));
    // At the section once the text is laid out in the shown dialog.
    if (!section.isEmpty()) QTimer::singleShot(0, m_browser, [this, section] { m_browser->scrollToAnchor(section); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString HelpDialog::sectionForTab(int tab)
{
    static const char *sections[] = {"inmatning", "granskning", "oversikt", "ekonomi"};
    return tab >= 0 && tab < 4 ? QString::fromLatin1(sections[tab]) : QString();
}

} // namespace malkoll
