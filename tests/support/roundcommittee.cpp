#include "roundcommittee.h"

#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/organisationrepository.h"

namespace malkoll::test {

Goal directionGoal2024(qint64 committee, const QString &number, const QString &title)
{
    Goal g;
    g.committeeId = committee;
    g.year = 2024;
    g.level = GoalLevel::Direction;
    g.number = number;
    g.title = title;
    return g;
}

::testing::AssertionResult makeRoundCommittee(Store &store, RoundCommittee &out)
{
    const auto failed = [](const QString &e) { return ::testing::AssertionFailure() << e.toStdString(); };
    Committee c{0, QStringLiteral("Provnämnden"), QStringLiteral("Prov")};
    if (auto r = OrganisationRepository(store).addCommittee(c); !r) return failed(r.error());
    out.committee = c.id;
    for (const char *name : {"Förskoleområde Öst", "Äldreboendet Ängen"}) {
        Unit u{0, out.committee, 0, QString::fromUtf8(name), {}, false, {}};
        if (auto r = OrganisationRepository(store).addUnit(u); !r) return failed(r.error());
        out.units.push_back(u.id);
    }
    Goal g = directionGoal2024(out.committee, QStringLiteral("1"), QStringLiteral("Ett mål"));
    if (auto r = GoalRepository(store).add(g); !r) return failed(r.error());
    out.goal = g.id;
    for (qint64 unit : out.units) {
        Indicator i;
        i.committeeId = out.committee;
        i.year = 2024;
        i.goalId = g.id;
        i.name = QStringLiteral("Andel nöjda brukare %1").arg(unit);
        i.seriesKey = i.name;
        i.unit = QStringLiteral("%");
        i.responsibleUnitId = unit;
        i.target.kind = TargetKind::AtLeast;
        i.target.value = 80;
        if (auto r = IndicatorRepository(store).add(i); !r) return failed(r.error());
        out.indicators.push_back(i.id);
    }
    return ::testing::AssertionSuccess();
}

} // namespace malkoll::test
