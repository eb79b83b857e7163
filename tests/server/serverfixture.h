#pragma once
// A committee on a fresh database of the throwaway cluster, made a shared store by server-init,
// with an enhetschef for each of two units, a controller and a reader (their own PostgreSQL roles).
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/server.h"
#include "tempstore.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace malkoll::test {

class ServerStore : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Store::open(db.url());
        ASSERT_TRUE(opened) << opened.error().toStdString();
        owner = std::move(opened).value();
        Committee c{0, QStringLiteral("Provnämnden"), QStringLiteral("Prov")};
        ASSERT_TRUE(OrganisationRepository(*owner).addCommittee(c));
        committee = c.id;
        for (const char *name : {"Förskoleområde Öst", "Äldreboendet Ängen"}) {
            Unit u{0, committee, 0, QString::fromUtf8(name), {}, false, {}};
            ASSERT_TRUE(OrganisationRepository(*owner).addUnit(u));
            units.push_back(u.id);
        }
        Goal g;
        g.committeeId = committee;
        g.year = 2024;
        g.level = GoalLevel::Direction;
        g.number = QStringLiteral("1");
        g.title = QStringLiteral("Ett mål");
        ASSERT_TRUE(GoalRepository(*owner).add(g));
        goal = g.id;
        for (qint64 unit : units) {
            Indicator i;
            i.committeeId = committee;
            i.year = 2024;
            i.goalId = g.id;
            i.name = QStringLiteral("Andel nöjda brukare %1").arg(unit);
            i.seriesKey = i.name;
            i.unit = QStringLiteral("%");
            i.responsibleUnitId = unit;
            i.target.kind = TargetKind::AtLeast;
            i.target.value = 80;
            ASSERT_TRUE(IndicatorRepository(*owner).add(i));
            indicators.push_back(i.id);
        }
        ASSERT_TRUE(Server::initRoles(*owner));
        // Role names are the cluster's: one set per test database.
        prefix = db.name() + u'_';
        ASSERT_TRUE(Server::addUser(*owner, login("chef_ost"), Access::Enhetschef, {QStringLiteral("Förskoleområde Öst")}));
        ASSERT_TRUE(Server::addUser(*owner, login("chef_angen"), Access::Enhetschef, {QStringLiteral("Äldreboendet Ängen")}));
        ASSERT_TRUE(Server::addUser(*owner, login("controller"), Access::Controller, {}));
        ASSERT_TRUE(Server::addUser(*owner, login("reader"), Access::Reader, {}));
    }

    QString login(const char *who) const { return prefix + QString::fromLatin1(who); }
    std::unique_ptr<Store> as(const char *who)
    {
        Store::Options o;
        o.create = false;
        auto s = Store::open(db.url(login(who)), o);
        EXPECT_TRUE(s) << s.error().toStdString();
        return s ? std::move(s).value() : nullptr;
    }
    static Measurement value(Store &store, qint64 indicator, double outcome, Period period = Period::T1)
    {
        Measurement m = MeasurementRepository(store).measurement(indicator, period).value_or(Measurement{});
        m.indicatorId = indicator;
        m.period = period;
        m.outcome = outcome;
        m.prognosis = outcome;
        m.analysis = QStringLiteral("Analys");
        return m;
    }
    std::optional<double> outcome(qint64 indicator, Period period = Period::T1)
    {
        const auto m = MeasurementRepository(*owner).measurement(indicator, period);
        return m ? m->outcome : std::nullopt;
    }

    TempDatabase db;
    std::unique_ptr<Store> owner;
    QString prefix;
    qint64 committee = 0, goal = 0;
    std::vector<qint64> units, indicators;
};

} // namespace malkoll::test
