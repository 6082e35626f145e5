-- Approved declarations are archived unchanged (issue 13 §3): once approved, only the move to expired
-- is allowed, and nothing may delete them. The application never tries; the database backstops it.
CREATE OR REPLACE FUNCTION coi_declarations_archived() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('approved', 'expired') THEN
      RAISE EXCEPTION 'approved COI declarations are archived and cannot be deleted' USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status IN ('approved', 'expired') THEN
    IF NOT (OLD.status = 'approved' AND NEW.status = 'expired')
       OR NEW.self_check IS DISTINCT FROM OLD.self_check
       OR NEW.interests IS DISTINCT FROM OLD.interests
       OR NEW.approved_on IS DISTINCT FROM OLD.approved_on
       OR NEW.approved_by IS DISTINCT FROM OLD.approved_by
       OR NEW.valid_until IS DISTINCT FROM OLD.valid_until
       OR NEW.content_hash IS DISTINCT FROM OLD.content_hash
       OR NEW.declarant_user_id IS DISTINCT FROM OLD.declarant_user_id THEN
      RAISE EXCEPTION 'approved COI declarations are archived unchanged' USING ERRCODE = 'P0001';
    END IF;
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER coi_declarations_archived
  BEFORE UPDATE OR DELETE ON coi_declarations
  FOR EACH ROW EXECUTE FUNCTION coi_declarations_archived();
