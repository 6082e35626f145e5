-- Retention (spec §6.5, issue 4): export-control records are kept RETENTION_YEARS (default 7) and never
-- deleted before `retention_until`. The service checks first and explains; this trigger is the backstop
-- for any other path (ad-hoc SQL included). "Today" is the application's Japanese date when the deleting
-- transaction sets renkei.today (so a fixed clock in tests agrees), else the database's current_date.
CREATE OR REPLACE FUNCTION renkei_ec_retention_guard() RETURNS trigger AS $$
DECLARE
  today date := coalesce(nullif(current_setting('renkei.today', true), '')::date, current_date);
BEGIN
  IF OLD.retention_until > today THEN
    RAISE EXCEPTION 'export-control record % is retained until %', OLD.id, OLD.retention_until
      USING ERRCODE = '23514';
  END IF;
  RETURN OLD;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER ec_classifications_retention BEFORE DELETE ON ec_classifications
  FOR EACH ROW EXECUTE FUNCTION renkei_ec_retention_guard();
--> statement-breakpoint
CREATE TRIGGER ec_transaction_reviews_retention BEFORE DELETE ON ec_transaction_reviews
  FOR EACH ROW EXECUTE FUNCTION renkei_ec_retention_guard();
