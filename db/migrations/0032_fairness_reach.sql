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
-- the reports count it (db/queries/reports.ts), the answers or 'not_provided'.
CREATE VIEW fairness_reach_source AS
SELECT application.id AS application_id, application.organization_id, application.job_id,
  extract(year from application.created_at at time zone 'UTC')::smallint AS year,
  greatest(
    CASE WHEN application.status = 'hired' THEN 5 ELSE 1 END,
    array_position(array['applied','screen','interview','offer','hired']::stage_kind[], stage.kind),
    coalesce(reach.furthest_rank, 1)
  )::smallint AS furthest_rank,
  coalesce(self.gender, 'not_provided') AS gender, coalesce(self.ethnicity, 'not_provided') AS ethnicity,
  coalesce(self.veteran_status, 'not_provided') AS veteran_status, coalesce(self.disability, 'not_provided') AS disability
FROM applications application
JOIN job_stages stage ON stage.id = application.stage_id
LEFT JOIN application_reach reach ON reach.application_id = application.id
LEFT JOIN self_identifications self ON self.application_id = application.id;
--> statement-breakpoint
-- Each change recomputes the application's row in the same transaction; a row that would not change is
-- not written. An application that no longer exists gets no row (its row went with it by the cascade).
-- The application's row is locked first, so that two transactions changing one application (a move and
-- an erasure) recompute one after the other: the second reads the first's committed change instead of
-- overwriting it with what it saw before (server/reports/fairness-reach-concurrency.test.ts). Moves and
-- the apply hold that lock already; a foreign key's check (FOR KEY SHARE) is not blocked by it.
-- PL/pgSQL, not SQL: it keeps the statement's plan for the session, where an SQL function is planned at
-- every call (three times an application, 1.3 ms of Postgres time each application, measured).
CREATE FUNCTION fairness_reach_refresh(target uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM applications WHERE id = target FOR NO KEY UPDATE;
  INSERT INTO fairness_reach (application_id, organization_id, job_id, year, furthest_rank, gender, ethnicity, veteran_status, disability)
  SELECT * FROM fairness_reach_source WHERE application_id = target
  ON CONFLICT (application_id) DO UPDATE SET job_id = excluded.job_id, year = excluded.year, furthest_rank = excluded.furthest_rank,
    gender = excluded.gender, ethnicity = excluded.ethnicity, veteran_status = excluded.veteran_status, disability = excluded.disability
  WHERE (fairness_reach.job_id, fairness_reach.year, fairness_reach.furthest_rank, fairness_reach.gender, fairness_reach.ethnicity, fairness_reach.veteran_status, fairness_reach.disability)
    IS DISTINCT FROM (excluded.job_id, excluded.year, excluded.furthest_rank, excluded.gender, excluded.ethnicity, excluded.veteran_status, excluded.disability);
END;
$$;
--> statement-breakpoint
CREATE FUNCTION fairness_reach_follow() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'applications' THEN
    PERFORM fairness_reach_refresh(NEW.id);
  ELSIF TG_TABLE_NAME = 'job_stages' THEN
    PERFORM fairness_reach_refresh(application.id) FROM applications application WHERE application.stage_id = NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM fairness_reach_refresh(OLD.application_id);
  ELSE
    PERFORM fairness_reach_refresh(NEW.application_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER applications_fairness_reach_insert
AFTER INSERT ON applications
FOR EACH ROW EXECUTE FUNCTION fairness_reach_follow();
--> statement-breakpoint
CREATE TRIGGER applications_fairness_reach_update
AFTER UPDATE OF job_id, stage_id, status, created_at ON applications
FOR EACH ROW WHEN ((OLD.job_id, OLD.stage_id, OLD.status, OLD.created_at) IS DISTINCT FROM (NEW.job_id, NEW.stage_id, NEW.status, NEW.created_at))
EXECUTE FUNCTION fairness_reach_follow();
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
