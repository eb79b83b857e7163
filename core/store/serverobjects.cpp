// The server's own objects. Everything a person could change with plain SQL is decided here, on the
// server: who may write which row, the stamps of who and when, the audit log, the round's steps.
// Functions are SECURITY DEFINER with a pinned search_path and owned by the committee's owner role;
// they read session_user (the person logged in), which no SET ROLE or function can change.
#include "serverobjects.h"

#include "migrations.h"
#include "text/textdecode.h"

namespace malkoll::serversql {

const QStringList &watchedTables()
{
    static const QStringList t{
        QStringLiteral("committee"), QStringLiteral("unit"), QStringLiteral("goal"), QStringLiteral("goal_assessment"),
        QStringLiteral("indicator"), QStringLiteral("target_change"), QStringLiteral("measurement"),
        QStringLiteral("activity"), QStringLiteral("activity_report"), QStringLiteral("budget_line"),
        QStringLiteral("result_unit_line"), QStringLiteral("investment_line"), QStringLiteral("period_info"),
        QStringLiteral("report_section"), QStringLiteral("kolada_link"), QStringLiteral("kolada_value"),
        QStringLiteral("report_round"), QStringLiteral("setting"), QStringLiteral("kf_goal"), QStringLiteral("kf_indicator"),
        QStringLiteral("kf_target_decision")};
    return t;
}

const QStringList &cityTables()
{
    static const QStringList t{QStringLiteral("kf_goal"), QStringLiteral("kf_indicator"), QStringLiteral("kf_target_decision")};
    return t;
}

const QStringList &unitTables()
{
    static const QStringList t{QStringLiteral("measurement"), QStringLiteral("activity_report"),
                               QStringLiteral("goal_assessment"), QStringLiteral("report_round")};
    return t;
}

namespace {

QString sql(const char *text) { return QString::fromUtf8(text); }

// Who is who. A person's role is their membership of this database's group roles (server_role
// names them); a superuser, the database's owner and members of the owner role are the owner.
QStringList accessFunctions()
{
    return {
        sql("CREATE TABLE IF NOT EXISTS server_role (kind TEXT PRIMARY KEY, role_name TEXT NOT NULL)"),
        sql("CREATE TABLE IF NOT EXISTS member_unit (login TEXT NOT NULL, unit_id INTEGER NOT NULL "
            "REFERENCES unit(id) ON DELETE CASCADE, PRIMARY KEY (login, unit_id))"),
        // The committees a controller (or enhetschef, reader) is held to; a controller with none is
        // the store's (a store of one committee).
        sql("CREATE TABLE IF NOT EXISTS member_committee (login TEXT NOT NULL, committee_id INTEGER NOT NULL "
            "REFERENCES committee(id) ON DELETE CASCADE, PRIMARY KEY (login, committee_id))"),
        // A copy into an empty store keeps the rows' own names and times (copy-store): honoured only
        // for the owner, only in the transaction that began it with malkoll_begin_copy().
        sql("CREATE TABLE IF NOT EXISTS copy_mode (xact xid8 PRIMARY KEY)"),
        sql("DROP FUNCTION IF EXISTS malkoll_has(text)"), // malkoll_access reads every group in one query now
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_is_owner() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN RETURN malkoll_access() = 'owner'; END $$)SQL"),
        // One statement: who the session's login is here (called on every save, so kept to one plan).
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_access() RETURNS text LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN
  -- to_regrole: NULL (so not a member) for a group role that is gone; far cheaper than joining pg_roles.
  -- pg_database_owner: the database's owner (and its members), and every superuser, from the
  -- server's role cache (reading pg_roles and pg_database took five catalogs' locks on every save).
  RETURN (SELECT CASE
    WHEN pg_has_role(session_user, 'pg_database_owner', 'MEMBER') OR 'owner' = ANY (k) THEN 'owner'
    WHEN 'controller' = ANY (k) THEN 'controller' WHEN 'stad' = ANY (k) THEN 'stad'
    WHEN 'enhetschef' = ANY (k) THEN 'enhetschef' ELSE 'reader' END
  FROM (SELECT array_agg(r.kind) AS k FROM server_role r
         WHERE pg_has_role(session_user, to_regrole(quote_ident(r.role_name)), 'MEMBER')) s);
END $$)SQL"),
        // A committee's rows are written by its own controller (one held to no committee writes every
        // committee's), by its enhetschefer through malkoll_upsert's checks, by the owner, and by the
        // store's own triggers (KF's decisions reaching every committee, cascades).
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_writes_committee(c integer) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN
RETURN CASE malkoll_access()
  WHEN 'owner' THEN true WHEN 'enhetschef' THEN true
  WHEN 'controller' THEN NOT EXISTS (SELECT 1 FROM member_committee WHERE login = session_user)
                         OR EXISTS (SELECT 1 FROM member_committee WHERE login = session_user AND committee_id = c)
  ELSE false END; END $$)SQL"),
        // The city's KF structure: the owner, stad, and a controller held to no committee (a store of one).
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_writes_city() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
RETURN CASE malkoll_access()
  WHEN 'owner' THEN true WHEN 'stad' THEN true
  WHEN 'controller' THEN NOT EXISTS (SELECT 1 FROM member_committee WHERE login = session_user)
  ELSE false END; END $$)SQL"),
        // Held to their units: an enhetschef who is not also a controller or the owner.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_is_restricted() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN RETURN malkoll_access() = 'enhetschef'; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_own_units() RETURNS SETOF integer LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN RETURN QUERY
WITH RECURSIVE u(id) AS (SELECT unit_id FROM member_unit WHERE login = session_user
                         UNION SELECT unit.id FROM unit JOIN u ON unit.parent_id = u.id) SELECT u.id FROM u; END $$)SQL"),
        // Whether this transaction copies a store in (malkoll_begin_copy): the row it wrote for this
        // transaction, and the owner. The setting in front is only a quick no for every ordinary write
        // (anyone may set it, so it is never enough); malkoll_copying is plain SQL so that the checks
        // calling it on every save take it into their own expression instead of calling a function.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_copy_held() RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
