// A chooser's text is never cut: whole where there is room, shortened with “…” where there is not
// (the whole text in the tooltip and for a screen reader); in a toolbar it gives way before the
// toolbar hides controls behind ».
#include "widgets/fittingcombobox.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QPixmap>
#include <QLabel>
#include <QMainWindow>
#include <QStyleOptionComboBox>
#include <QToolBar>
#include <gtest/gtest.h>

using namespace malkoll;

namespace {

const QString kLong = QStringLiteral("Hässelby-Vällingby stadsdelsnämnd – Äldreomsorgsavdelningen");

// The width of the box's text field, where its label is drawn.
int fieldWidth(const QComboBox &box)
{
    QStyleOptionComboBox option;
    option.initFrom(&box);
    option.editable = box.isEditable();
    return box.style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, &box).width();
}

bool toolbarHidesControls(QToolBar *bar)
{
    auto *more = bar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button"));
    return more && more->isVisible();
}

struct Window
{
    QMainWindow window;
    QToolBar *bar = window.addToolBar(QStringLiteral("Period"));
    FittingComboBox *box = new FittingComboBox(18);
    Window()
    {
        bar->setMovable(false);
        bar->addWidget(new QLabel(QStringLiteral("Nämnd: ")));
        bar->addWidget(box);
        bar->addWidget(new QLabel(QStringLiteral(" År: 2024  Period: Tertialrapport 1 (jan–apr)  ♀ ")));
        box->addItem(QStringLiteral("Kungsholmens stadsdelsnämnd"));
        box->addItem(kLong);
        window.setCentralWidget(new QWidget);
    }
    void show(int width)
    {
        window.resize(width, 300);
        window.show();
        QApplication::processEvents();
    }
};

} // namespace

TEST(FittingComboBox, ShowsTheWholeTextWhereTheToolbarHasRoom)
{
    Window w;
    w.box->setCurrentIndex(1);
    w.show(1366);
    EXPECT_EQ(w.box->shownText(), kLong);
    EXPECT_GE(fieldWidth(*w.box), w.box->fontMetrics().horizontalAdvance(kLong)) << "the text field is narrower than the name";
    EXPECT_FALSE(toolbarHidesControls(w.bar));
}

TEST(FittingComboBox, GivesWayAndShortensWithAnEllipsisWhereThereIsNone)
{
    Window w;
    w.box->setCurrentIndex(1);
    w.show(1366);
    const int wide = w.box->width();
    w.window.resize(w.bar->sizeHint().width() - wide + w.box->minimumSizeHint().width() + 40, 300);
    QApplication::processEvents();
    EXPECT_LT(w.box->width(), wide);
    EXPECT_GE(w.box->width(), w.box->minimumSizeHint().width());
    EXPECT_FALSE(toolbarHidesControls(w.bar)) << "the box should give way before the toolbar hides controls";
    const QString shown = w.box->shownText();
    EXPECT_TRUE(shown.endsWith(QChar(0x2026))) << shown.toStdString();
    EXPECT_TRUE(kLong.startsWith(shown.chopped(1))) << shown.toStdString();
    EXPECT_LE(w.box->fontMetrics().horizontalAdvance(shown), fieldWidth(*w.box));
    // What is drawn is that shortened text: the box looks exactly like a plain one holding it.
    QComboBox plain(w.window.centralWidget()); // in the same window: the same palette and state
    plain.addItem(shown);
    plain.resize(w.box->size());
    plain.show();
    QApplication::processEvents();
    EXPECT_EQ(w.box->grab().toImage(), plain.grab().toImage()) << "the box draws something else than “" << shown.toStdString() << "”";
    // The whole name is still the box's: tooltip, text and what a screen reader hears.
    EXPECT_EQ(w.box->toolTip(), kLong);
    EXPECT_EQ(w.box->currentText(), kLong);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(w.box);
    ASSERT_NE(accessible, nullptr);
    EXPECT_EQ(accessible->text(QAccessible::Value), kLong);

    // Room again: the whole name again.
    w.window.resize(1366, 300);
    QApplication::processEvents();
    EXPECT_EQ(w.box->shownText(), kLong);
}

TEST(FittingComboBox, NeverNarrowerThanItsMinimumContentsLength)
{
    Window w;
    w.box->setCurrentIndex(1);
    w.show(300);
    EXPECT_GE(w.box->width(), w.box->minimumSizeHint().width());
    EXPECT_GE(w.box->minimumSizeHint().width(), w.box->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 18);
    // A short name is whole, and the box asks for no more than it needs.
    w.box->clear();
    w.box->addItem(QStringLiteral("Kista"));
    w.window.resize(1366, 300);
    QApplication::processEvents();
    EXPECT_EQ(w.box->shownText(), QStringLiteral("Kista"));
    EXPECT_LE(w.box->minimumSizeHint().width(), w.box->sizeHint().width());
}
