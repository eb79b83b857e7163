#include "committeecopy.h"

#include "auditlog.h"
#include "cityrepository.h"
#include "store.h"

#include <QHash>
#include <QSet>
#include <map>

namespace malkoll {

namespace {

// Which rows of each table are one committee's (`:c` is its id, the store's own integer). Every
// table of Store::exportTables() is named here: a table added later without a rule is refused.
const std::map<QString, const char *> &committeeRows()
{
    static const std::map<QString, const char *> rows{
        {QStringLiteral("committee"), "id = :c"},
        {QStringLiteral("unit"), "committee_id = :c"},
        // The city's KF structure of the years the committee has a plan for.
        {QStringLiteral("kf_goal"), "year IN (SELECT year FROM goal WHERE committee_id = :c)"},
        {QStringLiteral("kf_indicator"), "year IN (SELECT year FROM goal WHERE committee_id = :c)"},
        {QStringLiteral("kf_target_decision"),
         "kf_indicator_id IN (SELECT id FROM kf_indicator WHERE year IN (SELECT year FROM goal WHERE committee_id = :c))"},
        {QStringLiteral("goal"), "committee_id = :c"},
        {QStringLiteral("goal_assessment"), "goal_id IN (SELECT id FROM goal WHERE committee_id = :c)"},
        {QStringLiteral("indicator"), "committee_id = :c"},
        {QStringLiteral("target_change"), "indicator_id IN (SELECT id FROM indicator WHERE committee_id = :c)"},
        {QStringLiteral("measurement"), "indicator_id IN (SELECT id FROM indicator WHERE committee_id = :c)"},
        {QStringLiteral("activity"), "committee_id = :c"},
        {QStringLiteral("activity_report"), "activity_id IN (SELECT id FROM activity WHERE committee_id = :c)"},
        {QStringLiteral("budget_line"), "committee_id = :c"},
        {QStringLiteral("result_unit_line"), "committee_id = :c"},
        {QStringLiteral("investment_line"), "committee_id = :c"},
        {QStringLiteral("period_info"), "committee_id = :c"},
        {QStringLiteral("report_section"), "committee_id = :c"},
        {QStringLiteral("report_round"), "committee_id = :c"},
        {QStringLiteral("kolada_link"), "committee_id = :c"},
        {QStringLiteral("kolada_value"), "kpi IN (SELECT kpi FROM kolada_link WHERE committee_id = :c)"},
        {QStringLiteral("audit_log"), "1 = 0"}, // a copy starts its own log
    };
    return rows;
}

QString whereOf(const QString &table, qint64 committee)
{
    const auto it = committeeRows().find(table);
    return it == committeeRows().end() ? QString() : QString::fromLatin1(it->second).replace(QLatin1String(":c"), QString::number(committee));
}

// Back into the city: each table's references to the committee's own rows (remapped to the city's
// ids), and whether its rows keep ids (others are written anew: nothing refers to them).
struct Reference
{
    const char *column;
    const char *table; // the committee's own table it refers to
};
struct BackTable
{
    const char *name;
    bool keepsIds;
    std::vector<Reference> references;
};
const std::vector<BackTable> &backTables()
{
    static const std::vector<BackTable> tables{
        {"unit", true, {{"parent_id", "unit"}}},
        {"goal", true, {{"parent_id", "goal"}, {"unit_id", "unit"}}},
        {"goal_assessment", false, {{"goal_id", "goal"}, {"unit_id", "unit"}}},
        {"indicator", true, {{"goal_id", "goal"}, {"responsible_unit_id", "unit"}}},
        {"target_change", true, {{"indicator_id", "indicator"}}},
        {"measurement", true, {{"indicator_id", "indicator"}}},
        {"activity", true, {{"goal_id", "goal"}, {"responsible_unit_id", "unit"}}},
        {"activity_report", false, {{"activity_id", "activity"}}},
        {"budget_line", true, {{"parent_id", "budget_line"}}},
        {"result_unit_line", true, {{"unit_id", "unit"}}},
        {"investment_line", true, {}},
        {"period_info", false, {}},
        {"report_section", true, {}},
        {"report_round", false, {{"unit_id", "unit"}}},
        {"kolada_link", false, {}},
    };
    return tables;
}

// KF's own references: kept where the city has the row, else none (attach sets them again).
const std::map<QString, std::pair<QString, QString>> &kfReferences()
{
    static const std::map<QString, std::pair<QString, QString>> refs{
        {QStringLiteral("goal"), {QStringLiteral("kf_goal_id"), QStringLiteral("kf_goal")}},
        {QStringLiteral("indicator"), {QStringLiteral("kf_indicator_id"), QStringLiteral("kf_indicator")}},
        {QStringLiteral("target_change"), {QStringLiteral("kf_decision_id"), QStringLiteral("kf_target_decision")}},
    };
    return refs;
}

QSet<qint64> ids(const Store &store, const QString &sql)
{
    QSet<qint64> out;
    auto q = store.exec(sql);
    while (q && q.value().next()) out.insert(q.value().value(0).toLongLong());
    return out;
}

std::optional<qint64> committeeNamed(const Store &store, const QString &name)
{
    auto q = store.exec(QStringLiteral("SELECT id FROM committee WHERE name = ? OR (short_name <> '' AND short_name = ?) ORDER BY id"),
                        {name, name});
    if (q && q.value().next()) return q.value().value(0).toLongLong();
    return std::nullopt;
}

} // namespace

Result<std::vector<std::pair<QString, int>>> CommitteeCopy::copyOut(const Store &city, qint64 committeeId, Store &target)
{
    if (target.isReadOnly()) return fail(tr("“%1” is read-only.").arg(target.path()));
    for (const auto &[table, n] : target.counts())
        if (n > 0)
            return fail(tr("“%1” holds data already (%2 rows in “%3”); a committee is copied only into an empty store.")
                            .arg(target.path(), QString::number(n), table));
    std::vector<std::pair<QString, int>> copied;
    auto done = target.transaction([&]() -> Result<void> {
        for (const QString &table : Store::exportTables()) {
            const QString where = whereOf(table, committeeId);
            if (where.isEmpty()) return fail(tr("Internal error: no rule for the committee's rows of “%1”.").arg(table));
            auto rows = city.selectRows(table, where, {});
            if (!rows) return Error{rows.error()};
            Store::parentsFirst(rows.value());
            if (auto r = target.insertRows(table, rows.value()); !r) return r;
            auto count = target.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table));
            const int written = count && count.value().next() ? count.value().value(0).toInt() : -1;
            if (written != int(rows->rows.size()))
                return fail(tr("The copy was not made: %1 rows of “%2” read, %3 written.").arg(rows->rows.size()).arg(table).arg(written));
            copied.emplace_back(table, written);
        }
        if (copied.front().second != 1) return fail(tr("The store has no committee %1.").arg(committeeId));
        if (auto r = city.copySettingsInto(target); !r) return r;
        return AuditLog(target).record(QStringLiteral("committee"), committeeId, QStringLiteral("copied out"), city.path(), target.path());
    });
    if (!done) return Error{done.error()};
    return copied;
}

