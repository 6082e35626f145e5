-- COI declarations under the retention rules (issue 13 §3, issue 17 item 7): an approved declaration
-- stays archived unchanged, except that once its validity ended more than 60 months ago (COI_ARCHIVE_MONTHS
-- in packages/domain/src/coi/declaration-retention.ts) the retention job may erase its content — the
-- self-check and the interests — keeping the status, dates and content hash.
CREATE OR REPLACE FUNCTION coi_declarations_archived() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status IN ('approved', 'expired') THEN
      RAISE EXCEPTION 'approved COI declarations are archived and cannot be deleted' USING ERRCODE = 'P0001';
    END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'expired' AND NEW.status = 'expired'
     AND OLD.valid_until < (current_date - interval '60 months')
     AND NEW.self_check = '{}'::jsonb AND NEW.interests = '[]'::jsonb
     AND NEW.approved_on IS NOT DISTINCT FROM OLD.approved_on
     AND NEW.approved_by IS NOT DISTINCT FROM OLD.approved_by
     AND NEW.valid_until IS NOT DISTINCT FROM OLD.valid_until
     AND NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash
     AND NEW.declarant_user_id IS NOT DISTINCT FROM OLD.declarant_user_id THEN
    RETURN NEW;
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
