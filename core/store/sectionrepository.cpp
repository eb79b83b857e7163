#include "sectionrepository.h"

#include "auditlog.h"
#include "periodrepository.h"
#include "store.h"
#include "text/textdecode.h"

#include <QHash>

namespace malkoll {

QString sectionPlacementCode(SectionPlacement p)
{
    switch (p) {
    case SectionPlacement::AfterSummary: return QStringLiteral("after_summary");
    case SectionPlacement::AfterGoals: return QStringLiteral("after_goals");
    case SectionPlacement::Economy: return QStringLiteral("economy");
    case SectionPlacement::End: break;
    }
    return QStringLiteral("end");
}

std::optional<SectionPlacement> sectionPlacementFromCode(const QString &code)
{
    for (SectionPlacement p : {SectionPlacement::AfterSummary, SectionPlacement::AfterGoals, SectionPlacement::Economy, SectionPlacement::End})
        if (sectionPlacementCode(p) == code) return p;
    return std::nullopt;
}

std::vector<ReportSection> SectionRepository::sections(qint64 committeeId, int year, Period period) const
{
    return sections(CommitteeIds{committeeId}, year, period).value(committeeId);
}

QHash<qint64, std::vector<ReportSection>> SectionRepository::sections(const CommitteeIds &committees, int year, Period period) const
{
    QHash<qint64, std::vector<ReportSection>> out;
    auto q = m_store.exec(QStringLiteral("SELECT id, placement, title, body, committee_id FROM report_section WHERE committee_id IN %1 "
                                         "AND year = ? AND period = ? ORDER BY position, id")
                              .arg(inList(committees)),
                          {year, periodCode(period)});
    while (q && q.value().next()) {
        ReportSection s;
        s.id = q.value().value(0).toLongLong();
        s.committeeId = q.value().value(4).toLongLong();
        s.year = year;
        s.period = period;
        s.placement = sectionPlacementFromCode(q.value().value(1).toString()).value_or(SectionPlacement::End);
        s.title = q.value().value(2).toString();
        s.body = q.value().value(3).toString();
        out[s.committeeId].push_back(s);
    }
    return out;
}

Result<std::vector<ReportSection>> SectionRepository::replace(qint64 committeeId, int year, Period period,
                                                              std::vector<ReportSection> sections)
{
    for (const ReportSection &s : sections) {
        if (s.title.trimmed().isEmpty()) return fail(tr("A section needs a title."));
        if (auto r = TextCheck::check({{s.title, limits::kTitle, tr("The section's title")}}); !r) return Error{r.error()};
        if (auto r = TextCheck::checkLength(s.body, limits::kDocument * 4, tr("The text of “%1”").arg(s.title)); !r)
            return Error{r.error()};
    }
    if (auto r = PeriodRepository(m_store).ensureUnlocked(committeeId, year, period); !r) return Error{r.error()};
    const std::vector<ReportSection> before = this->sections(committeeId, year, period);
    auto written = m_store.transaction([&]() -> Result<void> {
        AuditLog log(m_store);
        QHash<qint64, const ReportSection *> kept;
        for (const ReportSection &s : sections)
            if (s.id) kept.insert(s.id, &s);
        for (const ReportSection &old : before) {
            if (kept.contains(old.id)) continue;
            if (auto q = m_store.exec(QStringLiteral("DELETE FROM report_section WHERE id = ?"), {old.id}); !q) return Error{q.error()};
            if (auto r = log.record(QStringLiteral("report_section"), old.id, QStringLiteral("deleted"), old.title, QVariant()); !r) return r;
        }
        QHash<qint64, const ReportSection *> stored;
        for (const ReportSection &old : before) stored.insert(old.id, &old);
        for (size_t i = 0; i < sections.size(); ++i) {
            ReportSection &s = sections[i];
            s.committeeId = committeeId;
            s.year = year;
            s.period = period;
            const ReportSection *old = stored.value(s.id, nullptr);
            const QVariantList values{int(i), sectionPlacementCode(s.placement), s.title, s.body};
            if (old) {
                auto q = m_store.exec(QStringLiteral("UPDATE report_section SET position = ?, placement = ?, title = ?, body = ? WHERE id = ?"),
                                      values + QVariantList{s.id}, tr("the section “%1”").arg(s.title));
                if (!q) return Error{q.error()};
            } else {
                // A section undone comes back with its id; a new one gets the next.
                const QVariantList where{committeeId, year, periodCode(period)};
                auto q = s.id ? m_store.exec(QStringLiteral("INSERT INTO report_section (id, committee_id, year, period, position, "
                                                            "placement, title, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                             QVariantList{s.id} + where + values, tr("the section “%1”").arg(s.title))
                              : m_store.exec(QStringLiteral("INSERT INTO report_section (committee_id, year, period, position, "
                                                            "placement, title, body) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                                             where + values, tr("the section “%1”").arg(s.title));
                if (!q) return Error{q.error()};
                if (s.id)
                    if (auto r = m_store.idsTaken(QStringLiteral("report_section")); !r) return r;
                if (!q.value().next()) return fail(tr("Could not save the section “%1”.").arg(s.title));
                s.id = q.value().value(0).toLongLong();
                if (auto r = log.record(QStringLiteral("report_section"), s.id, QStringLiteral("created"), QVariant(), s.title); !r) return r;
                continue;
            }
            auto field = [&](const char *name, const QVariant &a, const QVariant &b) -> Result<void> {
                if (a == b) return {};
                return log.record(QStringLiteral("report_section"), s.id, QString::fromLatin1(name), a, b);
            };
            if (auto r = field("title", old->title, s.title); !r) return r;
            if (auto r = field("body", old->body, s.body); !r) return r;
            if (auto r = field("placement", sectionPlacementCode(old->placement), sectionPlacementCode(s.placement)); !r) return r;
            if (auto r = field("position", qlonglong(old - before.data()), qlonglong(i)); !r) return r;
        }
        return {};
    });
    if (!written) return Error{written.error()};
    return sections;
}

} // namespace malkoll
