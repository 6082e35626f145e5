import { describe, expect, it } from "vitest";
import { ConfigError, describeDatabase, loadConfig } from "../src/config";

describe("configuration", () => {
  it("uses the documented defaults", () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir.endsWith("/data")).toBe(true);
    expect(c.databaseUrl).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
    expect(c.retentionYears).toBe(7);
  });

  it("reads RETENTION_YEARS and refuses a retention under one year", () => {
    expect(loadConfig({ RETENTION_YEARS: "10" }).retentionYears).toBe(10);
    expect(() => loadConfig({ RETENTION_YEARS: "0" })).toThrow(/RETENTION_YEARS/);
  });

  it("reports every problem at once", () => {
    expect(() => loadConfig({ PORT: "seventy", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" })).toThrow(
      ConfigError,
    );
    try {
      loadConfig({ PORT: "seventy", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (err) {
      const text = (err as Error).message;
      expect(text).toContain("PORT");
      expect(text).toContain("DATABASE_URL");
      expect(text).toContain("LOG_LEVEL");
    }
  });

  it("never prints a database password", () => {
    const c = loadConfig({ DATABASE_URL: "postgres://renkei:s3cret@db:5432/renkei" });
    expect(describeDatabase(c)).not.toContain("s3cret");
  });
});
