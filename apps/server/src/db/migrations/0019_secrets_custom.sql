-- Issue 12: case documents and recorded disclosures that exist before the register become register
-- items, so the one access decision covers them too. Documents default to 秘 (level 1): the safe default
-- for case files (seed 003); the responsible person is the PI, else the uploader, else who registered it.
INSERT INTO "secret_items" ("institution_id", "title", "level", "origin", "direction", "case_id",
  "responsible_user_id", "storage_kind", "storage_location", "document_id", "received_on", "created_by")
SELECT d."institution_id", d."file_name", 1,
  CASE WHEN d."category" IN ('nda', 'correspondence') THEN 'received' ELSE 'own' END,
  CASE WHEN d."category" IN ('nda', 'correspondence') THEN 'received' ELSE 'created' END,
  d."case_id", coalesce(c."pi_user_id", d."uploaded_by", c."created_by"), 'renkei', '', d."id",
  d."uploaded_at"::date, d."uploaded_by"
FROM "case_documents" d JOIN "cases" c ON c."id" = d."case_id"
WHERE coalesce(c."pi_user_id", d."uploaded_by", c."created_by") IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "secret_items" s WHERE s."document_id" = d."id");
--> statement-breakpoint
-- Outbound disclosures keep the level of their disclosure-plan item (seed 001 §IV.2-4).
INSERT INTO "secret_items" ("institution_id", "title", "level", "origin", "direction", "partner_id",
  "case_id", "responsible_user_id", "storage_kind", "disclosure_id", "received_on", "created_by")
SELECT x."institution_id", coalesce(nullif(p."item"->>'description', ''), x."item_id"),
  coalesce((p."item"->>'level')::int, 1), 'own', 'provided', x."partner_id", x."case_id",
  coalesce(c."pi_user_id", x."recorded_by", c."created_by"), 'system', x."id", x."disclosed_on", x."recorded_by"
FROM "case_disclosures" x JOIN "cases" c ON c."id" = x."case_id"
LEFT JOIN LATERAL (
  SELECT i AS "item" FROM "case_stage_records" r, jsonb_array_elements(r."data"->'disclosurePlan') i
  WHERE r."case_id" = x."case_id" AND r."section" = 'scheme' AND i->>'itemId' = x."item_id" LIMIT 1
) p ON true
WHERE coalesce(c."pi_user_id", x."recorded_by", c."created_by") IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "secret_items" s WHERE s."disclosure_id" = x."id");
