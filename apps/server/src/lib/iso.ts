/** PostgreSQL's text form of a timestamptz ("2026-11-21 23:53:39.018+00") as ISO-8601 for the API. */
export function isoInstant(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?$/.exec(value);
  if (!m) {
    return value;
  }
  return new Date(`${m[1]}T${m[2]}${m[3]}:${m[4] ?? "00"}`).toISOString();
}
