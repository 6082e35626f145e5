/**
 * Lists fetched on a schedule (issue 15 item 6; screening-research.md §2 "lists change weekly"): a source
 * is due when its interval has passed since the last attempt. After a failure the next attempt comes
 * sooner (one hour), so a transient outage does not leave the institution on an old list for a day,
 * but never more often than hourly so a dead URL does not flood the officers with alerts.
 */

export interface SourceSchedule {
  enabled: boolean;
  intervalHours: number;
  lastAttemptAt: Date | null;
  lastStatus: "never" | "imported" | "unchanged" | "failed";
}

const HOUR = 3_600_000;
const RETRY_HOURS = 1;

export function sourceDue(s: SourceSchedule, now: Date): boolean {
  if (!s.enabled) {
    return false;
  }
  if (s.lastAttemptAt === null) {
    return true;
  }
  const wait = s.lastStatus === "failed" ? Math.min(RETRY_HOURS, s.intervalHours) : s.intervalHours;
  return now.getTime() - s.lastAttemptAt.getTime() >= wait * HOUR;
}

export type SourceLocation = { kind: "url"; url: string } | { kind: "file"; path: string };

/**
 * A location is an http(s) URL or an absolute file path on the server. Relative paths are refused:
 * what they point to would depend on the directory the server was started from.
 */
export function parseSourceLocation(raw: string): SourceLocation | null {
  const v = raw.trim();
  if (/^https?:\/\//i.test(v)) {
    try {
      const u = new URL(v);
      return u.hostname ? { kind: "url", url: u.toString() } : null;
    } catch {
      return null;
    }
  }
  if (v.startsWith("/") && !v.includes("\u0000") && !v.split("/").includes("..")) {
    return { kind: "file", path: v };
  }
  return null;
}
