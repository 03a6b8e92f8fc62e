-- application_reach (the reports' rollup of how far each application got) follows application_events:
-- every event that enters a stage raises the application's furthest rank, in the same transaction.
CREATE FUNCTION application_reach_record() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO application_reach (application_id, organization_id, furthest_rank)
  SELECT NEW.application_id, NEW.organization_id, array_position(array['applied','screen','interview','offer','hired']::stage_kind[], stage.kind)
  FROM job_stages stage WHERE stage.id = NEW.to_stage_id
  ON CONFLICT (application_id) DO UPDATE SET furthest_rank = greatest(application_reach.furthest_rank, excluded.furthest_rank);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER application_events_raise_reach
AFTER INSERT ON application_events
FOR EACH ROW WHEN (NEW.to_stage_id IS NOT NULL) EXECUTE FUNCTION application_reach_record();
--> statement-breakpoint
-- The history so far: each application's furthest stage by its events and its current stage.
INSERT INTO application_reach (application_id, organization_id, furthest_rank)
SELECT applications.id, applications.organization_id, greatest(
  array_position(array['applied','screen','interview','offer','hired']::stage_kind[], current_stage.kind),
  coalesce(max(array_position(array['applied','screen','interview','offer','hired']::stage_kind[], entered.kind)), 1))
FROM applications
JOIN job_stages current_stage ON current_stage.id = applications.stage_id
LEFT JOIN application_events events ON events.application_id = applications.id
LEFT JOIN job_stages entered ON entered.id = events.to_stage_id
GROUP BY applications.id, applications.organization_id, current_stage.kind;
