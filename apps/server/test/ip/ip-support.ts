import type { createTestApp, TestUser } from "../harness";

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** A disclosure by `by` with the given inventors (percent shares) and funding. */
export async function disclose(
  by: TestUser,
  inventors: { userId: string | null; name: string; sharePercent: number }[],
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await by.post("/api/v1/ip/inventions", {
    title: "高効率固体電解質の製造方法（架空）",
    summary: "試験用の発明届",
    field: "電池材料",
    inventors,
    funding: [],
    ...overrides,
  });
  if (res.status !== 201) {
    throw new Error(`disclose: ${res.status} ${res.text}`);
  }
  return res.json.id;
}

/** Legal/IP decides an employee invention the institution takes over. */
export async function takeOver(legal: TestUser, id: string): Promise<void> {
  const d = await legal.get(`/api/v1/ip/inventions/${id}`);
  const res = await legal.post(`/api/v1/ip/inventions/${id}/decision`, {
    category: "employee",
    institutionTakes: true,
    version: d.json.version,
  });
  if (res.status !== 200) {
    throw new Error(`decide: ${res.status} ${res.text}`);
  }
}

export const JP_FILING = {
  kind: "jp",
  country: "JP",
  applicationNo: "特願2026-000001",
  filedOn: "2026-02-02",
};
export const PCT_FILING = {
  kind: "pct",
  country: "WO",
  applicationNo: "PCT/JP2026/000001",
  filedOn: "2026-11-20",
  priorityDate: "2026-02-02",
};

export const EXCLUSIVE_US = {
  kind: "exclusive_licence",
  counterpartyName: "Pacific Cells Inc.（架空）",
  counterpartyCountry: "US",
  territory: "北米",
  fieldOfUse: "車載電池",
  terms: {
    upfront: 5_000_000,
    upfrontOn: "2026-12-01",
    tiers: [
      { upTo: 100_000_000, rateBp: 300 },
      { upTo: null, rateBp: 200 },
    ],
    milestones: [{ name: "量産開始", amount: 10_000_000, expectedOn: "2028-06-01" }],
    minimumAnnualRoyalty: 2_000_000,
  },
  forecast: [{ fiscalYear: 2027, netSales: 50_000_000 }],
};
