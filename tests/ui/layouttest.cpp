// A laptop screen and large text (issue 31): at 1366×768 the entry view shows at least eight
// indicator rows without scrolling and the window fits the screen; with the font at 150 % on a
// 1920×1080 screen no control is cut off or out of reach (outside the window, squeezed below its
// own size, or hidden behind the toolbar's »).
#include "demowindow.h"
#include "mainwindow.h"
#include "models/goaltreemodel.h"
#include "models/indicatortablemodel.h"
#include "sample/demoloader.h"
#include "tempstore.h"
#include "widgets/entrytableview.h"
#include "widgets/gapview.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <gtest/gtest.h>
#include <optional>
#include <string_view>

using namespace malkoll;

namespace {


// Controls that are cut off or out of reach on the current tab, one line each.
QStringList clippedControls(MainWindow &window)
{
    QStringList found;
    const QRect inside = window.rect();
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisible()) continue;
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QLineEdit *>(w) ||
                             (qobject_cast<QLabel *>(w) && !static_cast<QLabel *>(w)->text().isEmpty());
        if (!control) continue;
        // Inside a scrolled page or a table: reached by scrolling, as tables and pages are.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != &window; p = p->parentWidget())
            scrolled = scrolled || qobject_cast<QScrollArea *>(p) || qobject_cast<QAbstractItemView *>(p);
        if (scrolled) continue;
        const QRect at(w->mapTo(&window, QPoint(0, 0)), w->size());
        const QString name = QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()),
                                                          w->objectName().isEmpty() ? w->accessibleName() : w->objectName());
        if (!inside.contains(at)) found << name + QStringLiteral(" is outside the window");
        auto *label = qobject_cast<QLabel *>(w);
        const bool wraps = label && label->wordWrap();
        if (!wraps && !qobject_cast<QLineEdit *>(w) && !qobject_cast<QComboBox *>(w) && w->width() + 1 < w->sizeHint().width())
            found << name + QStringLiteral(" is cut: %1 of %2 pixels wide").arg(w->width()).arg(w->sizeHint().width());
        if (wraps && label->heightForWidth(label->width()) > label->height() + 1)
            found << name + QStringLiteral(" is cut: %1 of %2 pixels high").arg(label->height()).arg(label->heightForWidth(label->width()));
    }
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        if (auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")); more && more->isVisible())
            found << QStringLiteral("the toolbar hides controls behind »");
    return found;
}

// The root goal with every goal below it: many indicators.
void showManyIndicators(MainWindow &window)
{
    auto *sub = window.findChild<QCheckBox *>(QStringLiteral("subGoalsBox"));
    sub->setChecked(true);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("goalTree"));
    tree->setCurrentIndex(window.goalModel()->index(0, GoalTreeModel::NumberColumn));
    QApplication::processEvents();
}

} // namespace

TEST(Layout1366, TheEntryViewShowsEightIndicatorRowsAndTheWindowFitsTheScreen)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = malkoll::test::copyDemoStore(dir);
    ASSERT_FALSE(path.isEmpty());
    MainWindow window;
    ASSERT_TRUE(window.openStore(path).ok());
    // A 1366×768 laptop less its panel and the window's title bar.
    window.resize(1366, 700);
    window.show();
    QApplication::processEvents();
    EXPECT_LE(window.minimumSizeHint().height(), 700);
    EXPECT_LE(window.minimumSizeHint().width(), 1366);
    EXPECT_EQ(window.height(), 700) << "the window is taller than the screen's work area";
    showManyIndicators(window);
    EntryTableView *view = window.indicatorView();
    const int rows = window.indicatorModel()->rowCount();
    ASSERT_GE(rows, 8);
    int visible = 0;
    for (int r = 0; r < rows; ++r) {
        const QRect rect = view->visualRect(window.indicatorModel()->index(r, IndicatorTableModel::NameColumn));
        if (rect.isValid() && rect.top() >= 0 && rect.bottom() <= view->viewport()->height()) ++visible;
    }
    EXPECT_GE(visible, 8) << "rows fully visible in " << view->viewport()->height() << " pixels";
    const QStringList clipped = clippedControls(window);
    EXPECT_TRUE(clipped.isEmpty()) << clipped.join(u'\n').toStdString();
    // The committee's whole name, not its first 18 characters cut off mid-word.
    auto *committee = window.findChild<QComboBox *>(QStringLiteral("committeeBox"));
    QStyleOptionComboBox option;
    option.initFrom(committee);
    const int field = committee->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, committee).width();
    EXPECT_EQ(committee->currentText(), QStringLiteral("Kungsholmens stadsdelsnämnd"));
    EXPECT_GE(field, committee->fontMetrics().horizontalAdvance(committee->currentText()))
        << "the committee's name is cut: " << field << " pixels for its text";
}

