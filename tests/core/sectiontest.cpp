// The free sections of a period: written as a list in one transaction, audited section by
// section, refused in a locked period and for a missing title (the store as it was), and an edit
// that undoes and redoes the whole list — a section undone and redone comes back as itself.
#include "edit/edits.h"
#include "store/auditlog.h"
#include "store/organisationrepository.h"
#include "store/periodrepository.h"
#include "store/sectionrepository.h"
#include "text/textdecode.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;
using malkoll::test::TempStore;

namespace {
class Sections : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Committee c{0, QStringLiteral("Provnämnden"), QStringLiteral("Prov")};
        ASSERT_TRUE(OrganisationRepository(*store).addCommittee(c));
        committee = c.id;
    }
    ReportSection section(const QString &title, SectionPlacement placement, const QString &body = QStringLiteral("<p>Text</p>"))
    {
        ReportSection s;
        s.title = title;
        s.placement = placement;
        s.body = body;
        return s;
    }
    std::vector<ReportSection> stored(Period period = Period::T2) { return SectionRepository(*store).sections(committee, 2024, period); }
    TempStore store;
    qint64 committee = 0;
};
} // namespace

TEST_F(Sections, AListIsWrittenInItsOrderAndEachChangeAudited)
{
    SectionRepository repo(*store);
    const int auditBefore = AuditLog(*store).count();
    auto written = repo.replace(committee, 2024, Period::T2,
                                {section(QStringLiteral("Systematiskt kvalitetsarbete"), SectionPlacement::AfterGoals),
                                 section(QStringLiteral("Intern kontroll"), SectionPlacement::End)});
    ASSERT_TRUE(written) << written.error().toStdString();
    ASSERT_EQ(stored().size(), 2u);
    EXPECT_EQ(stored()[0].title, QStringLiteral("Systematiskt kvalitetsarbete"));
    EXPECT_EQ(stored()[0].placement, SectionPlacement::AfterGoals);
    EXPECT_EQ(stored()[1].placement, SectionPlacement::End);
    EXPECT_TRUE(stored(Period::T1).empty()) << "a period's own";
    EXPECT_EQ(AuditLog(*store).count(), auditBefore + 2) << "two sections created";

    // Reordered, one renamed: the ids stay, each change is in the log.
    std::vector<ReportSection> next{written.value()[1], written.value()[0]};
    next[0].title = QStringLiteral("Intern kontroll 2024");
    ASSERT_TRUE(repo.replace(committee, 2024, Period::T2, next));
    ASSERT_EQ(stored().size(), 2u);
    EXPECT_EQ(stored()[0].id, written.value()[1].id);
    EXPECT_EQ(stored()[0].title, QStringLiteral("Intern kontroll 2024"));
    const auto history = AuditLog(*store).history(QStringLiteral("report_section"), written.value()[1].id);
    bool renamed = false;
    for (const AuditEntry &e : history) renamed = renamed || (e.field == u"title" && e.newValue == u"Intern kontroll 2024");
    EXPECT_TRUE(renamed);
}

TEST_F(Sections, RefusedWritesLeaveTheStoreAsItWas)
{
    SectionRepository repo(*store);
    ASSERT_TRUE(repo.replace(committee, 2024, Period::T2, {section(QStringLiteral("Agenda 2030"), SectionPlacement::End)}));
    const auto before = stored();
    const int audit = AuditLog(*store).count();

    auto untitled = repo.replace(committee, 2024, Period::T2, {section(QStringLiteral("  "), SectionPlacement::End)});
    ASSERT_FALSE(untitled);
    EXPECT_TRUE(untitled.error().contains(QStringLiteral("title"))) << untitled.error().toStdString();
    auto tooLong = repo.replace(committee, 2024, Period::T2,
                                {section(QStringLiteral("Lång"), SectionPlacement::End, QString(limits::kDocument * 4 + 1, u'x'))});
    ASSERT_FALSE(tooLong);
    EXPECT_TRUE(tooLong.error().contains(QStringLiteral("Lång"))) << tooLong.error().toStdString();

    ASSERT_TRUE(PeriodRepository(*store).lock(committee, 2024, Period::T2, QStringLiteral("Klar")));
    auto locked = repo.replace(committee, 2024, Period::T2, {});
    ASSERT_FALSE(locked);
    EXPECT_EQ(stored(), before);
    EXPECT_EQ(AuditLog(*store).count(), audit + 1) << "only the lock itself";
}

TEST_F(Sections, AnEditUndoesAndRedoesTheWholeList)
{
    const auto edit = sectionsEdit(QStringLiteral("Sektioner"), committee, 2024, Period::T2, {},
                                   {section(QStringLiteral("Systematiskt kvalitetsarbete"), SectionPlacement::AfterSummary)});
    ASSERT_TRUE(edit->apply(*store, true));
    ASSERT_EQ(stored().size(), 1u);
    const qint64 id = stored()[0].id;
    ASSERT_TRUE(edit->apply(*store, false));
    EXPECT_TRUE(stored().empty());
    ASSERT_TRUE(edit->apply(*store, true));
    ASSERT_EQ(stored().size(), 1u);
    EXPECT_EQ(stored()[0].id, id) << "redone as itself";
    EXPECT_EQ(stored()[0].placement, SectionPlacement::AfterSummary);
}
