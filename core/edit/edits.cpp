#include "edits.h"

#include "store/cityrepository.h"

#include "domain/yearsnapshot.h"
#include "store/activityrepository.h"
#include "store/goalrepository.h"
#include "store/indicatorrepository.h"
#include "store/measurementrepository.h"
#include "store/periodrepository.h"
#include "store/sectionrepository.h"
#include "store/koladarepository.h"
#include "store/store.h"

#include <QDateTime>
#include <algorithm>

namespace malkoll {

namespace {

// One edit of rows of type T; Kind says how a row is written (checking the version the other
// state left in the store) and how it is shown in a snapshot.
template <class T, class Kind> class RowsEdit : public Edit
{
public:
    RowsEdit(QString text, std::vector<T> before, std::vector<T> after)
        : m_text(std::move(text)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    QString text() const override { return m_text; }

    Result<void> apply(Store &store, bool forward) override
    {
        std::vector<T> written = forward ? m_after : m_before;
        const std::vector<T> &current = forward ? m_before : m_after; // what the store holds now
        auto r = store.transaction([&]() -> Result<void> {
            for (size_t i = 0; i < written.size(); ++i)
                if (auto w = Kind::write(store, written[i], Kind::version(current[i])); !w) return w;
            return {};
        });
        if (!r) return r; // rolled back: the versions noted stay those of the store
        (forward ? m_after : m_before) = std::move(written);
        return {};
    }

    bool show(YearSnapshot &snapshot, bool forward) const override
    {
        for (const T &row : forward ? m_after : m_before)
            if (!Kind::show(snapshot, row)) return false;
        return true;
    }

private:
    QString m_text;
    std::vector<T> m_before;
    std::vector<T> m_after;
};

struct Values
{
    static int version(const Measurement &m) { return m.version; }
    static Result<void> write(Store &store, Measurement &m, int expected)
    {
        auto saved = MeasurementRepository(store).save(m, expected);
        if (!saved) return Error{saved.error()};
        m.version = saved.value();
        m.updatedBy = store.user();
        m.updatedAt = QDateTime::currentDateTimeUtc();
        return {};
    }
    static bool show(YearSnapshot &s, const Measurement &m)
    {
        if (!s.indicator(m.indicatorId)) return false; // another year's: read the store again
        s.allPeriods[m.indicatorId][m.period] = m;
        if (m.period == s.period) s.measurements.insert(m.indicatorId, m);
        return true;
    }
};

struct ActivityStatuses
{
    static int version(const ActivityReport &r) { return r.version; }
    static Result<void> write(Store &store, ActivityReport &r, int expected)
    {
        auto saved = ActivityRepository(store).saveReport(r, expected);
        if (!saved) return Error{saved.error()};
        r.version = saved.value();
        r.updatedBy = store.user();
        r.updatedAt = QDateTime::currentDateTimeUtc();
        return {};
    }
    static bool show(YearSnapshot &s, const ActivityReport &r)
    {
        if (r.period != s.period) return false;
        s.activityReports.insert(r.activityId, r);
        return true;
    }
};

struct Assessments
{
    static int version(const GoalAssessment &) { return 0; }
    static Result<void> write(Store &store, GoalAssessment &a, int)
    {
        a.author.clear(); // the store writes who is editing now
        if (auto r = GoalRepository(store).setAssessment(a); !r) return r;
        a.author = store.user();
        a.updatedAt = QDateTime::currentDateTimeUtc();
        return {};
    }
    static bool show(YearSnapshot &s, const GoalAssessment &a)
    {
        if (a.period != s.period || a.unitId != 0) return false;
        s.assessments.insert(a.goalId, a);
        return true;
    }
};

struct PeriodTexts
{
    static int version(const PeriodInfo &) { return 0; }
    static Result<void> write(Store &store, PeriodInfo &p, int) { return PeriodRepository(store).saveTexts(p); }
    static bool show(YearSnapshot &s, const PeriodInfo &p)
    {
        if (p.year != s.year || p.period != s.period) return false;
        s.periodInfo.proposals = p.proposals;
        s.periodInfo.summary = p.summary;
        s.periodInfo.handlaggare = p.handlaggare;
        s.periodInfo.phone = p.phone;
        s.periodInfo.documentDate = p.documentDate;
        return true;
    }
};

class Compound : public Edit
{
public:
    Compound(QString text, std::vector<std::unique_ptr<Edit>> edits) : m_text(std::move(text)), m_edits(std::move(edits)) {}
    QString text() const override { return m_text; }
    Result<void> apply(Store &store, bool forward) override
    {
        return store.transaction([&]() -> Result<void> {
            if (forward) {
                for (auto &e : m_edits)
                    if (auto r = e->apply(store, true); !r) return r;
            } else {
                for (auto e = m_edits.rbegin(); e != m_edits.rend(); ++e)
                    if (auto r = (*e)->apply(store, false); !r) return r;
            }
            return {};
        });
    }
    bool show(YearSnapshot &snapshot, bool forward) const override
    {
        for (const auto &e : m_edits)
            if (!e->show(snapshot, forward)) return false;
        return true;
    }

private:
    QString m_text;
    std::vector<std::unique_ptr<Edit>> m_edits;
};

class TargetDecision : public Edit
{
public:
    TargetDecision(QString text, TargetChange change) : m_text(std::move(text)), m_change(std::move(change)) {}
    QString text() const override { return m_text; }
    Result<void> apply(Store &store, bool forward) override
    {
        IndicatorRepository repo(store);
        if (!forward) return repo.removeTargetChange(m_change);
        TargetChange c = m_change;
        c.id = 0;
        auto id = repo.addTargetChange(c);
        if (!id) return Error{id.error()};
        m_change.id = id.value();
        return {};
    }
    bool show(YearSnapshot &snapshot, bool forward) const override
    {
        if (!snapshot.indicator(m_change.indicatorId)) return false;
        auto &list = snapshot.targetChanges;
        list.erase(std::remove_if(list.begin(), list.end(), [&](const TargetChange &c) { return c.id == m_change.id; }), list.end());
        if (forward) list.push_back(m_change);
        return true;
    }

private:
    QString m_text;
    TargetChange m_change;
};

} // namespace

std::unique_ptr<Edit> compoundEdit(const QString &text, std::vector<std::unique_ptr<Edit>> edits)
{
    return std::make_unique<Compound>(text, std::move(edits));
}

std::unique_ptr<Edit> targetDecisionEdit(const QString &text, TargetChange change)
{
    return std::make_unique<TargetDecision>(text, std::move(change));
}

namespace {
class KfTargetEdit : public Edit
{
public:
    KfTargetEdit(QString text, qint64 kf, Target before, Target after)
        : m_text(std::move(text)), m_kf(kf), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    QString text() const override { return m_text; }
    Result<void> apply(Store &store, bool forward) override { return CityRepository(store).setKfTarget(m_kf, forward ? m_after : m_before); }
    bool show(YearSnapshot &, bool) const override { return false; } // every committee's rows changed: read again

private:
    QString m_text;
    qint64 m_kf;
    Target m_before, m_after;
};
} // namespace

std::unique_ptr<Edit> kfTargetEdit(const QString &text, qint64 kfIndicatorId, Target before, Target after)
{
    return std::make_unique<KfTargetEdit>(text, kfIndicatorId, std::move(before), std::move(after));
}

std::unique_ptr<Edit> valueEdit(const QString &text, std::vector<Measurement> before, std::vector<Measurement> after)
{
    return std::make_unique<RowsEdit<Measurement, Values>>(text, std::move(before), std::move(after));
}

std::unique_ptr<Edit> activityStatusEdit(const QString &text, ActivityReport before, ActivityReport after)
{
    return std::make_unique<RowsEdit<ActivityReport, ActivityStatuses>>(text, std::vector{before}, std::vector{after});
}

std::unique_ptr<Edit> assessmentEdit(const QString &text, GoalAssessment before, GoalAssessment after)
{
    return std::make_unique<RowsEdit<GoalAssessment, Assessments>>(text, std::vector{before}, std::vector{after});
}

namespace {
class SectionsEdit : public Edit
{
public:
    SectionsEdit(QString text, qint64 committeeId, int year, Period period, std::vector<ReportSection> before,
                 std::vector<ReportSection> after)
        : m_text(std::move(text)), m_committeeId(committeeId), m_year(year), m_period(period), m_before(std::move(before)),
          m_after(std::move(after))
    {
    }
    QString text() const override { return m_text; }
    Result<void> apply(Store &store, bool forward) override
    {
        auto written = SectionRepository(store).replace(m_committeeId, m_year, m_period, forward ? m_after : m_before);
        if (!written) return Error{written.error()};
        (forward ? m_after : m_before) = std::move(written).value(); // new sections keep the ids they got
        return {};
    }
    bool show(YearSnapshot &, bool) const override { return true; } // the snapshot holds no sections

private:
    QString m_text;
    qint64 m_committeeId;
    int m_year;
    Period m_period;
    std::vector<ReportSection> m_before;
    std::vector<ReportSection> m_after;
};
} // namespace

namespace {
class KoladaLinkEdit : public Edit
{
public:
    KoladaLinkEdit(QString text, KoladaLink before, KoladaLink after)
        : m_text(std::move(text)), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    QString text() const override { return m_text; }
    Result<void> apply(Store &store, bool forward) override { return KoladaRepository(store).setLink(forward ? m_after : m_before); }
    bool show(YearSnapshot &, bool) const override { return true; } // the snapshot holds no links

private:
    QString m_text;
    KoladaLink m_before;
    KoladaLink m_after;
};
} // namespace

std::unique_ptr<Edit> koladaLinkEdit(const QString &text, KoladaLink before, KoladaLink after)
{
    return std::make_unique<KoladaLinkEdit>(text, std::move(before), std::move(after));
}

std::unique_ptr<Edit> sectionsEdit(const QString &text, qint64 committeeId, int year, Period period,
                                   std::vector<ReportSection> before, std::vector<ReportSection> after)
{
    return std::make_unique<SectionsEdit>(text, committeeId, year, period, std::move(before), std::move(after));
}

std::unique_ptr<Edit> periodTextsEdit(const QString &text, PeriodInfo before, PeriodInfo after)
{
    return std::make_unique<RowsEdit<PeriodInfo, PeriodTexts>>(text, std::vector{before}, std::vector{after});
}

} // namespace malkoll