RETURN EXISTS (SELECT 1 FROM copy_mode WHERE xact = pg_current_xact_id_if_assigned()) AND malkoll_is_owner(); END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_copying() RETURNS boolean LANGUAGE sql STABLE
AS $$ SELECT COALESCE(current_setting('malkoll.copying', true), '') = 'on' AND malkoll_copy_held() $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_begin_copy() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  IF NOT malkoll_is_owner() THEN
    RAISE EXCEPTION 'Målkoll: bara databasens ägare kopierar in en databas' USING ERRCODE = '42501'; END IF;
  IF EXISTS (SELECT 1 FROM audit_log) THEN
    RAISE EXCEPTION 'Målkoll: granskningsloggen har rader; en kopia skrivs bara in i en tom databas' USING ERRCODE = '42501'; END IF;
  INSERT INTO copy_mode (xact) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
  PERFORM set_config('malkoll.copying', 'on', true);
END $$)SQL"),
    };
}

// The audit log: ids the server's own (an identity no one may set), rows written only by the
// triggers below, stamped with the server's user and clock, never updated, deleted or truncated.
QStringList auditObjects()
{
    return {
        sql(R"SQL(DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
                 AND table_name = 'audit_log' AND column_name = 'id' AND is_identity = 'YES') THEN
    ALTER TABLE audit_log ALTER COLUMN id DROP DEFAULT;
    DROP SEQUENCE IF EXISTS audit_log_id_seq;
    ALTER TABLE audit_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
    PERFORM setval(pg_get_serial_sequence('audit_log', 'id'), COALESCE((SELECT max(id) FROM audit_log), 1),
                   (SELECT max(id) FROM audit_log) IS NOT NULL);
  END IF; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_audit_stamp() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'Målkoll: granskningsloggen kan inte ändras eller tas bort (%)', TG_OP USING ERRCODE = '42501'; END IF;
  IF NOT malkoll_copying() THEN
    NEW.who := session_user;
    NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  END IF;
  RETURN NEW; END $$)SQL"),
        // Rows written by the triggers below carry the server's user and clock already (the stamp is
        // for a row written any other way, which only the owner can); no row is ever changed or removed.
        sql("DROP TRIGGER IF EXISTS malkoll_audit_stamp ON audit_log"),
        sql("CREATE TRIGGER malkoll_audit_stamp BEFORE INSERT ON audit_log FOR EACH ROW WHEN (pg_trigger_depth() < 1) "
            "EXECUTE FUNCTION malkoll_audit_stamp()"),
        sql("DROP TRIGGER IF EXISTS malkoll_audit_fixed ON audit_log"),
        sql("CREATE TRIGGER malkoll_audit_fixed BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
            "EXECUTE FUNCTION malkoll_audit_stamp()"),
        sql("DROP TRIGGER IF EXISTS malkoll_audit_truncate ON audit_log"),
        sql("CREATE TRIGGER malkoll_audit_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
            "EXECUTE FUNCTION malkoll_audit_stamp()"),
        // One audit row per changed field, named as Målkoll names it on SQLite: a round step is the
        // unit's 'round T1 2024'; a new or deleted plan row is one row holding the whole row.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE stamp text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
  o jsonb; n jsonb; r jsonb; ent text := TG_TABLE_NAME; eid bigint; prefix text := '';
  skip text[] := ARRAY['id', 'version', 'updated_by', 'updated_at', 'author', 'submitted_by', 'submitted_at',
                       'decided_by', 'decided_at'];
BEGIN
  IF malkoll_copying() THEN RETURN NULL; END IF;
  IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
  r := COALESCE(n, o);
  IF ent = 'target_change' THEN
    -- A decided årsmål is the indicator's: its target before and after, as Målkoll logs it.
    INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
    SELECT stamp, session_user, 'indicator', i.id, CASE WHEN (r->>'kf')::integer <> 0 THEN 'kf_target_change' ELSE 'target_change' END,
           CASE TG_OP WHEN 'INSERT' THEN CASE WHEN (r->>'kf')::integer <> 0 THEN i.kf_target_text ELSE i.target_text END
                      ELSE o->>'text' END,
           CASE TG_OP WHEN 'DELETE' THEN CASE WHEN (r->>'kf')::integer <> 0 THEN i.kf_target_text ELSE i.target_text END
                      ELSE n->>'text' END
    FROM indicator i WHERE i.id = (r->>'indicator_id')::bigint;
    RETURN NULL;
  ELSIF ent = 'report_round' THEN
    prefix := 'round ' || (r->>'period') || ' ' || (r->>'year');
    IF (o->>'state') IS DISTINCT FROM (n->>'state') THEN
      INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
      VALUES (stamp, session_user, 'unit', (r->>'unit_id')::bigint, prefix, COALESCE(o->>'state', 'open'), n->>'state');
    END IF;
    IF (o->>'comment') IS DISTINCT FROM (n->>'comment') AND COALESCE(n->>'comment', '') <> '' THEN
      INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
      VALUES (stamp, session_user, 'unit', (r->>'unit_id')::bigint, prefix || ' comment', o->>'comment', n->>'comment');
    END IF;
    RETURN NULL;
  END IF;
  eid := COALESCE((r->>'id')::bigint, (r->>'unit_id')::bigint, (r->>'committee_id')::bigint, 0);
  IF ent = 'setting' THEN prefix := (r->>'key') || '/';
  ELSIF NOT r ? 'id' AND r ? 'period' THEN prefix := (r->>'period') || ' ' || COALESCE(r->>'year', '') || '/'; END IF;
  IF TG_OP <> 'UPDATE' THEN
    INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
    VALUES (stamp, session_user, ent, eid, prefix || CASE TG_OP WHEN 'INSERT' THEN 'created' ELSE 'deleted' END, o::text, n::text);
    RETURN NULL;
  END IF;
  -- One statement for every changed field, in the row's key order.
  INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
  SELECT stamp, session_user, ent, eid, prefix || e.key, o->>e.key, n->>e.key FROM jsonb_each(r) WITH ORDINALITY e(key, value, nr)
   WHERE NOT e.key = ANY (skip) AND COALESCE(o->e.key, 'null') IS DISTINCT FROM COALESCE(n->e.key, 'null') ORDER BY e.nr;
  RETURN NULL;
END $$)SQL"),
        // The rows people type, on every save: a value is entity 'measurement', its indicator's id,
        // field 'T1/outcome'; an activity's status its activity's, 'T1/status'; an assessment its
        // goal's, 'T1/<unit id>/assessment'. A new row is measured against an empty one (the columns'
        // defaults), as Målkoll does; one statement writes a row for every changed field.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_audit_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE o jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
  n jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
  r jsonb := COALESCE(n, o); -- the row: its key and fields (a new row's, measured against the defaults below)
  idkey text := CASE TG_TABLE_NAME WHEN 'measurement' THEN 'indicator_id' WHEN 'activity_report' THEN 'activity_id' ELSE 'goal_id' END;
BEGIN
  IF malkoll_copying() THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    SELECT jsonb_object_agg(a.attname, CASE WHEN a.atttypid = 'text'::regtype THEN to_jsonb(''::text) ELSE to_jsonb(0) END)
      INTO o FROM pg_attribute a WHERE a.attrelid = TG_RELID AND a.attnum > 0 AND NOT a.attisdropped AND a.atthasdef;
  END IF;
  INSERT INTO audit_log (at, who, entity, entity_id, field, old_value, new_value)
  SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), session_user, TG_TABLE_NAME,
         (r->>idkey)::bigint,
         (r->>'period') || '/' || CASE WHEN TG_TABLE_NAME = 'goal_assessment' THEN (r->>'unit_id') || '/' ELSE '' END || e.key,
         o->>e.key, n->>e.key
    FROM jsonb_each(r) WITH ORDINALITY e(key, value, nr)
   WHERE NOT e.key = ANY (ARRAY['id', 'version', 'updated_by', 'updated_at', 'author', 'period', 'unit_id', idkey])
     AND COALESCE(o->e.key, 'null') IS DISTINCT FROM COALESCE(n->e.key, 'null') ORDER BY e.nr;
  RETURN NULL;
