-- A case's history is its audit events (entity_type 'case'), read newest first per institution on every
-- case page and printed whole for an inspection (issue 5). The generic audit_entity index has no
-- institution and no order; this one serves "where institution_id = $1 and entity_type = 'case' and
-- entity_id = $2 order by seq desc limit n" straight from the index (see docs/benchmarks.md, Cases).
CREATE INDEX IF NOT EXISTS "audit_case_history" ON "audit_events" ("institution_id", "entity_type", "entity_id", "seq");
