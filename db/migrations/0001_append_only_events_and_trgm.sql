-- Trigram matching for misspelt-name search (candidate search builds on it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Application history is append-only: refuse edits and deletions at the database, whatever the caller.
CREATE FUNCTION application_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_events is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER application_events_no_update_or_delete
BEFORE UPDATE OR DELETE ON application_events
FOR EACH ROW EXECUTE FUNCTION application_events_append_only();