END $$)SQL"),
    };
}

// Who may write a follow-up row, and the stamps on it.
QStringList rowChecks()
{
    return {
        // One row an enhetschef writes: a unit of theirs, of the row's own committee, in an open
        // period, while the unit's part is not submitted or approved.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_check_row(tab text, j jsonb) RETURNS void LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE c integer; y integer; p text; u integer; uc integer; st text; uname text; mine boolean; BEGIN
  p := j->>'period';
  IF p = 'VP' THEN
    RAISE EXCEPTION 'Målkoll: verksamhetsplanen skrivs av nämndens controller' USING ERRCODE = '42501'; END IF;
  IF tab = 'measurement' THEN
    SELECT committee_id, year, responsible_unit_id INTO c, y, u FROM indicator WHERE id = (j->>'indicator_id')::integer;
  ELSIF tab = 'activity_report' THEN
    SELECT committee_id, year, responsible_unit_id INTO c, y, u FROM activity WHERE id = (j->>'activity_id')::integer;
  ELSIF tab = 'goal_assessment' THEN
    SELECT committee_id, year INTO c, y FROM goal WHERE id = (j->>'goal_id')::integer; u := (j->>'unit_id')::integer;
  ELSE
    c := (j->>'committee_id')::integer; y := (j->>'year')::integer; u := (j->>'unit_id')::integer;
  END IF;
  -- The unit, and whether the person holds it or a unit above it (malkoll_own_units, walked upwards
  -- from the one unit instead of down from all of theirs).
  SELECT un.name, un.committee_id,
         EXISTS (WITH RECURSIVE up(id, parent) AS (SELECT x.id, x.parent_id FROM unit x WHERE x.id = u
                   UNION SELECT x.id, x.parent_id FROM unit x JOIN up ON x.id = up.parent)
                 SELECT 1 FROM up JOIN member_unit m ON m.unit_id = up.id AND m.login = session_user)
    INTO uname, uc, mine FROM unit un WHERE un.id = u;
  IF u IS NULL OR NOT COALESCE(mine, false) THEN
    RAISE EXCEPTION 'Målkoll: % får bara ändra sina egna enheters uppgifter (inte %)', session_user,
      COALESCE(uname, 'nämndens gemensamma') USING ERRCODE = '42501'; END IF;
  IF c IS NULL OR uc IS DISTINCT FROM c THEN
    RAISE EXCEPTION 'Målkoll: % hör inte till samma nämnd som raden', uname USING ERRCODE = '42501'; END IF;
  IF EXISTS (SELECT 1 FROM period_info WHERE committee_id = c AND year = y AND period = p AND locked <> 0) THEN
    RAISE EXCEPTION 'Målkoll: perioden % % är låst', p, y USING ERRCODE = '42501'; END IF;
  IF tab <> 'report_round' THEN
    SELECT state INTO st FROM report_round WHERE committee_id = c AND year = y AND period = p AND unit_id = u;
    IF st IN ('submitted', 'approved') THEN
      RAISE EXCEPTION 'Målkoll: % är inlämnad för % % och kan inte ändras förrän den återremitteras', uname, p, y
        USING ERRCODE = '42501'; END IF;
  END IF;
END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_check_write() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN
  IF malkoll_copying() OR NOT malkoll_is_restricted() THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF;
  IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM malkoll_check_row(TG_TABLE_NAME, to_jsonb(OLD)); END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  PERFORM malkoll_check_row(TG_TABLE_NAME, to_jsonb(NEW));
  RETURN NEW; END $$)SQL"),
    };
}

