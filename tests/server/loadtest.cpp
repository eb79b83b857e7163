// The load run's correctness, in the test suite: 50 enhetschefer on their own connections and
// roles enter their values at once (a few each here; scripts/load.sh runs the full T1 for the
// figures). Nothing lost, nothing duplicated, every value as entered, every audit row under the
// right login, every unit submitted.
#include "serverload.h"
#include "tempstore.h"

#include <gtest/gtest.h>

using namespace malkoll;

TEST(LoadTest, FiftyEnhetscheferAtOnceLoseNothingAndAuditEverything)
{
    test::TempDatabase db;
    const auto r = load::run(db.url(), [&](const QString &login) { return db.url(login); }, db.name() + u'_', 50, 4);
    EXPECT_TRUE(r.errors.isEmpty()) << r.errors.join(u'\n').toStdString();
    EXPECT_EQ(r.saves, 200);
    EXPECT_EQ(r.refused, 0);
    EXPECT_EQ(r.submitted, 50);
    EXPECT_EQ(r.stored, 200);
    EXPECT_EQ(r.wrong, 0);
    EXPECT_EQ(r.missing, 0);
    EXPECT_EQ(r.duplicated, 0);
    EXPECT_EQ(r.auditMissing, 0);
    EXPECT_GT(r.savesPerSecond, 0);
    EXPECT_GT(r.baselinePerSecond, 0); // the same run's plain round trips were measured
    std::printf("%s\n", qPrintable(r.describe()));
}
