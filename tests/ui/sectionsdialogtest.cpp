// The sections dialog as a controller meets it: a section added, named, placed and written with
// a heading and bold text, a second one moved above it; the list written as one undo step.
#include "dialogs/sectionsdialog.h"
#include "edit/edits.h"
#include "periodsession.h"
#include "sample/demoloader.h"
#include "store/sectionrepository.h"
#include "tempstore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QTextEdit>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace malkoll;

TEST(SectionsDialogTest, WrittenOrderedAndPlacedThenOneUndoStep)
{
    test::TempStore store;
    auto loaded = test::loadDemo(store);
    ASSERT_TRUE(loaded);
    PeriodSession session;
    session.setStore(&*store);
    ASSERT_TRUE(session.load(loaded->committeeId, 2024, Period::T1));

    SectionsDialog dialog(QStringLiteral("Sektioner"), {}, false);
    dialog.addSection();
    dialog.titleEdit()->setText(QStringLiteral("Intern kontroll"));
    dialog.placementBox()->setCurrentIndex(dialog.placementBox()->findData(int(SectionPlacement::End)));
    dialog.textEdit()->setHtml(QStringLiteral("<h3>Granskning</h3><p>Två <b>kontroller</b> är klara.</p>"));
    dialog.textEdit()->document()->setModified(true);
    dialog.addSection();
    dialog.titleEdit()->setText(QStringLiteral("Systematiskt kvalitetsarbete"));
    dialog.placementBox()->setCurrentIndex(dialog.placementBox()->findData(int(SectionPlacement::AfterGoals)));
    dialog.move(true);
    const auto sections = dialog.sections();
    ASSERT_EQ(sections.size(), 2u);
    EXPECT_EQ(sections[0].title, QStringLiteral("Systematiskt kvalitetsarbete"));
    EXPECT_EQ(sections[0].placement, SectionPlacement::AfterGoals);
    EXPECT_EQ(sections[1].title, QStringLiteral("Intern kontroll"));
    EXPECT_EQ(sections[1].placement, SectionPlacement::End);
    EXPECT_TRUE(sections[1].body.contains(QStringLiteral("Granskning")));
    EXPECT_TRUE(sections[1].body.contains(QStringLiteral("font-weight")) || sections[1].body.contains(QStringLiteral("<b>")));
    EXPECT_EQ(dialog.list()->item(0)->text(), QStringLiteral("Systematiskt kvalitetsarbete"));

    ASSERT_TRUE(session.push(sectionsEdit(QStringLiteral("Sektioner"), loaded->committeeId, 2024, Period::T1, {}, sections)));
    EXPECT_EQ(SectionRepository(*store).sections(loaded->committeeId, 2024, Period::T1).size(), 2u);
    session.undoStack()->undo();
    EXPECT_TRUE(SectionRepository(*store).sections(loaded->committeeId, 2024, Period::T1).empty());
    session.undoStack()->redo();
    EXPECT_EQ(SectionRepository(*store).sections(loaded->committeeId, 2024, Period::T1).size(), 2u);
}