// The reporting round's steps, for everyone who writes report_round: an enhetschef submits (after
// the server's own checks), a controller approves, returns with a comment, or opens again.
QStringList roundObjects()
{
    return {
        // What keeps a unit's part from being submitted, as far as the server can tell without the
        // engine: a due value with neither outcome nor reason; an entered forecast (at VB the outcome)
        // that misses a plain Årsmål (a number, Max, Minst) without analysis; a deviating activity
        // without analysis. Målkoll's own check before submitting is stricter still.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_submit_problems(c integer, y integer, p text, u integer) RETURNS SETOF text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE i record; v double precision; t double precision; BEGIN
  FOR i IN SELECT ind.id, ind.name, ind.periodicity, ind.target_kind, ind.target_value, ind.direction, ind.decimals,
                  m.outcome, m.men, m.women, m.prognosis, m.not_reported, m.not_reported_reason, m.analysis
           FROM indicator ind LEFT JOIN measurement m ON m.indicator_id = ind.id AND m.period = p
           WHERE ind.committee_id = c AND ind.year = y AND ind.responsible_unit_id = u ORDER BY ind.sort_order, ind.id LOOP
    IF (p = 'VB' OR i.periodicity = 'tertial') AND i.outcome IS NULL AND i.men IS NULL AND i.women IS NULL
       AND NOT (COALESCE(i.not_reported, 0) <> 0 AND btrim(COALESCE(i.not_reported_reason, '')) <> '') THEN
      RETURN NEXT format('”%s” har varken utfall eller skäl', i.name); CONTINUE;
    END IF;
    v := CASE WHEN p = 'VB' THEN i.outcome ELSE i.prognosis END;
    IF v IS NULL OR btrim(COALESCE(i.analysis, '')) <> '' OR i.target_kind NOT IN ('value', 'atmost', 'atleast')
       OR EXISTS (SELECT 1 FROM target_change tc WHERE tc.indicator_id = i.id AND tc.kf = 0) THEN CONTINUE; END IF;
    t := round(i.target_value::numeric, GREATEST(i.decimals, 0))::double precision;
    v := round(v::numeric, GREATEST(i.decimals, 0))::double precision;
    IF (i.target_kind = 'atmost' AND v > t) OR (i.target_kind = 'atleast' AND v < t)
       OR (i.target_kind = 'value' AND ((i.direction = 'higher' AND v < t) OR (i.direction = 'lower' AND v > t))) THEN
      RETURN NEXT format('”%s” når inte årsmålet och saknar analys', i.name);
    END IF;
  END LOOP;
  RETURN QUERY SELECT format('”%s” avviker och saknar analys', a.title) FROM activity a
    JOIN activity_report r ON r.activity_id = a.id AND r.period = p
    WHERE a.committee_id = c AND a.year = y AND a.responsible_unit_id = u
      AND r.status IN ('delayed', 'postponed', 'cancelled') AND btrim(r.analysis) = '' ORDER BY a.sort_order, a.id;
END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_round_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE before text := 'open'; steer boolean; problems text;
  stamp text := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
BEGIN
  IF malkoll_copying() THEN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF;
  steer := malkoll_access() IN ('owner', 'controller');
  IF TG_OP = 'DELETE' THEN
    IF NOT steer THEN RAISE EXCEPTION 'Målkoll: bara en controller tar bort en enhets inlämning' USING ERRCODE = '42501'; END IF;
    RETURN OLD;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM unit WHERE id = NEW.unit_id AND committee_id = NEW.committee_id) THEN
    RAISE EXCEPTION 'Målkoll: enheten hör inte till nämnden' USING ERRCODE = '42501'; END IF;
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.committee_id, NEW.year, NEW.period, NEW.unit_id) IS DISTINCT FROM (OLD.committee_id, OLD.year, OLD.period, OLD.unit_id) THEN
      RAISE EXCEPTION 'Målkoll: en inlämning flyttas inte till en annan enhet eller period' USING ERRCODE = '42501'; END IF;
    before := OLD.state;
    NEW.submitted_by := OLD.submitted_by; NEW.submitted_at := OLD.submitted_at;
    NEW.decided_by := OLD.decided_by; NEW.decided_at := OLD.decided_at;
  ELSE
    -- An upsert fires the insert trigger before it finds the row it updates: the update trigger checks that step.
    IF EXISTS (SELECT 1 FROM report_round WHERE committee_id = NEW.committee_id AND year = NEW.year
               AND period = NEW.period AND unit_id = NEW.unit_id) THEN RETURN NEW; END IF;
    NEW.submitted_by := ''; NEW.submitted_at := ''; NEW.decided_by := ''; NEW.decided_at := '';
  END IF;
  IF NEW.state = before THEN
    IF NEW.comment IS DISTINCT FROM COALESCE(CASE WHEN TG_OP = 'UPDATE' THEN OLD.comment END, '') AND NOT steer THEN
      RAISE EXCEPTION 'Målkoll: bara en controller skriver kommentaren' USING ERRCODE = '42501'; END IF;
    RETURN NEW;
  END IF;
  IF NEW.state = 'submitted' THEN
    IF before NOT IN ('open', 'returned') THEN
      RAISE EXCEPTION 'Målkoll: enhetens del är redan %', before USING ERRCODE = '42501'; END IF;
    SELECT string_agg(x, E'\n• ') INTO problems FROM malkoll_submit_problems(NEW.committee_id, NEW.year, NEW.period, NEW.unit_id) x;
    IF problems IS NOT NULL THEN
      RAISE EXCEPTION E'Målkoll: enhetens del kan inte lämnas in ännu:\n• %', problems USING ERRCODE = '23514'; END IF;
    NEW.comment := COALESCE(CASE WHEN TG_OP = 'UPDATE' THEN OLD.comment END, '');
    NEW.submitted_by := session_user; NEW.submitted_at := stamp;
  ELSIF NEW.state IN ('approved', 'returned', 'open') THEN
    IF NOT steer THEN
      RAISE EXCEPTION 'Målkoll: bara en controller godkänner, återremitterar eller öppnar en enhets del' USING ERRCODE = '42501'; END IF;
    IF NEW.state = 'approved' AND before <> 'submitted' THEN
      RAISE EXCEPTION 'Målkoll: bara en inlämnad del kan godkännas' USING ERRCODE = '42501'; END IF;
    IF NEW.state = 'returned' AND (before NOT IN ('submitted', 'approved') OR btrim(NEW.comment) = '') THEN
      RAISE EXCEPTION 'Målkoll: en inlämnad del återremitteras med en kommentar' USING ERRCODE = '42501'; END IF;
    NEW.decided_by := session_user; NEW.decided_at := stamp;
  ELSE
    RAISE EXCEPTION 'Målkoll: okänt steg %', NEW.state USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$)SQL"),
    };
}

