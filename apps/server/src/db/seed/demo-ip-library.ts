import { defaultModelTexts, type ModelTextKind, type ModelTextScope } from "@renkei/domain";
import type { Deps } from "../../deps";
import { createIpLibraryService } from "../../features/ip/ip-library.service";
import { demoActor } from "./demo-ip";

/** Kind × scope the demo university has written (the rest the office can add from the built-in set). */
const WRITTEN: [ModelTextKind, ModelTextScope][] = [
  ["nda_one_way", "collaboration_talks"],
  ["nda_one_way", "technology_evaluation"],
  ["nda_mutual", "collaboration_talks"],
  ["joint_research", "standard"],
  ["mta", "standard"],
  ["licence", "standard"],
];

/** Revisions of the fictional demo university, so the page shows versions and a comparison. */
const REVISIONS: {
  kind: ModelTextKind;
  scope: ModelTextScope;
  ja: [string, string];
  en: [string, string];
  note: string;
}[] = [
  {
    kind: "nda_mutual",
    scope: "collaboration_talks",
    ja: ["契約終了後3年間存続する", "契約終了後5年間存続する"],
    en: ["survives for three years after it ends", "survives for five years after it ends"],
    note: "秘密保持義務の存続期間を5年に延長 / Confidentiality now survives five years",
  },
  {
    kind: "joint_research",
    scope: "standard",
    ja: ["公表予定日の30日前までに", "公表予定日の45日前までに"],
    en: ["notifying the other 30 days before", "notifying the other 45 days before"],
    note: "公表の事前通知を45日前に / Publication notice now 45 days",
  },
];

/**
 * The demo university's model-text library (issue 14 item 6): Renkei's own neutral texts (written for
 * this project, 甲 = university, 乙 = the other party) adopted as version 1 on 1 April 2025, and two
 * fictional revisions effective 1 April 2026. Added through the library service as legal/IP, so every
 * version has its audit event. Skipped when the institution already has texts.
 */
export async function seedDemoIpLibrary(deps: Deps, institutionId: string): Promise<void> {
  const legal = await demoActor(deps, institutionId, "legal-ip");
  const library = createIpLibraryService(deps);
  if ((await library.listTexts(legal)).length > 0) {
    return;
  }
  const drafts = defaultModelTexts().filter((d) => WRITTEN.some(([k, s]) => d.kind === k && d.scope === s));
  for (const d of drafts) {
    await library.addText(legal, {
      ...d,
      changeNote: "デモ大学の初版 / First version of the demo university",
      effectiveOn: "2025-04-01",
    });
  }
  for (const r of REVISIONS) {
    const d = drafts.find((x) => x.kind === r.kind && x.scope === r.scope)!;
    await library.addText(legal, {
      ...d,
      bodyJa: d.bodyJa.replace(r.ja[0], r.ja[1]),
      bodyEn: d.bodyEn.replace(r.en[0], r.en[1]),
      changeNote: r.note,
      effectiveOn: "2026-04-01",
    });
  }
  await library.addTechList(legal, {
    items: [
      { code: "battery", labelJa: "蓄電池・電池材料", labelEn: "Batteries and battery materials" },
      { code: "semiconductor", labelJa: "半導体製造技術", labelEn: "Semiconductor manufacturing" },
      { code: "quantum", labelJa: "量子技術", labelEn: "Quantum technologies" },
    ],
    changeNote: "デモ用の架空のリスト / Fictional list for the demo",
    effectiveOn: "2025-04-01",
  });
}
