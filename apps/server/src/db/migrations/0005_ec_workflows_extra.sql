-- Retention (spec §6.5): visitor, trip and licence records are never deleted before their retain_until
-- date. The services refuse it first; this trigger is the backstop for any other code path or SQL session.
CREATE OR REPLACE FUNCTION renkei_refuse_delete_before_retention() RETURNS trigger AS $$
BEGIN
  IF OLD.retain_until >= current_date THEN
    RAISE EXCEPTION '% % is retained until %', TG_TABLE_NAME, OLD.id, OLD.retain_until;
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER visitors_retention BEFORE DELETE ON visitors
  FOR EACH ROW EXECUTE FUNCTION renkei_refuse_delete_before_retention();
--> statement-breakpoint
CREATE TRIGGER trips_retention BEFORE DELETE ON trips
  FOR EACH ROW EXECUTE FUNCTION renkei_refuse_delete_before_retention();
--> statement-breakpoint
CREATE TRIGGER licences_retention BEFORE DELETE ON licences
  FOR EACH ROW EXECUTE FUNCTION renkei_refuse_delete_before_retention();
