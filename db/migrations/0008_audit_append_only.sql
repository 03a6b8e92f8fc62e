-- The audit log is append-only: an entry is never edited. Rows leave only by DELETE (the retention job,
-- or their organisation being deleted). The one UPDATE allowed is the foreign key clearing the actor
-- when that user row is deleted.
CREATE FUNCTION audit_events_refuse_update() RETURNS trigger AS $$
BEGIN
  IF NEW.actor_user_id IS NULL AND OLD.actor_user_id IS NOT NULL
     AND (to_jsonb(NEW) - 'actor_user_id') = (to_jsonb(OLD) - 'actor_user_id') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_update();