// The one way a person writes the follow-up tables: one row, by its key, in one call. The checks
// are the triggers' (they see the person as session_user); the person needs no table rights, so
// cannot LOCK a table or hold others' rows with SELECT … FOR UPDATE.
QStringList upsertFunction()
{
    return {sql("DROP FUNCTION IF EXISTS malkoll_upsert(text, jsonb, jsonb)"),
            sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_upsert(tab text, k jsonb, v jsonb, expected integer DEFAULT NULL)
RETURNS integer LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE keys text[]; cols text[]; sets text[] := '{}'; c text; cur integer; who text; rc integer; owner_c integer; owner_y integer;
  guard text := ''; split integer;
  whole constant text[] := ARRAY['outcome', 'men', 'women', 'prognosis', 'not_reported', 'not_reported_reason', 'analysis', 'version'];
BEGIN
  IF malkoll_access() = 'reader' THEN
    RAISE EXCEPTION 'Målkoll: % får bara läsa', session_user USING ERRCODE = '42501'; END IF;
  keys := CASE tab WHEN 'measurement' THEN ARRAY['indicator_id', 'period'] WHEN 'activity_report' THEN ARRAY['activity_id', 'period']
                   WHEN 'goal_assessment' THEN ARRAY['goal_id', 'period', 'unit_id']
                   WHEN 'report_round' THEN ARRAY['committee_id', 'year', 'period', 'unit_id'] END;
  IF keys IS NULL THEN RAISE EXCEPTION 'Målkoll: % skrivs inte här', tab USING ERRCODE = '42501'; END IF;
  IF NOT (CASE WHEN jsonb_typeof(k) = 'object' AND jsonb_typeof(v) = 'object' THEN k ?& keys AND k - keys = '{}'::jsonb
              ELSE false END) THEN
    RAISE EXCEPTION 'Målkoll: raden ska ges med nycklarna %', keys USING ERRCODE = '22023'; END IF;
  -- A follow-up row of a locked period is refused for everyone, controllers too.
  IF tab = 'measurement' THEN
    SELECT committee_id, year, gender_split INTO owner_c, owner_y, split FROM indicator WHERE id = (k->>'indicator_id')::integer;
    IF (v->>'men' IS NOT NULL OR v->>'women' IS NOT NULL) AND COALESCE(split, 0) = 0 THEN
      RAISE EXCEPTION 'Målkoll: indikatorn redovisas inte uppdelad på kvinnor och män' USING ERRCODE = '22023'; END IF;
  ELSIF tab = 'activity_report' THEN
    SELECT committee_id, year INTO owner_c, owner_y FROM activity WHERE id = (k->>'activity_id')::integer;
  ELSIF tab = 'goal_assessment' THEN
    SELECT committee_id, year INTO owner_c, owner_y FROM goal WHERE id = (k->>'goal_id')::integer;
  END IF;
  IF owner_c IS NOT NULL AND EXISTS (SELECT 1 FROM period_info WHERE committee_id = owner_c AND year = owner_y
                                     AND period = k->>'period' AND locked <> 0) THEN
    RAISE EXCEPTION 'Målkoll: perioden % % är låst', k->>'period', owner_y USING ERRCODE = 'MK423'; END IF;
  -- Values and activity reports carry a row version: the server's own count, and the version the
  -- person saw, when given, must still be the row's (no silent lost update).
  IF tab IN ('measurement', 'activity_report') THEN
    IF tab = 'measurement' THEN
      SELECT version, updated_by INTO cur, who FROM measurement
       WHERE indicator_id = (k->>'indicator_id')::integer AND period = k->>'period' FOR UPDATE;
    ELSE
      SELECT version, updated_by INTO cur, who FROM activity_report
       WHERE activity_id = (k->>'activity_id')::integer AND period = k->>'period' FOR UPDATE;
    END IF;
    cur := COALESCE(cur, 0);
    IF expected IS NOT NULL AND expected <> cur THEN
      RAISE EXCEPTION 'Målkoll: raden har ändrats av % medan den redigerades', COALESCE(NULLIF(who, ''), 'någon annan')
        USING ERRCODE = 'MK409'; END IF;
    v := (v - 'version') || jsonb_build_object('version', cur + 1);
    guard := format(' WHERE %I.version = %s', tab, cur);
  END IF;
  -- A whole value, as Målkoll saves it: a statement planned once per session.
  IF tab = 'measurement' AND v ?& whole AND v - whole = '{}'::jsonb THEN
    INSERT INTO measurement AS t (indicator_id, period, outcome, men, women, prognosis, not_reported, not_reported_reason, analysis, version)
    SELECT r.indicator_id, r.period, r.outcome, r.men, r.women, r.prognosis, r.not_reported, r.not_reported_reason, r.analysis, r.version
      FROM jsonb_populate_record(NULL::measurement, k || v) r
    ON CONFLICT (indicator_id, period) DO UPDATE SET outcome = excluded.outcome, men = excluded.men, women = excluded.women,
       prognosis = excluded.prognosis, not_reported = excluded.not_reported, not_reported_reason = excluded.not_reported_reason,
       analysis = excluded.analysis, version = excluded.version WHERE t.version = cur;
    GET DIAGNOSTICS rc = ROW_COUNT;
    IF rc = 0 THEN
      RAISE EXCEPTION 'Målkoll: raden har ändrats av någon annan medan den redigerades' USING ERRCODE = 'MK409'; END IF;
    RETURN cur + 1;
  END IF;
  FOR c IN SELECT jsonb_object_keys(v) LOOP
    IF c = ANY (keys) OR c = 'id' OR NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = tab::regclass AND attname = c
                                                 AND attnum > 0 AND NOT attisdropped) THEN
      RAISE EXCEPTION 'Målkoll: % har ingen kolumn % att skriva', tab, c USING ERRCODE = '22023'; END IF;
    sets := sets || CASE WHEN tab = 'report_round' AND c = 'version' THEN format('%1$I = %2$I.%1$I + 1', c, tab)
                         ELSE format('%1$I = excluded.%1$I', c) END;
  END LOOP;
  cols := keys || ARRAY(SELECT jsonb_object_keys(v));
  EXECUTE format('INSERT INTO %I (%s) SELECT %s FROM jsonb_populate_record(NULL::%I, $1) ON CONFLICT (%s) DO %s', tab,
                 (SELECT string_agg(quote_ident(x), ', ') FROM unnest(cols) x),
                 (SELECT string_agg(quote_ident(x), ', ') FROM unnest(cols) x), tab,
                 (SELECT string_agg(quote_ident(x), ', ') FROM unnest(keys) x),
                 CASE WHEN cardinality(sets) = 0 THEN 'NOTHING' ELSE 'UPDATE SET ' || array_to_string(sets, ', ') || guard END)
    USING k || v;
  GET DIAGNOSTICS rc = ROW_COUNT;
  IF guard <> '' AND rc = 0 THEN
    RAISE EXCEPTION 'Målkoll: raden har ändrats av någon annan medan den redigerades' USING ERRCODE = 'MK409'; END IF;
  RETURN CASE WHEN guard <> '' THEN cur + 1 ELSE 0 END;
END $$)SQL")};
}

