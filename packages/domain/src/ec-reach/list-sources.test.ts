import { describe, expect, it } from "vitest";
import { parseSourceLocation, type SourceSchedule, sourceDue } from "./list-sources";

const at = (iso: string) => new Date(iso);
const base: SourceSchedule = { enabled: true, intervalHours: 24, lastAttemptAt: null, lastStatus: "never" };

describe("sourceDue", () => {
  it.each<[string, Partial<SourceSchedule>, string, boolean]>([
    ["never fetched", {}, "2026-04-01T00:00:00Z", true],
    ["disabled", { enabled: false }, "2026-04-01T00:00:00Z", false],
    [
      "interval not passed",
      { lastAttemptAt: at("2026-04-01T00:00:00Z"), lastStatus: "imported" },
      "2026-04-01T23:59:00Z",
      false,
    ],
    [
      "interval passed",
      { lastAttemptAt: at("2026-04-01T00:00:00Z"), lastStatus: "unchanged" },
      "2026-04-02T00:00:00Z",
      true,
    ],
    [
      "failed: retried after an hour",
      { lastAttemptAt: at("2026-04-01T00:00:00Z"), lastStatus: "failed" },
      "2026-04-01T01:00:00Z",
      true,
    ],
    [
      "failed: not within the hour",
      { lastAttemptAt: at("2026-04-01T00:00:00Z"), lastStatus: "failed" },
      "2026-04-01T00:30:00Z",
      false,
    ],
  ])("%s", (_name, s, now, due) => {
    expect(sourceDue({ ...base, ...s }, at(now))).toBe(due);
  });
});

describe("parseSourceLocation", () => {
  it.each<[string, string | null]>([
    ["https://example.org/sdn.csv", "url"],
    ["http://127.0.0.1:8080/list.txt", "url"],
    ["/var/lib/renkei/lists/eul.xlsx", "file"],
    ["lists/eul.xlsx", null],
    ["/var/lib/../etc/passwd", null],
    ["ftp://example.org/x", null],
    ["", null],
  ])("%s", (raw, kind) => {
    expect(parseSourceLocation(raw)?.kind ?? null).toBe(kind);
  });
});
