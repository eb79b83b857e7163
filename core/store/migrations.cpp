#include "migrations.h"

namespace malkoll {

namespace {
// The periods each table's period column takes. On SQLite as triggers (SQLite cannot add a CHECK to a
// table it has); the server has CHECK constraints instead (serverobjects.cpp), so these are SQLite's only.
QStringList periodChecks()
{
    QStringList out;
    for (const auto &[table, column, codes] : periodColumns()) {
        const QString list = u'\'' + codes.join(QStringLiteral("', '")) + u'\'';
        for (const char *op : {"INSERT", "UPDATE"})
            out << QStringLiteral("%1CREATE TRIGGER %2_%3_%4 BEFORE %5 ON %2 WHEN NEW.%3 NOT IN (%6) BEGIN SELECT RAISE(ABORT, "
                                  "'%2.%3 takes %7 only'); END")
                       .arg(QLatin1String(kSqliteOnly), table, column, QString::fromLatin1(op).toLower(), QLatin1String(op),
                            list, codes.join(QStringLiteral(", ")));
    }
    return out;
}

// The city's KF structure, once per year: inriktningsmål and mål för verksamhetsområdet (kf_goal),
// KF-indikatorer with KF:s årsmål (kf_indicator) and KF's decisions on KF:s årsmål during the year
// (kf_target_decision). A committee's goal and indicator refer to them (kf_goal_id,
// kf_indicator_id); what KF decides is followed by every committee's row in the same statement,
// by these triggers on SQLite and by the server's own (serverobjects.cpp) on PostgreSQL, so no
// writer — Målkoll or plain SQL — can leave a committee behind.
QStringList cityStructure()
{
    QStringList out{
        QStringLiteral("CREATE TABLE kf_goal (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, parent_id INTEGER REFERENCES "
                       "kf_goal(id) ON DELETE CASCADE, level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 2), number TEXT NOT "
                       "NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', sort_order INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX kf_goal_year ON kf_goal(year)"),
        QStringLiteral("CREATE TABLE kf_indicator (id INTEGER PRIMARY KEY, year INTEGER NOT NULL, goal_id INTEGER NOT NULL "
                       "REFERENCES kf_goal(id) ON DELETE CASCADE, name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', decimals "
                       "INTEGER NOT NULL DEFAULT 0, direction TEXT NOT NULL DEFAULT 'higher', periodicity TEXT NOT NULL DEFAULT "
                       "'tertial', gender_split INTEGER NOT NULL DEFAULT 0, series_key TEXT NOT NULL, sort_order INTEGER NOT "
                       "NULL DEFAULT 0, kf_target_kind TEXT NOT NULL DEFAULT 'none', kf_target_value DOUBLE PRECISION NOT NULL "
                       "DEFAULT 0, kf_target_value2 DOUBLE PRECISION NOT NULL DEFAULT 0, kf_target_year INTEGER NOT NULL "
                       "DEFAULT 0, kf_target_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX kf_indicator_year ON kf_indicator(year)"),
        QStringLiteral("CREATE TABLE kf_target_decision (id INTEGER PRIMARY KEY, kf_indicator_id INTEGER NOT NULL REFERENCES "
                       "kf_indicator(id) ON DELETE CASCADE, kind TEXT NOT NULL, value DOUBLE PRECISION NOT NULL DEFAULT 0, "
                       "value2 DOUBLE PRECISION NOT NULL DEFAULT 0, year INTEGER NOT NULL DEFAULT 0, text TEXT NOT NULL "
                       "DEFAULT '', decided TEXT NOT NULL DEFAULT '', from_period TEXT NOT NULL DEFAULT 'T1' CHECK "
                       "(from_period IN ('VP', 'T1', 'T2', 'VB')), reason TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("ALTER TABLE goal ADD COLUMN kf_goal_id INTEGER REFERENCES kf_goal(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE indicator ADD COLUMN kf_indicator_id INTEGER REFERENCES kf_indicator(id) ON DELETE SET NULL"),
        QStringLiteral("ALTER TABLE target_change ADD COLUMN kf_decision_id INTEGER REFERENCES kf_target_decision(id) ON "
                       "DELETE CASCADE"),
        QStringLiteral("CREATE INDEX goal_kf ON goal(kf_goal_id)"),
        QStringLiteral("CREATE INDEX indicator_kf ON indicator(kf_indicator_id)"),
        QStringLiteral("CREATE INDEX target_change_kf ON target_change(kf_decision_id)"),
    };
    const QString sqlite = QLatin1String(kSqliteOnly);
    out << sqlite + QStringLiteral(
                        "CREATE TRIGGER kf_goal_follow AFTER UPDATE OF number, title, description ON kf_goal BEGIN "
                        "UPDATE goal SET number = NEW.number, title = NEW.title, description = NEW.description "
                        "WHERE kf_goal_id = NEW.id; END")
        << sqlite + QStringLiteral(
                        "CREATE TRIGGER kf_indicator_follow AFTER UPDATE ON kf_indicator BEGIN "
                        "UPDATE indicator SET name = NEW.name, unit = NEW.unit, decimals = NEW.decimals, direction = "
                        "NEW.direction, periodicity = NEW.periodicity, gender_split = NEW.gender_split, kf_target_kind = "
                        "NEW.kf_target_kind, kf_target_value = NEW.kf_target_value, kf_target_value2 = NEW.kf_target_value2, "
                        "kf_target_year = NEW.kf_target_year, kf_target_text = NEW.kf_target_text WHERE kf_indicator_id = "
                        "NEW.id; END")
        << sqlite + QStringLiteral(
                        "CREATE TRIGGER kf_decision_follow AFTER INSERT ON kf_target_decision BEGIN "
                        "INSERT INTO target_change (indicator_id, kf, kind, value, value2, year, text, decided, from_period, "
                        "reason, kf_decision_id) SELECT id, 1, NEW.kind, NEW.value, NEW.value2, NEW.year, NEW.text, "
                        "NEW.decided, NEW.from_period, NEW.reason, NEW.id FROM indicator WHERE kf_indicator_id = "
                        "NEW.kf_indicator_id; END")
        // KF:s årsmål of a committee's KF-indikator is the city's: a row that refers to the city's
        // takes no other (the city's change reaches it through kf_indicator_follow).
        << sqlite + QStringLiteral(
                        "CREATE TRIGGER kf_target_held BEFORE UPDATE OF kf_target_kind, kf_target_value, kf_target_value2, "
                        "kf_target_year, kf_target_text, kf_indicator_id ON indicator WHEN NEW.kf_indicator_id IS NOT NULL AND "
                        "EXISTS (SELECT 1 FROM kf_indicator k WHERE k.id = NEW.kf_indicator_id AND (k.kf_target_kind IS NOT "
                        "NEW.kf_target_kind OR k.kf_target_value IS NOT NEW.kf_target_value OR k.kf_target_value2 IS NOT "
                        "NEW.kf_target_value2 OR k.kf_target_year IS NOT NEW.kf_target_year OR k.kf_target_text IS NOT "
                        "NEW.kf_target_text)) BEGIN SELECT RAISE(ABORT, 'indicator: KF:s årsmål of a KF-indikator is the "
                        "city''s, set once for every committee'); END")
        // A committee's own copy of what KF decides is not the committee's to change.
        << sqlite + QStringLiteral(
                        "CREATE TRIGGER kf_decision_held BEFORE UPDATE ON target_change WHEN OLD.kf_decision_id IS NOT NULL "
                        "BEGIN SELECT RAISE(ABORT, 'target_change: a KF decision is changed by the city, not by a "
                        "committee'); END");
    return out;
}
} // namespace

const std::vector<PeriodColumn> &periodColumns()
{
    const QStringList all{QStringLiteral("VP"), QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("VB")};
    const QStringList followUp{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("VB")};
    static const std::vector<PeriodColumn> columns{
        {QStringLiteral("measurement"), QStringLiteral("period"), followUp},
        {QStringLiteral("activity_report"), QStringLiteral("period"), followUp},
        {QStringLiteral("report_round"), QStringLiteral("period"), followUp},
        {QStringLiteral("goal_assessment"), QStringLiteral("period"), all},
        {QStringLiteral("target_change"), QStringLiteral("from_period"), all},
        {QStringLiteral("budget_line"), QStringLiteral("period"), all},
        {QStringLiteral("result_unit_line"), QStringLiteral("period"), all},
        {QStringLiteral("investment_line"), QStringLiteral("period"), all},
        {QStringLiteral("period_info"), QStringLiteral("period"), all},
        {QStringLiteral("report_section"), QStringLiteral("period"), all},
    };
    return columns;
}

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all{
        {1,
         "initial schema: organisation, goals, indicators, measurements, activities, economy, audit",
         {
             "CREATE TABLE schema_info (version INTEGER NOT NULL)",
             "CREATE TABLE committee (id INTEGER PRIMARY KEY, name TEXT NOT NULL, short_name TEXT NOT NULL "
             "DEFAULT '')",
             "CREATE TABLE unit (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES committee(id) "
             "ON DELETE CASCADE, parent_id INTEGER REFERENCES unit(id), name TEXT NOT NULL, number TEXT NOT NULL "
             "DEFAULT '', result_unit INTEGER NOT NULL DEFAULT 0, manager TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE period_info (committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE, "
             "year INTEGER NOT NULL, period TEXT NOT NULL, proposals TEXT NOT NULL DEFAULT '', summary TEXT NOT "
             "NULL DEFAULT '', locked INTEGER NOT NULL DEFAULT 0, lock_reason TEXT NOT NULL DEFAULT '', "
             "locked_by TEXT NOT NULL DEFAULT '', PRIMARY KEY (committee_id, year, period))",
             "CREATE TABLE goal (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES committee(id) "
             "ON DELETE CASCADE, year INTEGER NOT NULL, parent_id INTEGER REFERENCES goal(id) ON DELETE CASCADE, "
             "level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4), number TEXT NOT NULL, title TEXT NOT NULL, "
             "description TEXT NOT NULL DEFAULT '', expected_results TEXT NOT NULL DEFAULT '', unit_id INTEGER "
             "REFERENCES unit(id), sort_order INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX goal_year ON goal(committee_id, year)",
             "CREATE TABLE goal_assessment (goal_id INTEGER NOT NULL REFERENCES goal(id) ON DELETE CASCADE, "
             "period TEXT NOT NULL, unit_id INTEGER NOT NULL DEFAULT 0, assessment TEXT NOT NULL DEFAULT '', "
             "analysis TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL "
             "DEFAULT '', PRIMARY KEY (goal_id, period, unit_id))",
             "CREATE TABLE indicator (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, goal_id INTEGER NOT NULL REFERENCES goal(id) "
             "ON DELETE CASCADE, origin TEXT NOT NULL, name TEXT NOT NULL, unit TEXT NOT NULL DEFAULT '', "
             "decimals INTEGER NOT NULL DEFAULT 0, direction TEXT NOT NULL DEFAULT 'higher', periodicity TEXT "
             "NOT NULL DEFAULT 'tertial', gender_split INTEGER NOT NULL DEFAULT 0, gender_flag INTEGER NOT NULL "
             "DEFAULT 0, responsible_unit_id INTEGER REFERENCES unit(id), series_key TEXT NOT NULL, sort_order "
             "INTEGER NOT NULL DEFAULT 0, "
             "target_kind TEXT NOT NULL DEFAULT 'none', target_value DOUBLE PRECISION NOT NULL DEFAULT 0, "
             "target_value2 DOUBLE PRECISION NOT NULL DEFAULT 0, target_year INTEGER NOT NULL DEFAULT 0, "
             "target_text TEXT NOT NULL DEFAULT '', "
             "kf_target_kind TEXT NOT NULL DEFAULT 'none', kf_target_value DOUBLE PRECISION NOT NULL DEFAULT 0, "
             "kf_target_value2 DOUBLE PRECISION NOT NULL DEFAULT 0, kf_target_year INTEGER NOT NULL DEFAULT 0, "
             "kf_target_text TEXT NOT NULL DEFAULT '')",
             "CREATE INDEX indicator_year ON indicator(committee_id, year)",
             "CREATE TABLE target_change (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, kf INTEGER NOT NULL DEFAULT 0, kind TEXT NOT NULL, value DOUBLE "
             "PRECISION NOT NULL DEFAULT 0, value2 DOUBLE PRECISION NOT NULL DEFAULT 0, year INTEGER NOT NULL "
             "DEFAULT 0, text TEXT NOT NULL DEFAULT '', decided TEXT NOT NULL DEFAULT '', from_period TEXT NOT "
             "NULL DEFAULT 'T1', reason TEXT NOT NULL DEFAULT '')",
             "CREATE TABLE measurement (id INTEGER PRIMARY KEY, indicator_id INTEGER NOT NULL REFERENCES "
             "indicator(id) ON DELETE CASCADE, period TEXT NOT NULL, outcome DOUBLE PRECISION, men DOUBLE "
             "PRECISION, women DOUBLE PRECISION, prognosis DOUBLE PRECISION, not_reported INTEGER NOT NULL "
             "DEFAULT 0, not_reported_reason TEXT NOT NULL DEFAULT '', analysis TEXT NOT NULL DEFAULT '', "
             "updated_by TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', UNIQUE (indicator_id, "
             "period))",
             "CREATE TABLE activity (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, goal_id INTEGER NOT NULL REFERENCES goal(id) "
             "ON DELETE CASCADE, origin TEXT NOT NULL, title TEXT NOT NULL, start_date TEXT NOT NULL DEFAULT '', "
             "end_date TEXT NOT NULL DEFAULT '', responsible_unit_id INTEGER REFERENCES unit(id), sort_order "
             "INTEGER NOT NULL DEFAULT 0)",
             "CREATE INDEX activity_year ON activity(committee_id, year)",
             "CREATE TABLE activity_report (activity_id INTEGER NOT NULL REFERENCES activity(id) ON DELETE "
             "CASCADE, period TEXT NOT NULL, status TEXT NOT NULL DEFAULT '', analysis TEXT NOT NULL DEFAULT '', "
             "updated_by TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL DEFAULT '', PRIMARY KEY "
             "(activity_id, period))",
             "CREATE TABLE budget_line (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, period TEXT NOT NULL, parent_id INTEGER "
             "REFERENCES budget_line(id) ON DELETE CASCADE, name TEXT NOT NULL, sort_order INTEGER NOT NULL "
             "DEFAULT 0, budget DOUBLE PRECISION NOT NULL DEFAULT 0, adjustments DOUBLE PRECISION NOT NULL "
             "DEFAULT 0, performance DOUBLE PRECISION NOT NULL DEFAULT 0, forecast_before DOUBLE PRECISION NOT "
             "NULL DEFAULT 0, forecast_after DOUBLE PRECISION NOT NULL DEFAULT 0)",
             "CREATE TABLE result_unit_line (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, period TEXT NOT NULL, unit_id INTEGER "
             "REFERENCES unit(id), name TEXT NOT NULL, gross_budget DOUBLE PRECISION NOT NULL DEFAULT 0, "
             "carried_in DOUBLE PRECISION NOT NULL DEFAULT 0, result DOUBLE PRECISION NOT NULL DEFAULT 0, "
             "sort_order INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE investment_line (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, period TEXT NOT NULL, name TEXT NOT NULL, "
             "budget DOUBLE PRECISION NOT NULL DEFAULT 0, adjustments DOUBLE PRECISION NOT NULL DEFAULT 0, "
             "forecast DOUBLE PRECISION NOT NULL DEFAULT 0, sort_order INTEGER NOT NULL DEFAULT 0)",
             "CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, who TEXT NOT NULL, entity TEXT "
             "NOT NULL, entity_id INTEGER NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT)",
             "CREATE INDEX audit_entity ON audit_log(entity, entity_id)",
         }},
        {2,
         "row versions for concurrent edits, store-wide settings, series index",
         {
             "ALTER TABLE measurement ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE activity_report ADD COLUMN version INTEGER NOT NULL DEFAULT 0",
             "ALTER TABLE indicator ADD COLUMN tolerance DOUBLE PRECISION",
             "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
             "INSERT INTO setting (key, value) VALUES ('default_tolerance', '5')",
             "CREATE INDEX indicator_series ON indicator(committee_id, series_key)",
         }},
        {3,
         "series index with the year, so a year's history is found without pairing every indicator",
         {
             "DROP INDEX indicator_series",
             "CREATE INDEX indicator_series_year ON indicator(committee_id, series_key, year)",
         }},
        {4,
         "an indicator's targets copied into a new year are to be reviewed until someone sets them",
         {
             "ALTER TABLE indicator ADD COLUMN target_review INTEGER NOT NULL DEFAULT 0",
         }},
        {5,
         "free report sections per period; Kolada links per indicator series and the fetched Kolada values",
         {
             "CREATE TABLE report_section (id INTEGER PRIMARY KEY, committee_id INTEGER NOT NULL REFERENCES "
             "committee(id) ON DELETE CASCADE, year INTEGER NOT NULL, period TEXT NOT NULL, position INTEGER NOT "
             "NULL DEFAULT 0, placement TEXT NOT NULL DEFAULT 'end', title TEXT NOT NULL, body TEXT NOT NULL "
             "DEFAULT '')",
             "CREATE INDEX report_section_period ON report_section(committee_id, year, period)",
             "CREATE TABLE kolada_link (committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE, "
             "series_key TEXT NOT NULL, kpi TEXT NOT NULL, municipalities TEXT NOT NULL DEFAULT '', ou TEXT NOT "
             "NULL DEFAULT '', PRIMARY KEY (committee_id, series_key))",
             "CREATE TABLE kolada_value (kpi TEXT NOT NULL, area_kind TEXT NOT NULL, area TEXT NOT NULL, year "
             "INTEGER NOT NULL, gender TEXT NOT NULL, value DOUBLE PRECISION, fetched_at TEXT NOT NULL, "
             "previous_value DOUBLE PRECISION, revised_at TEXT NOT NULL DEFAULT '', PRIMARY KEY (kpi, area_kind, "
             "area, year, gender))",
         }},
        {6,
         "the reporting round: each unit's state per period, and a deadline per period",
         {
             "CREATE TABLE report_round (committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE, "
             "year INTEGER NOT NULL, period TEXT NOT NULL, unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE "
             "CASCADE, state TEXT NOT NULL DEFAULT 'open', comment TEXT NOT NULL DEFAULT '', submitted_by TEXT NOT "
             "NULL DEFAULT '', submitted_at TEXT NOT NULL DEFAULT '', decided_by TEXT NOT NULL DEFAULT '', "
             "decided_at TEXT NOT NULL DEFAULT '', version INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (committee_id, "
             "year, period, unit_id))",
             "ALTER TABLE period_info ADD COLUMN deadline TEXT NOT NULL DEFAULT ''",
         }},
        {7, "one vocabulary of periods: a row with another spelling of a period is refused", periodChecks()},
        {8,
         "the title block of a period's document: handläggare, telephone and the document's date",
         {
             "ALTER TABLE period_info ADD COLUMN handlaggare TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE period_info ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
             "ALTER TABLE period_info ADD COLUMN document_date TEXT NOT NULL DEFAULT ''",
         }},
        {9, "the city's KF structure held once: KF's goals, KF-indikatorer with KF:s årsmål and KF's decisions, "
            "which every committee's plan refers to", cityStructure()},
    };
    return all;
}

QString forServer(const QString &statement)
{
    QString s = statement;
    return s.replace(QLatin1String("id INTEGER PRIMARY KEY"), QLatin1String("id SERIAL PRIMARY KEY"));
}

int latestSchemaVersion() { return migrations().back().version; }

} // namespace malkoll