Result<CommitteeCopyBack> CommitteeCopy::copyBack(const Store &file, Store &city, const QString &name)
{
    const std::optional<qint64> from = committeeNamed(file, name);
    if (!from) return fail(tr("“%1” has no committee “%2”.").arg(file.path(), name));
    auto committees = file.exec(QStringLiteral("SELECT count(*) FROM committee"));
    if (committees && committees.value().next() && committees.value().value(0).toInt() != 1)
        return fail(tr("“%1” holds several committees: a committee comes back from a file of its own (copy-store … --committee).")
                        .arg(file.path()));
    CommitteeCopyBack summary;
    auto done = city.transaction([&]() -> Result<void> {
        // The committee itself: the city's of that name, or a committee that joins.
        auto own = file.selectRows(QStringLiteral("committee"), QStringLiteral("id = %1").arg(*from), {});
        if (!own || own->rows.size() != 1) return fail(tr("“%1” has no committee “%2”.").arg(file.path(), name));
        const QVariantList &c = own->rows.front();
        const QString fullName = c.at(own->columns.indexOf(QStringLiteral("name"))).toString();
        const QString shortName = c.at(own->columns.indexOf(QStringLiteral("short_name"))).toString();
        if (const auto existing = committeeNamed(city, fullName)) {
            summary.committeeId = *existing;
            auto up = city.exec(QStringLiteral("UPDATE committee SET short_name = ? WHERE id = ?"), {shortName, *existing});
            if (!up) return Error{up.error()};
        } else {
            auto ins = city.exec(QStringLiteral("INSERT INTO committee (name, short_name) VALUES (?, ?) RETURNING id"), {fullName, shortName},
                                 tr("the committee “%1”").arg(fullName));
            if (!ins) return Error{ins.error()};
            ins.value().next();
            summary.committeeId = ins.value().value(0).toLongLong();
            summary.joined = true;
        }
        const qint64 to = summary.committeeId;
        QHash<QString, QHash<qint64, qint64>> map; // table → the file's id → the city's
        map[QStringLiteral("committee")].insert(*from, to);

        // First what the file no longer has goes, children first (their own rows go with them), so
        // that nothing the file has meets a row of the same key that is no longer there.
        for (auto it = backTables().rbegin(); it != backTables().rend(); ++it) {
            if (!it->keepsIds) continue;
            const QString table = QString::fromLatin1(it->name);
            const QSet<qint64> inFile = ids(file, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereOf(table, *from)));
            for (qint64 id : ids(city, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereOf(table, to)))) {
                if (inFile.contains(id)) continue;
                auto del = city.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}, tr("the table “%1”").arg(table));
                if (!del) return Error{del.error()};
                summary.deleted += del.value().numRowsAffected();
            }
        }
        for (const BackTable &t : backTables()) {
            const QString table = QString::fromLatin1(t.name);
            auto rows = file.selectRows(table, whereOf(table, *from), {});
            if (!rows) return Error{rows.error()};
            Store::parentsFirst(rows.value());
            const qsizetype idAt = rows->columns.indexOf(QStringLiteral("id"));
            const QSet<qint64> cityIds = t.keepsIds ? ids(city, QStringLiteral("SELECT id FROM %1 WHERE %2").arg(table, whereOf(table, to)))
                                                    : QSet<qint64>{};
            const auto kf = kfReferences().find(table);
            const QSet<qint64> cityKf = kf == kfReferences().end() ? QSet<qint64>{} : ids(city, QStringLiteral("SELECT id FROM %1").arg(kf->second.second));
            if (!t.keepsIds) { // written anew
                auto del = city.exec(QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, whereOf(table, to)), {}, tr("the table “%1”").arg(table));
                if (!del) return Error{del.error()};
                summary.deleted += del.value().numRowsAffected();
            }
            // A KF-indikator holds the city's KF:s årsmål as it is now (KF may have decided meanwhile): read once.
            const QStringList kfTargetColumns{QStringLiteral("kf_target_kind"), QStringLiteral("kf_target_value"),
                                              QStringLiteral("kf_target_value2"), QStringLiteral("kf_target_year"),
                                              QStringLiteral("kf_target_text")};
            QHash<qint64, QVariantList> kfTargets;
            if (table == u"indicator") {
                auto k = city.exec(QStringLiteral("SELECT id, %1 FROM kf_indicator").arg(kfTargetColumns.join(QStringLiteral(", "))));
                if (!k) return Error{k.error()};
                while (k.value().next())
                    for (int f = 0; f < kfTargetColumns.size(); ++f) kfTargets[k.value().value(0).toLongLong()] << k.value().value(f + 1);
            }
            for (const QVariantList &row : rows->rows) {
                QStringList columns;
                QVariantList values;
                for (qsizetype i = 0; i < rows->columns.size(); ++i) {
                    const QString column = rows->columns.at(i);
                    QVariant v = row.at(i).isNull() ? QVariant() : row.at(i); // NULL as NULL, not as a typed empty value
                    if (column == u"id") continue;
                    if (column == u"committee_id") v = to;
                    for (const Reference &r : t.references)
                        if (column == QLatin1String(r.column) && !v.isNull() && v.toLongLong() != 0) {
                            const auto &m = map[QString::fromLatin1(r.table)];
                            if (!m.contains(v.toLongLong()))
                                return fail(tr("“%1”: a row of “%2” refers to %3 %4, which the file does not have.")
                                                .arg(file.path(), table, QString::fromLatin1(r.table))
                                                .arg(v.toLongLong()));
                            v = m.value(v.toLongLong());
                        }
                    if (kf != kfReferences().end() && column == kf->second.first && !v.isNull() && !cityKf.contains(v.toLongLong()))
                        v = QVariant(); // not the city's: attach decides
                    columns << column;
                    values << v;
                }
                const qsizetype kfAt = columns.indexOf(QStringLiteral("kf_indicator_id"));
                if (const auto target = kfTargets.constFind(kfAt >= 0 ? values.at(kfAt).toLongLong() : 0); target != kfTargets.cend())
                    for (int f = 0; f < kfTargetColumns.size(); ++f)
                        if (const qsizetype at = columns.indexOf(kfTargetColumns.at(f)); at >= 0) values[at] = target->at(f);
                const qint64 fileId = idAt >= 0 ? row.at(idAt).toLongLong() : 0;
                if (t.keepsIds && cityIds.contains(fileId)) {
                    QStringList sets;
                    for (const QString &column : std::as_const(columns)) sets << column + QStringLiteral(" = ?");
                    QVariantList binds = values;
                    binds << fileId;
                    auto up = city.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), binds,
                                        tr("the table “%1”").arg(table));
                    if (!up) return Error{up.error()};
                    map[table].insert(fileId, fileId);
                    ++summary.updated;
                    continue;
                }
                QStringList marks;
                for (qsizetype i = 0; i < columns.size(); ++i) marks << QStringLiteral("?");
                auto ins = city.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                         .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")),
                                              t.keepsIds ? QStringLiteral(" RETURNING id") : QString()),
                                     values, tr("the table “%1”").arg(table));
                if (!ins) return Error{ins.error()};
                if (t.keepsIds) {
                    ins.value().next();
                    map[table].insert(fileId, ins.value().value(0).toLongLong());
                }
                ++summary.inserted;
            }
        }
        // The committee's plan refers to the city's KF structure again.
        auto years = city.exec(QStringLiteral("SELECT DISTINCT year FROM goal WHERE committee_id = ? ORDER BY year"), {to});
        if (!years) return Error{years.error()};
        std::vector<int> planYears;
        while (years.value().next()) planYears.push_back(years.value().value(0).toInt());
        for (int year : planYears) {
            auto attached = CityRepository(city).attach(to, year);
            if (!attached) return Error{attached.error()};
            for (const QString &u : std::as_const(attached->unmatched)) summary.unmatched << QStringLiteral("%1: %2").arg(year).arg(u);
        }
        return AuditLog(city).record(QStringLiteral("committee"), to, QStringLiteral("copied back"), file.path(),
                                     tr("%1 rows new, %2 written over, %3 removed").arg(summary.inserted).arg(summary.updated).arg(summary.deleted));
    });
    if (!done) return Error{done.error()};
    return summary;
}

} // namespace malkoll