// The change counters (what Store::changeVersions reads): every committed write moves the first; a
// write to the plan's structure (anything but values, reports, assessments, the round, period
// texts and Kolada's figures) the second too; a value of a year with a later year (a later year's
// history) the third (malkoll_follow_row). A window re-reads only what someone else's save changed. Only the server moves them, so a NOTIFY anyone may send makes a window look, never re-read.
QStringList changeObjects()
{
    return {
        sql("CREATE SEQUENCE IF NOT EXISTS malkoll_change_seq"),
        sql("CREATE SEQUENCE IF NOT EXISTS malkoll_structure_seq"),
        sql("CREATE SEQUENCE IF NOT EXISTS malkoll_history_seq"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN PERFORM nextval('malkoll_change_seq');
IF TG_TABLE_NAME NOT IN ('measurement', 'activity_report', 'goal_assessment', 'report_round', 'period_info', 'report_section',
                         'kolada_link', 'kolada_value') THEN PERFORM nextval('malkoll_structure_seq'); END IF;
-- Announced at once: what changes what a window may do or shows as the period's state (a lock, a
-- round step, the plan). The values people type are seen at the window's next look (every 2 s):
-- a NOTIFY wakes every listening session and its window, once per save, and with hundreds of
-- windows open that cost more than the saves themselves.
IF TG_TABLE_NAME NOT IN ('measurement', 'activity_report', 'goal_assessment') THEN
  PERFORM pg_notify('malkoll_change', TG_TABLE_NAME); END IF;
RETURN NULL; END $$)SQL"),
    };
}

