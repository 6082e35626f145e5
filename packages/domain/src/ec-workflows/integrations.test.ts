import { describe, expect, it } from "vitest";
import { nextWebhookAttempt, WEBHOOK_MAX_ATTEMPTS } from "./integrations";
import { deletionAllowed, laterRetention, retainUntil } from "./retention";

describe("webhook retry with backoff", () => {
  const at = new Date("2026-11-21T00:00:00Z");
  it("waits 1 min, 5 min, 30 min, 2 h, 12 h, then gives up", () => {
    const waits = [1, 2, 3, 4, 5].map((n) => (nextWebhookAttempt(n, at)!.getTime() - at.getTime()) / 1000);
    expect(waits).toEqual([60, 300, 1800, 7200, 43_200]);
    expect(nextWebhookAttempt(WEBHOOK_MAX_ATTEMPTS, at)).toBeNull();
  });
});

describe("retention (spec §6.5: 7 years by default, never deleted before)", () => {
  it("keeps a record 7 years from its completion date", () => {
    expect(retainUntil("2026-11-21")).toBe("2033-11-21");
    expect(retainUntil("2028-02-29", 5)).toBe("2033-02-28");
  });

  it("allows deletion only after the retention date, never for a record without one", () => {
    expect(deletionAllowed("2033-11-21", "2033-11-21")).toBe(false);
    expect(deletionAllowed("2033-11-21", "2033-11-22")).toBe(true);
    expect(deletionAllowed(null, "2099-01-01")).toBe(false);
  });

  it("keeps the longer period when a record is decided again", () => {
    expect(laterRetention("2034-01-01", "2033-11-21")).toBe("2034-01-01");
    expect(laterRetention(null, "2033-11-21")).toBe("2033-11-21");
  });
});
