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
        const auto roles = Server::initRoles(*owner);
        ASSERT_TRUE(roles) << roles.error().toStdString();
        // Role names are the cluster's: one set per test database.
        prefix = db.name() + u'_';
        addAs("chef_ost", Access::Enhetschef, {QStringLiteral("Förskoleområde Öst")});
        addAs("chef_angen", Access::Enhetschef, {QStringLiteral("Äldreboendet Ängen")});
        addAs("controller", Access::Controller, {});
        addAs("reader", Access::Reader, {});
        if (HasFatalFailure()) return;
        for (const char *who : {"chef_ost", "chef_angen", "controller", "reader"}) ASSERT_TRUE(db.setPassword(login(who)));
    }

    void addAs(const char *who, Access role, const QStringList &units)
    {
        const auto added = Server::addUser(*owner, login(who), role, units);
        ASSERT_TRUE(added) << added.error().toStdString();
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
