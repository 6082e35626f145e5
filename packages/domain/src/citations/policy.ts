import type { Bilingual } from "../shared/bilingual";

/**
 * Rules of Renkei's own design, where no law or guideline dictates the answer: cited as institution policy,
 * with the point of the policy, so the reader knows it is the institution's choice (and can change it).
 */
const policy = (ja: string, en: string): Bilingual => ({
  ja: `機関の方針（${ja}）`,
  en: `Institution policy (${en})`,
});

export const POLICY_CITATIONS: Record<string, Bilingual> = {
  "spec:architecture§8.6": policy("役割ごとの権限と記録", "who may take each step, and what is recorded"),
  "issue-2:partner-registry/duplicates": policy(
    "連携先の重複登録の防止",
    "avoiding duplicate partner records",
  ),
};
