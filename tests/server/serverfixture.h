#pragma once
// A committee on a fresh database of the throwaway cluster, made a shared store by server-init,
// with an enhetschef for each of two units, a controller and a reader (their own PostgreSQL roles).
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/organisationrepository.h"
#include "store/server.h"
#include "roundcommittee.h"
#include "tempstore.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace malkoll::test {

class ServerStore : public ::testing::Test, protected RoundCommittee
{
protected:
    void SetUp() override
    {
        auto opened = Store::open(db.url());
        ASSERT_TRUE(opened) << opened.error().toStdString();
        owner = std::move(opened).value();
        ASSERT_TRUE(makeRoundCommittee(*owner, *this));
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
};

} // namespace malkoll::test
