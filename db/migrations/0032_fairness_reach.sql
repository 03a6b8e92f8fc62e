CREATE TABLE "fairness_reach" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"furthest_rank" smallint NOT NULL,
	"gender" text NOT NULL,
	"ethnicity" text NOT NULL,
	"veteran_status" text NOT NULL,
	"disability" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "fairness_reach" ADD CONSTRAINT "fairness_reach_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fairness_reach" ADD CONSTRAINT "fairness_reach_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fairness_reach_year_idx" ON "fairness_reach" USING btree ("organization_id","year");--> statement-breakpoint
-- fairness_reach (the fairness report's rollup, db/schema/reports.ts) follows what it is computed from:
-- the application (its job, stage, status and date), its application_reach, its self-identification and
-- the kind of its stage. The computation is this view, the one place it is written: the furthest rank as
-- the reports count it (db/queries/reports.ts), the answers or 'not_provided'. Each part is looked up by
-- its key for each application (subqueries, a lateral join that is not flattened): the triggers ask for a
-- few applications at a time, and as joins the planner's generic plan hashed every stage of every job for
-- each of them.
CREATE VIEW fairness_reach_source AS
SELECT application.id AS application_id, application.organization_id, application.job_id,
  extract(year from application.created_at at time zone 'UTC')::smallint AS year,
  greatest(
    CASE WHEN application.status = 'hired' THEN 5 ELSE 1 END,
    array_position(array['applied','screen','interview','offer','hired']::stage_kind[], (SELECT stage.kind FROM job_stages stage WHERE stage.id = application.stage_id)),
    coalesce((SELECT reach.furthest_rank FROM application_reach reach WHERE reach.application_id = application.id), 1)
  )::smallint AS furthest_rank,
  coalesce(self.gender, 'not_provided') AS gender, coalesce(self.ethnicity, 'not_provided') AS ethnicity,
  coalesce(self.veteran_status, 'not_provided') AS veteran_status, coalesce(self.disability, 'not_provided') AS disability
FROM applications application
LEFT JOIN LATERAL (
  SELECT answers.gender, answers.ethnicity, answers.veteran_status, answers.disability
  FROM self_identifications answers WHERE answers.application_id = application.id OFFSET 0
) self ON true;
--> statement-breakpoint
-- Each change recomputes the rows of the applications it touched, in the same transaction; a row that
-- would not change is not written. An application that no longer exists gets no row (its row went with it
-- by the cascade). The applications' rows are locked first, so that two transactions changing one
-- application (a move and an erasure) recompute one after the other: the second reads the first's
-- committed change instead of overwriting it with what it saw before
-- (server/reports/fairness-reach-concurrency.test.ts). Moves and the apply hold that lock already; a
-- foreign key's check (FOR KEY SHARE) is not blocked by it. PL/pgSQL, not SQL: it keeps the statement's
-- plan for the session, where an SQL function is planned at every call (1.3 ms of Postgres time per
-- application, measured, against 0.4).
CREATE FUNCTION fairness_reach_refresh(targets uuid[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM applications WHERE id = ANY (targets) ORDER BY id FOR NO KEY UPDATE;
  INSERT INTO fairness_reach (application_id, organization_id, job_id, year, furthest_rank, gender, ethnicity, veteran_status, disability)
  SELECT * FROM fairness_reach_source WHERE application_id = ANY (targets)
  ON CONFLICT (application_id) DO UPDATE SET job_id = excluded.job_id, year = excluded.year, furthest_rank = excluded.furthest_rank,
    gender = excluded.gender, ethnicity = excluded.ethnicity, veteran_status = excluded.veteran_status, disability = excluded.disability
  WHERE (fairness_reach.job_id, fairness_reach.year, fairness_reach.furthest_rank, fairness_reach.gender, fairness_reach.ethnicity, fairness_reach.veteran_status, fairness_reach.disability)
    IS DISTINCT FROM (excluded.job_id, excluded.year, excluded.furthest_rank, excluded.gender, excluded.ethnicity, excluded.veteran_status, excluded.disability);
END;
$$;
--> statement-breakpoint
-- New applications, once per statement: an import writes thousands in one (bench/csv-import.mjs: per row,
-- the import of 10,000 took twice as long).
CREATE FUNCTION fairness_reach_follow_new_applications() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM fairness_reach_refresh(array(SELECT id FROM inserted));
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- Applications whose job, stage, status or date changed, once per statement: a bulk move changes 200 in
-- one (bench/move.mjs: recomputed per row, a move of 200 cards took 65 % longer).
CREATE FUNCTION fairness_reach_follow_changed_applications() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  targets uuid[] := array(
    SELECT changed.id FROM changed JOIN previous ON previous.id = changed.id
    WHERE (previous.job_id, previous.stage_id, previous.status, previous.created_at) IS DISTINCT FROM (changed.job_id, changed.stage_id, changed.status, changed.created_at));
BEGIN
  IF cardinality(targets) > 0 THEN
    PERFORM fairness_reach_refresh(targets);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION fairness_reach_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'self_identifications' THEN
    -- The answers alone, as the view reads them: nothing else in the row depends on them, and a
    -- recomputation here cost every application a second one (bench/fairness-reach-writes.mjs). The
    -- application is locked first, as every branch does, so that a recomputation waiting for this
    -- transaction reads the answers it leaves (not those it saw before), and the locks are always taken in
    -- one order: the application, then its row here.
    PERFORM 1 FROM applications WHERE id = coalesce(NEW.application_id, OLD.application_id) FOR NO KEY UPDATE;
    IF TG_OP = 'DELETE' THEN
      UPDATE fairness_reach SET gender = 'not_provided', ethnicity = 'not_provided', veteran_status = 'not_provided', disability = 'not_provided'
      WHERE application_id = OLD.application_id;
    ELSE
      UPDATE fairness_reach SET gender = coalesce(NEW.gender, 'not_provided'), ethnicity = coalesce(NEW.ethnicity, 'not_provided'),
        veteran_status = coalesce(NEW.veteran_status, 'not_provided'), disability = coalesce(NEW.disability, 'not_provided')
      WHERE application_id = NEW.application_id;
    END IF;
  ELSIF TG_TABLE_NAME = 'job_stages' THEN
    PERFORM fairness_reach_refresh(array(SELECT application.id FROM applications application WHERE application.job_id = NEW.job_id AND application.stage_id = NEW.id));
  ELSE
    -- application_reach. An event that enters a stage no further than the application already counts
    -- changes nothing (the applied event of every application, most moves): the rank only rises, and the
    -- row's rank is the greatest of it and the rest.
    PERFORM 1 FROM applications WHERE id = NEW.application_id FOR NO KEY UPDATE;
    IF NOT EXISTS (SELECT 1 FROM fairness_reach WHERE application_id = NEW.application_id AND furthest_rank >= NEW.furthest_rank) THEN
      PERFORM fairness_reach_refresh(array[NEW.application_id]);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER applications_fairness_reach_insert
AFTER INSERT ON applications
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION fairness_reach_follow_new_applications();
--> statement-breakpoint
CREATE TRIGGER applications_fairness_reach_update
AFTER UPDATE ON applications
REFERENCING OLD TABLE AS previous NEW TABLE AS changed
FOR EACH STATEMENT EXECUTE FUNCTION fairness_reach_follow_changed_applications();
--> statement-breakpoint
CREATE TRIGGER application_reach_fairness_reach_insert
AFTER INSERT ON application_reach
FOR EACH ROW EXECUTE FUNCTION fairness_reach_follow();
--> statement-breakpoint
CREATE TRIGGER application_reach_fairness_reach_update
AFTER UPDATE ON application_reach
FOR EACH ROW WHEN (OLD.furthest_rank IS DISTINCT FROM NEW.furthest_rank)
EXECUTE FUNCTION fairness_reach_follow();
--> statement-breakpoint
CREATE TRIGGER self_identifications_fairness_reach
AFTER INSERT OR UPDATE OR DELETE ON self_identifications
FOR EACH ROW EXECUTE FUNCTION fairness_reach_follow();
--> statement-breakpoint
CREATE TRIGGER job_stages_fairness_reach
AFTER UPDATE OF kind ON job_stages
FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind)
EXECUTE FUNCTION fairness_reach_follow();
--> statement-breakpoint
-- Every application so far (the triggers, created first in this transaction, keep it from here on).
INSERT INTO fairness_reach (application_id, organization_id, job_id, year, furthest_rank, gender, ethnicity, veteran_status, disability)
SELECT * FROM fairness_reach_source
ON CONFLICT (application_id) DO NOTHING;