QStringList triggers()
{
    QStringList s;
    const auto trigger = [&](const QString &name, const QString &table, const QString &when) {
        const qsizetype each = when.indexOf(QLatin1String(" FOR EACH "));
        s << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(name, table)
          << QStringLiteral("CREATE TRIGGER %1 %2 ON %3 %4 EXECUTE FUNCTION %1()").arg(name, when.left(each), table, when.mid(each + 1));
    };
    // The rows people type: one trigger for the guard, the row check and the stamps (malkoll_follow_row)
    // and their own audit (malkoll_audit_follow); the triggers these stand for are dropped where an
    // earlier Målkoll made them.
    const QStringList follow{QStringLiteral("measurement"), QStringLiteral("activity_report"), QStringLiteral("goal_assessment")};
    for (const QString &t : watchedTables()) {
        trigger(QStringLiteral("malkoll_changed"), t, QStringLiteral("AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE FOR EACH STATEMENT"));
        if (!follow.contains(t))
            trigger(QStringLiteral("malkoll_audit_row"), t, QStringLiteral("AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    }
    trigger(QStringLiteral("malkoll_audit_row"), QStringLiteral("member_unit"), QStringLiteral("AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    for (const QString &t : follow) {
        for (const char *old : {"malkoll_check_write", "malkoll_stamp", "malkoll_guard_committee", "malkoll_audit_row"})
            s << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2").arg(QLatin1String(old), t);
        trigger(QStringLiteral("malkoll_follow_row"), t, QStringLiteral("BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW"));
        trigger(QStringLiteral("malkoll_audit_follow"), t, QStringLiteral("AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    }
    s << QStringLiteral("DROP FUNCTION IF EXISTS malkoll_stamp()");
    for (const QString &t : unitTables())
        if (!follow.contains(t))
            trigger(QStringLiteral("malkoll_check_write"), t, QStringLiteral("BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_round_guard"), QStringLiteral("report_round"), QStringLiteral("BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_kf_goal_follow"), QStringLiteral("kf_goal"), QStringLiteral("AFTER UPDATE FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_kf_indicator_follow"), QStringLiteral("kf_indicator"), QStringLiteral("AFTER UPDATE FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_kf_decision_follow"), QStringLiteral("kf_target_decision"), QStringLiteral("AFTER INSERT FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_kf_decision_held"), QStringLiteral("target_change"), QStringLiteral("BEFORE UPDATE FOR EACH ROW"));
    trigger(QStringLiteral("malkoll_kf_target_held"), QStringLiteral("indicator"), QStringLiteral("BEFORE UPDATE FOR EACH ROW"));
    for (const QString &t : watchedTables()) {
        if (t == u"setting" || t == u"kolada_value" || follow.contains(t)) continue; // the store's, or malkoll_follow_row's
        trigger(cityTables().contains(t) ? QStringLiteral("malkoll_guard_city") : QStringLiteral("malkoll_guard_committee"), t,
                QStringLiteral("BEFORE INSERT OR UPDATE OR DELETE FOR EACH ROW"));
    }
    return s;
}

// What KF decides reaches every committee's row in the same statement (SQLite has the same as
// triggers of migration 9): SECURITY DEFINER, so that whoever may write the city's structure
// needs no right on a committee's rows; a committee's copy of a KF decision is not its to change.
QStringList cityObjects()
{
    return {
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_kf_goal_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  UPDATE goal SET number = NEW.number, title = NEW.title, description = NEW.description
   WHERE kf_goal_id = NEW.id AND (number, title, description) IS DISTINCT FROM (NEW.number, NEW.title, NEW.description);
  RETURN NULL; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_kf_indicator_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  UPDATE indicator SET name = NEW.name, unit = NEW.unit, decimals = NEW.decimals, direction = NEW.direction,
         periodicity = NEW.periodicity, gender_split = NEW.gender_split, kf_target_kind = NEW.kf_target_kind,
         kf_target_value = NEW.kf_target_value, kf_target_value2 = NEW.kf_target_value2,
         kf_target_year = NEW.kf_target_year, kf_target_text = NEW.kf_target_text
   WHERE kf_indicator_id = NEW.id
     AND (name, unit, decimals, direction, periodicity, gender_split, kf_target_kind, kf_target_value, kf_target_value2,
          kf_target_year, kf_target_text) IS DISTINCT FROM
         (NEW.name, NEW.unit, NEW.decimals, NEW.direction, NEW.periodicity, NEW.gender_split, NEW.kf_target_kind,
          NEW.kf_target_value, NEW.kf_target_value2, NEW.kf_target_year, NEW.kf_target_text);
  RETURN NULL; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_kf_decision_follow() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  INSERT INTO target_change (indicator_id, kf, kind, value, value2, year, text, decided, from_period, reason, kf_decision_id)
  SELECT id, 1, NEW.kind, NEW.value, NEW.value2, NEW.year, NEW.text, NEW.decided, NEW.from_period, NEW.reason, NEW.id
    FROM indicator WHERE kf_indicator_id = NEW.kf_indicator_id;
  RETURN NULL; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_kf_target_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  IF NEW.kf_indicator_id IS NOT NULL AND EXISTS (SELECT 1 FROM kf_indicator k WHERE k.id = NEW.kf_indicator_id
       AND (k.kf_target_kind, k.kf_target_value, k.kf_target_value2, k.kf_target_year, k.kf_target_text) IS DISTINCT FROM
           (NEW.kf_target_kind, NEW.kf_target_value, NEW.kf_target_value2, NEW.kf_target_year, NEW.kf_target_text)) THEN
    RAISE EXCEPTION 'Målkoll: KF:s årsmål för en KF-indikator är stadens och sätts en gång för alla nämnder' USING ERRCODE = '42501';
  END IF;
  RETURN NEW; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_kf_decision_held() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  IF OLD.kf_decision_id IS NOT NULL THEN
    RAISE EXCEPTION 'Målkoll: ett beslut av KF ändras av staden, inte av en nämnd' USING ERRCODE = '42501'; END IF;
  RETURN NEW; END $$)SQL"),
    };
}

// Committees kept apart, and the city's structure its own: whatever the grants allow, a row of
// another committee (before or after the change) is refused, as is the city's KF structure for a
// committee's controller in a store of several.
QStringList committeeGuards()
{
    return {
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_row_committee(tab text, r jsonb) RETURNS integer LANGUAGE plpgsql STABLE
SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN
  IF tab = 'committee' THEN RETURN (r->>'id')::integer; END IF;
  IF tab IN ('measurement', 'target_change') THEN RETURN (SELECT committee_id FROM indicator WHERE id = (r->>'indicator_id')::integer); END IF;
  IF tab = 'activity_report' THEN RETURN (SELECT committee_id FROM activity WHERE id = (r->>'activity_id')::integer); END IF;
  IF tab = 'goal_assessment' THEN RETURN (SELECT committee_id FROM goal WHERE id = (r->>'goal_id')::integer); END IF;
  RETURN (r->>'committee_id')::integer;
END $$)SQL"),
        // Whether `who` may write a committee's row, before (o) and after (n) the change: never stad;
        // a controller only their committees' (the owner, and an enhetschef through malkoll_check_row, pass).
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_guard_rows(who text, tab text, o jsonb, n jsonb) RETURNS void LANGUAGE plpgsql
STABLE SECURITY DEFINER SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ DECLARE c integer; r jsonb; BEGIN
  IF who = 'stad' THEN
    RAISE EXCEPTION 'Målkoll: stadsledningskontoret skriver stadens KF-struktur, inte nämndernas egna uppgifter (%)', tab
      USING ERRCODE = '42501'; END IF;
  IF who = 'owner' OR who = 'enhetschef' THEN RETURN; END IF;
  FOREACH r IN ARRAY ARRAY[o, n] LOOP
    CONTINUE WHEN r IS NULL;
    c := malkoll_row_committee(tab, r);
    IF NOT malkoll_writes_committee(c) THEN
      RAISE EXCEPTION 'Målkoll: % skriver inte uppgifter för %', session_user, COALESCE((SELECT name FROM committee WHERE id = c), '?')
        USING ERRCODE = '42501'; END IF;
  END LOOP;
END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_guard_committee() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$ BEGIN
  IF NOT (malkoll_copying() OR pg_trigger_depth() > 1) THEN
    PERFORM malkoll_guard_rows(malkoll_access(), TG_TABLE_NAME, CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END,
                               CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END);
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$)SQL"),
        // The follow-up rows people type (values, activity reports, assessments): the committee guard,
        // an enhetschef's row check and the stamps of who and when in one trigger, as each of the three
        // does on its own elsewhere — one call and one look at who is writing, for every save.
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_follow_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp SET plan_cache_mode = force_generic_plan AS $$
DECLARE who text; o jsonb; n jsonb;
BEGIN
  IF malkoll_copying() THEN IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END IF;
  who := malkoll_access();
  IF who <> 'owner' THEN -- the rows as the checks below read them (the owner's writes pass unchecked)
    IF TG_OP <> 'INSERT' THEN o := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN n := to_jsonb(NEW); END IF;
  END IF;
  IF pg_trigger_depth() = 1 AND who NOT IN ('owner', 'enhetschef') THEN -- (malkoll_guard_rows lets those two pass)
    PERFORM malkoll_guard_rows(who, TG_TABLE_NAME, o, n);
  END IF;
  IF who = 'enhetschef' THEN
    -- The row before the change, unless it keeps its key: what malkoll_check_row looks at (the
    -- indicator, activity or goal, the period and the unit) is then the new row's, checked below.
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND
        (o->'indicator_id', o->'activity_id', o->'goal_id', o->'period', o->'unit_id', o->'committee_id', o->'year')
          IS DISTINCT FROM (n->'indicator_id', n->'activity_id', n->'goal_id', n->'period', n->'unit_id', n->'committee_id', n->'year')) THEN
      PERFORM malkoll_check_row(TG_TABLE_NAME, o); END IF;
    IF TG_OP <> 'DELETE' THEN PERFORM malkoll_check_row(TG_TABLE_NAME, n); END IF;
  END IF;
  -- A value of a year that has a later year is a later year's history: its readers look again.
  -- (Nested: a row's fields are looked up when the statement first runs, and only measurement has these.)
  IF TG_TABLE_NAME = 'measurement' THEN
    IF EXISTS (SELECT 1 FROM indicator i WHERE i.id IN (CASE WHEN TG_OP <> 'INSERT' THEN OLD.indicator_id END,
                                                        CASE WHEN TG_OP <> 'DELETE' THEN NEW.indicator_id END)
                 AND EXISTS (SELECT 1 FROM indicator j WHERE j.committee_id = i.committee_id AND j.year > i.year)) THEN
      PERFORM nextval('malkoll_history_seq');
    END IF;
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  IF TG_TABLE_NAME = 'goal_assessment' THEN NEW.author := session_user; ELSE NEW.updated_by := session_user; END IF;
  NEW.updated_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
  RETURN NEW; END $$)SQL"),
        sql(R"SQL(CREATE OR REPLACE FUNCTION malkoll_guard_city() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public, pg_temp AS $$ BEGIN
  IF NOT (malkoll_copying() OR pg_trigger_depth() > 1 OR malkoll_writes_city()) THEN
    RAISE EXCEPTION 'Målkoll: stadens KF-struktur skrivs av stadsledningskontoret (%)', TG_TABLE_NAME USING ERRCODE = '42501'; END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$)SQL"),
    };
}

// A CHECK added once, by name.
QString addCheck(const QString &table, const QString &name, const QString &condition)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = '%2' AND conrelid = '%1'::regclass) "
                          "THEN ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3); END IF; END $$")
        .arg(table, name, condition);
}

// One vocabulary of periods, the round's states, and no text longer than Målkoll itself accepts
// (the client's limits; analyses and comments as typed, documents and imported goal analyses as a
// period's texts, the audit log's values as the longest row).
QStringList limitChecks()
{
    QStringList s;
    for (const PeriodColumn &p : periodColumns())
        s << addCheck(p.table, QStringLiteral("malkoll_%1_%2").arg(p.table, p.column),
                      QStringLiteral("%1 IN ('%2')").arg(p.column, p.codes.join(QStringLiteral("', '"))));
    s << addCheck(QStringLiteral("report_round"), QStringLiteral("malkoll_report_round_state"),
                  QStringLiteral("state IN ('open', 'submitted', 'approved', 'returned')"));
    s << QStringLiteral(R"SQL(DO $$ DECLARE r record; lim integer; BEGIN
  FOR r IN SELECT c.table_name, c.column_name FROM information_schema.columns c
           JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
           WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.data_type = 'text' LOOP
    lim := CASE
      WHEN r.table_name = 'audit_log' AND r.column_name IN ('old_value', 'new_value') THEN %1
      WHEN r.table_name IN ('measurement', 'activity_report', 'report_round')
           AND r.column_name IN ('analysis', 'not_reported_reason', 'comment') THEN %2
      WHEN r.column_name IN ('name', 'short_name', 'number', 'manager', 'unit', 'who', 'entity', 'field', 'login',
                             'updated_by', 'author', 'submitted_by', 'decided_by', 'locked_by', 'kind', 'role_name') THEN %3
      ELSE %4 END;
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'malkoll_len_' || r.column_name
                   AND conrelid = quote_ident(r.table_name)::regclass) THEN
      EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (length(%I) <= %s)', r.table_name,
                     'malkoll_len_' || r.column_name, r.column_name, lim);
    END IF;
  END LOOP; END $$)SQL")
             .arg(4 * limits::kDocument)
             .arg(limits::kText)
             .arg(limits::kTitle)
             .arg(limits::kDocument);
    return s;
}

} // namespace

QStringList objectStatements()
{
    QStringList s = changeObjects();
    s << accessFunctions() << auditObjects() << rowChecks() << roundObjects() << upsertFunction() << cityObjects() << committeeGuards() << triggers()
      << limitChecks();
    return s;
}

QString ownAllBy(const QString &role)
{
    return QStringLiteral(R"SQL(DO $$ DECLARE r record; owner text := %1; BEGIN
  FOR r IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'S', 'v') AND pg_get_userbyid(c.relowner) <> owner
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                             AND d.deptype IN ('a', 'i') AND c.relkind = 'S') LOOP
    EXECUTE format('ALTER %s %I OWNER TO %I', CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
                   r.relname, owner);
  END LOOP;
  FOR r IN SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = current_schema() AND pg_get_userbyid(p.proowner) <> owner LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.sig, owner);
  END LOOP; END $$)SQL")
        .arg(u'\'' + QString(role).replace(u'\'', QStringLiteral("''")) + u'\'');
}

} // namespace malkoll::serversql
