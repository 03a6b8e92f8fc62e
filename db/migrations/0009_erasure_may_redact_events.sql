-- Application history stays append-only, with one exception: erasing a candidate's personal data
-- (server/status/anonymize-candidate.ts) may rewrite an event's `data`, and nothing else, inside a
-- transaction that set `candor.erasure` to 'on' (set_config(..., true): it ends with the transaction).
CREATE OR REPLACE FUNCTION application_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
    AND current_setting('candor.erasure', true) = 'on'
    AND (NEW.id, NEW.organization_id, NEW.application_id, NEW.type, NEW.from_stage_id, NEW.to_stage_id, NEW.actor_user_id, NEW.created_at)
      IS NOT DISTINCT FROM (OLD.id, OLD.organization_id, OLD.application_id, OLD.type, OLD.from_stage_id, OLD.to_stage_id, OLD.actor_user_id, OLD.created_at)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'application_events is append-only';
END;
$$;
