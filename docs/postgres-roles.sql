-- Renkei on PostgreSQL: the role that owns the tables apart from the role the app writes with
-- (issue 10 item 4; docs/operations.md "PostgreSQL roles").
--
-- Once, as a superuser (choose your own passwords):
--   CREATE ROLE renkei_owner LOGIN PASSWORD '…';
--   CREATE ROLE renkei_app LOGIN PASSWORD '…';
--   CREATE DATABASE renkei OWNER renkei_owner;
-- Then, for every install and every upgrade:
--   DATABASE_URL=postgres://renkei_owner:…@host/renkei npx renkei db migrate
--   psql -d renkei -U renkei_owner -f docs/postgres-roles.sql     (idempotent)
-- and run the app with DATABASE_URL=postgres://renkei_app:…@host/renkei.
--
-- The app role owns nothing, so it cannot drop or disable the audit triggers (only an owner or a
-- superuser can); it has no UPDATE, DELETE or TRUNCATE on the audit log and its checkpoints, and may
-- only move a chain head forward (the trigger still applies). Restores (`renkei restore`) switch the
-- triggers off inside their transaction and so run as the owner.

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO renkei_app', current_database());
END $$;
GRANT USAGE ON SCHEMA public, drizzle TO renkei_app;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM renkei_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO renkei_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO renkei_app;
-- The migrations table is read at start to confirm the schema is current; never written by the app.
GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO renkei_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA drizzle TO renkei_app;
-- The audit log: append only.
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events, audit_checkpoints FROM renkei_app;
REVOKE DELETE, TRUNCATE ON audit_heads FROM renkei_app;
