-- The audit log is append-only (architecture §8.7): refuse UPDATE, DELETE and TRUNCATE at the database,
-- so no code path and no ad-hoc SQL session can rewrite history without dropping the trigger.
CREATE OR REPLACE FUNCTION renkei_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION renkei_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION renkei_audit_append_only();
