-- Partner search for one- and two-character terms (issue 10, item 12). Trigrams cannot index a term
-- shorter than three characters, so `search_key LIKE '%華%'` scanned every partner. Each key's distinct
-- one- and two-character substrings go into a GIN index; "the key contains the term" is then "the
-- term is one of its grams", which the index answers exactly.
CREATE FUNCTION partner_short_grams(k text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
    SELECT substr(k, i, 1) AS g FROM generate_series(1, char_length(k)) AS i
    UNION ALL
    SELECT substr(k, i, 2) FROM generate_series(1, char_length(k) - 1) AS i
  ) AS grams
$$;
--> statement-breakpoint
CREATE INDEX partners_search_short ON partners USING gin (partner_short_grams(search_key));
