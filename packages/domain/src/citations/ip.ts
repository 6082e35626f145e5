import type { Bilingual } from "../shared/bilingual";

/**
 * The sources the IP rules cite, readable by a person in Japanese and English. A reason's `sourceId` is a
 * key of this table, so every screen, PDF and test can show where a rule comes from.
 */
export const IP_SOURCES = {
  "jp-patent-act§3-2": {
    ja: "特許法第3条第2項（期間の末日が行政機関の休日に当たるときは翌日に満了）",
    en: "Patent Act Art. 3(2): a period ending on an administrative holiday ends on the next working day",
  },
  "jp-holidays": {
    ja: "行政機関の休日に関する法律第1条・国民の祝日に関する法律",
    en: "Act on Holidays of Administrative Organs Art. 1; National Holidays Act",
  },
  "paris§4C": {
    ja: "パリ条約第4条C（優先期間12か月）・特許法第43条の2",
    en: "Paris Convention Art. 4C (12-month priority period); Patent Act Art. 43-2",
  },
  "pct§22": {
    ja: "特許協力条約第22条・特許法第184条の4（優先日から30か月で国内移行）",
    en: "PCT Art. 22; Patent Act Art. 184-4 (national phase 30 months from priority)",
  },
  "jp-patent-act§48-3": {
    ja: "特許法第48条の3（出願審査請求は出願日から3年以内）",
    en: "Patent Act Art. 48-3 (request examination within 3 years of filing)",
  },
  "jp-patent-act§108": {
    ja: "特許法第108条（第4年以後の特許料は前年以前に納付）・第67条（存続期間20年）",
    en: "Patent Act Art. 108 (4th and later annuities paid in the preceding year); Art. 67 (20-year term)",
  },
  "jp-patent-act§35": {
    ja: "特許法第35条（職務発明）",
    en: "Patent Act Art. 35 (employee inventions)",
  },
  "seed001§II.3.1": {
    ja: "外国企業との連携に係るガイダンス §II.3.1 表5（日本版バイ・ドール規定の4条件）",
    en: "Guidance on collaboration with foreign companies §II.3.1 Table 5 (the four Bayh-Dole conditions)",
  },
  "itsa§17": {
    ja: "産業技術力強化法第17条（日本版バイ・ドール規定）",
    en: "Industrial Technology Enhancement Act Art. 17 (Japanese Bayh-Dole)",
  },
  "seed001§case3": {
    ja: "同ガイダンス 事例3（単独所有は非独占が原則、独占は日本企業優先、外国企業との共有特許は独占不可）",
    en: "Guidance case 3 (sole-owned: non-exclusive; exclusive: Japanese companies first; no exclusivity to a foreign co-owner)",
  },
  "seed001§case4": {
    ja: "同ガイダンス 事例4（国内優先、外国企業へのライセンスは①〜⑦の場合に限る）",
    en: "Guidance case 4 (domestic priority; licences to foreign companies only in cases ①–⑦)",
  },
  "seed001§case5": {
    ja: "同ガイダンス 事例5（ライセンス特許は大学で資産管理、特許の譲渡はしない）",
    en: "Guidance case 5 (licensed patents kept as the university's assets; no assignment)",
  },
  "esa§66-78": {
    ja: "経済安全保障推進法 第5章（特許出願の非公開: 保全審査・保全指定・開示の禁止・外国出願の禁止）",
    en: "Economic Security Promotion Act ch. 5 (secret patents: security review, designation, disclosure ban, foreign-filing ban)",
  },
  "spec:research-security§J6": {
    ja: "機関の方針（特許出願非公開制度の確認前は外国出願・公表をしない）",
    en: "Institution policy (no foreign filing or publication before the patent-secrecy check)",
  },
  "seed004§4(1)": {
    ja: "国プロ参加ガイドライン 4(1)（成果の公表・非公表・権利化は戦略的に判断し管理）",
    en: "National-project guideline 4(1) (decide publication, secrecy or patenting of results strategically)",
  },
  "seed004§4(2)": {
    ja: "国プロ参加ガイドライン 4(2)・委託研究開発におけるデータマネジメントに関する運用ガイドライン（オープン・クローズ）",
    en: "National-project guideline 4(2); METI data-management guideline for commissioned R&D (open or closed data)",
  },
  "seed004§4(3)": {
    ja: "国プロ参加ガイドライン 4(3)（初期段階からの国際標準化の取組）",
    en: "National-project guideline 4(3) (work on international standards from the start)",
  },
  "mext-survey": {
    ja: "文部科学省「大学等における産学連携等実施状況調査」（特許権実施等収入は年度ごと）",
    en: "MEXT survey of industry–academia collaboration (licence income per fiscal year)",
  },
} as const satisfies Record<string, Bilingual>;
