import { and, eq, inArray } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createInsightRecordsService } from "../../features/insight/insight-records.service";
import { createUser } from "../../features/users/users.service";
import type { Actor } from "../../http/context";
import { partners } from "../schema";
import { seedId } from "./seed-ids";

/** The hub's export-control officer, who answers members' requests for advice (issue 16 §6). */
export const HUB_OFFICER = {
  email: "hub-export-control@demo.renkei.example",
  name: "森 由美（連携ハブ 輸出管理）",
} as const;

/**
 * Fictional money for the demo university (issue 16): agreements and receipts coded for the MEXT survey
 * over two fiscal years, so the survey, its drill-down and the indicators show figures on first start.
 */
/** `password`: the demo password, passed in by the dev seed (which imports this file). */
export async function seedInsightDemo(deps: Deps, actor: Actor, password: string) {
  await deps.db.transaction((tx) =>
    createUser(
      tx,
      deps,
      { userId: null, label: "seed" },
      {
        institutionId: seedId("institution", "hub"),
        email: HUB_OFFICER.email,
        displayName: HUB_OFFICER.name,
        role: "export_control_officer",
        password,
        allowDemoPassword: true,
      },
    ),
  );
  const rows = await deps.db
    .select({ id: partners.id, name: partners.legalName, country: partners.country, type: partners.type })
    .from(partners)
    .where(
      and(eq(partners.institutionId, actor.institutionId), inArray(partners.type, ["company", "government"])),
    );
  const jp = rows.filter((r) => r.country === "JP" && r.type === "company");
  const foreign = rows.filter((r) => r.country !== "JP" && r.type === "company");
  if (jp.length < 3 || foreign.length < 1) {
    return;
  }
  // Size classes for the survey: the first two Japanese companies are large, the third an SME.
  await deps.db
    .update(partners)
    .set({ sizeClass: "large" })
    .where(inArray(partners.id, [jp[0]!.id, jp[1]!.id]));
  await deps.db.update(partners).set({ sizeClass: "sme" }).where(eq(partners.id, jp[2]!.id));
  const records = createInsightRecordsService(deps);
  const agreements = [
    {
      title: "精密センサーの共同研究",
      kind: "joint_research",
      partner: jp[0]!,
      startOn: "2024-10-01",
      endOn: "2027-03-31",
      pay: [
        ["2025-06-30", 12_000_000, 3_600_000],
        ["2026-06-30", 12_000_000, 3_600_000],
      ],
    },
    {
      title: "高分子材料の共同研究",
      kind: "joint_research",
      partner: jp[1]!,
      startOn: "2025-04-01",
      endOn: "2026-03-31",
      pay: [["2025-05-20", 3_000_000, 900_000]],
    },
    {
      title: "試作評価の受託研究",
      kind: "contract_research",
      partner: jp[2]!,
      startOn: "2025-07-01",
      endOn: "2026-02-28",
      pay: [["2025-08-01", 1_500_000, 450_000]],
    },
    {
      title: "電池材料の国際共同研究",
      kind: "joint_research",
      partner: foreign[0]!,
      startOn: "2025-09-01",
      endOn: "2027-08-31",
      pay: [
        ["2025-10-15", 5_000_000, 1_500_000],
        ["2026-10-15", 5_000_000, 1_500_000],
      ],
    },
    {
      title: "小規模な共同研究（受入なし）",
      kind: "joint_research",
      partner: jp[2]!,
      startOn: "2025-11-01",
      endOn: "2026-10-31",
      pay: [],
    },
  ] as const;
  for (const a of agreements) {
    const created = await records.createAgreement(actor, {
      title: a.title,
      kind: a.kind,
      partnerType: null,
      partnerId: a.partner.id,
      caseId: null,
      startOn: a.startOn,
      endOn: a.endOn,
    });
    for (const [receivedOn, direct, indirect] of a.pay) {
      await records.recordReceipt(actor, {
        agreementId: created.id,
        partnerId: null,
        kind: a.kind,
        ipIncomeKind: null,
        partnerType: null,
        partnerCountry: null,
        direct,
        indirect,
        receivedOn,
        note: "",
      });
    }
  }
  await records.recordReceipt(actor, {
    agreementId: null,
    partnerId: foreign[0]!.id,
    kind: "ip_income",
    ipIncomeKind: "patent",
    partnerType: null,
    partnerCountry: null,
    direct: 800_000,
    indirect: 0,
    receivedOn: "2026-01-20",
    note: "特許実施料（ランニング）",
  });
}