namespace {

// Tabs whose page is wider than the window (scrolled sideways to reach its filters and buttons; a
// table inside a page may scroll its own columns), one line each, in `language`.
QStringList tabsWiderThanTheWindow(const QString &path, const char *language, int width)
{
    QStringList found;
    std::optional<malkoll::test::SwedishForTest> swedish;
    if (language == std::string_view("sv")) swedish.emplace();
    MainWindow window;
    if (!window.openStore(path).ok()) return {QStringLiteral("the store did not open")};
    window.resize(width, 700);
    window.show();
    QApplication::processEvents();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    for (int t = 0; t < tabs->count(); ++t) {
        tabs->setCurrentIndex(t);
        QApplication::processEvents();
        auto *area = qobject_cast<QScrollArea *>(tabs->widget(t));
        if (!area) continue;
        if (area->widget()->minimumSizeHint().width() > area->viewport()->width() || area->horizontalScrollBar()->maximum() > 0)
            found << QStringLiteral("%1: “%2” needs %3 of %4 pixels")
                         .arg(QLatin1String(language), tabs->tabText(t))
                         .arg(area->widget()->minimumSizeHint().width())
                         .arg(area->viewport()->width());
    }
    return found;
}

// Whether the gap view, on screen in a 1366 px window on the store at `path`, has its search on
// the same row as its filters.
bool gapFiltersOnOneRowAt1366(const QString &path)
{
    MainWindow window;
    if (!window.openStore(path).ok()) return false;
    window.resize(1366, 700);
    window.show();
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
    QApplication::processEvents();
    QWidget *gaps = window.gapView();
    const auto boxes = gaps->findChildren<QComboBox *>();
    const auto edits = gaps->findChildren<QLineEdit *>();
    if (boxes.isEmpty() || edits.isEmpty()) return false;
    const QRect box(boxes.front()->mapTo(gaps, QPoint(0, 0)), boxes.front()->size());
    return edits.front()->mapTo(gaps, QPoint(0, 0)).y() < box.bottom(); // (centred: a pixel or two apart)
}

} // namespace

// Every tab's page fits a laptop's width, in Swedish and English.
TEST(Layout1366, EveryTabFitsTheWindowsWidth)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = malkoll::test::copyDemoStore(dir);
    ASSERT_FALSE(path.isEmpty());
    QStringList found;
    for (const char *language : {"sv", "en"}) found << tabsWiderThanTheWindow(path, language, 1366);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
    // With room, the gap view's filters, search and exports share one row (no height lost).
    EXPECT_TRUE(gapFiltersOnOneRowAt1366(path));
}

// Large text on a laptop: still no tab scrolled sideways (the gap view's search and exports go
// below its filters).
TEST(FontScale150, EveryTabFitsALaptopsWidth)
{
    QSettings().clear();
    QTemporaryDir dir;
    const QString path = malkoll::test::copyDemoStore(dir);
    ASSERT_FALSE(path.isEmpty());
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(large);
    QStringList found;
    for (const char *language : {"sv", "en"}) found << tabsWiderThanTheWindow(path, language, 1366);
    const bool oneRow = gapFiltersOnOneRowAt1366(path);
    QApplication::setFont(normal);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
    EXPECT_FALSE(oneRow) << "the gap view's search should be below its filters";
}

TEST(FontScale150, NothingIsCutOffOrOutOfReachOnAnyTab)
{
    QSettings().clear();
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(large);
    QStringList found;
    {
        QTemporaryDir dir;
        const QString path = malkoll::test::copyDemoStore(dir);
        ASSERT_FALSE(path.isEmpty());
        MainWindow window;
        ASSERT_TRUE(window.openStore(path).ok());
        window.resize(1920, 1040);
        window.show();
        QApplication::processEvents();
        EXPECT_LE(window.minimumSizeHint().height(), 1040);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QApplication::processEvents();
            for (const QString &f : clippedControls(window)) found << tabs->tabText(t) + QStringLiteral(": ") + f;
        }
    }
    QApplication::setFont(normal);
    EXPECT_TRUE(found.isEmpty()) << found.join(u'\n').toStdString();
}
