import {
  buildQuotation,
  DEFAULT_COST_COMPONENTS,
  type QuotationInput,
  type SecrecyBasis,
} from "@renkei/domain";
import { and, eq } from "drizzle-orm";
import type { Deps } from "../../deps";
import { loadCaseSettings } from "../../features/cases/case-settings";
import { createCostService } from "../../features/cost/cost.service";
import { storedRates } from "../../features/cost/cost-components";
import { caseQuotations, cases } from "../schema";
import { demoActor } from "./demo-ip";

/**
 * Demo of the cost components (issue 17 item 4), fictional: two quotations with the indirect split and a
 * secrecy-management line, one agreed by the partner (recorded by legal/IP through the service, so it is
 * audited like a real one) and one not yet agreed. The secrecy basis is the snapshot the quotation keeps
 * of the register when it was made (秘 2件, 厳秘 1件, 12か月), so the demo register itself is untouched.
 */
export async function seedDemoCost(deps: Deps, institutionId: string) {
  const coordinator = await demoActor(deps, institutionId, "coordinator");
  const legal = await demoActor(deps, institutionId, "legal-ip");
  const settings = await loadCaseSettings(deps.db, institutionId);
  const secrecy: SecrecyBasis = { itemsByLevel: { "1": 2, "2": 1, "3": 0 }, months: 12 };
  const demo = [
    { title: "半導体パッケージ材料の共同研究", issuedOn: "2026-09-10", agreed: true },
    { title: "ロボットハンド制御の共同研究", issuedOn: "2026-10-01", agreed: false },
  ];
  for (const d of demo) {
    const [c] = await deps.db
      .select({ id: cases.id, ref: cases.ref })
      .from(cases)
      .where(and(eq(cases.institutionId, institutionId), eq(cases.title, d.title)));
    if (!c) {
      continue;
    }
    const input: Omit<QuotationInput, "caseId"> = {
      partnerName: d.agreed ? "한빛반도체 주식회사" : "Istituto Fittizio di Robotica",
      issuedOn: d.issuedOn,
      validDays: 60,
      directCosts: [{ label: "試作・評価用消耗品", category: "consumables", amountYen: 3_000_000 }],
      personnel: [
        { label: "博士研究員", kind: "postdoc", monthlyYen: 450_000, months: 12, effortPercent: 50 },
      ],
      partnerWantsQuarterlyUraReports: false,
      contractLanguage: "ja",
      international: true,
      strategicAmountYen: null,
      secrecy,
    };
    const q = buildQuotation({ ...input, caseId: c.ref }, settings.costRates, {
      components: DEFAULT_COST_COMPONENTS,
    });
    // Written directly, like the demo cases' own quotation, with the snapshot basis described above.
    const [row] = await deps.db
      .insert(caseQuotations)
      .values({
        institutionId,
        caseId: c.id,
        input,
        rates: storedRates(settings.costRates, DEFAULT_COST_COMPONENTS),
        totalYen: q.totalYen,
        createdBy: coordinator.userId,
      })
      .returning({ id: caseQuotations.id });
    if (d.agreed) {
      await createCostService(deps).agree(legal, c.id, row!.id, {
        agreedOn: "2026-09-25",
        partnerSignatory: "研究協力部長 キム・ミンジュン（架空）",
        evidence: "相手方署名済みの見積書、共同研究契約書案 第14条（秘密情報の管理費用）",
      });
    }
  }
}
