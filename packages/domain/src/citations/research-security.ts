import type { Bilingual } from "../shared/bilingual";

/** Research integrity and security (spec/research-security.md J1–J13), cited by the policy each row documents. */
const c = (ja: string, en: string): Bilingual => ({ ja, en });

export const RESEARCH_SECURITY_CITATIONS: Record<string, Bilingual> = {
  J1: c(
    "統合イノベーション戦略推進会議「研究活動の国際化、オープン化に伴う新たなリスクに対する研究インテグリティの確保に係る対応方針について」（2021年4月27日）",
    "CSTI policy on ensuring research integrity against new risks of internationalised, open research (2021-04-27)",
  ),
  J2: c(
    "「競争的研究費の適正な執行に関する指針」（2021年12月改正）",
    "Guidelines on the Proper Execution of Competitive Research Funds (rev. Dec. 2021)",
  ),
  J3: c("機関の方針（報告を求める事項と基準）", "Institution policy (what must be reported, and thresholds)"),
  J4: c(
    "外為法第25条第1項・役務通達1(3)サ（特定類型、2022年5月1日施行）",
    "FEFTA Art. 25(1); Services Circular 1(3)(sa) (specified categories, in force 2022-05-01)",
  ),
  J5: c("経済安全保障推進法（2022年）", "Economic Security Promotion Act (2022)"),
  J6: c(
    "経済安全保障推進法 第5章（特許出願の非公開、2024年5月1日施行）",
    "Economic Security Promotion Act ch. 5 (secret patents, in force 2024-05-01)",
  ),
  J7: c(
    "特定研究開発プログラムにおける研究セキュリティ確保のための手順書（2025年12月）",
    "Procedures for research security in designated R&D programmes (Dec. 2025)",
  ),
  J8: c(
    "機関の方針（公開情報による確認、自動判定はしない）",
    "Institution policy (public-information checks, never an automatic decision)",
  ),
  J9: c(
    "重要経済安保情報の保護及び活用に関する法律（2025年5月16日施行）",
    "Act on the Protection and Use of Critical Economic Security Information (in force 2025-05-16)",
  ),
  J11: c(
    "経済産業省「営業秘密管理指針」（2025年3月31日改訂）",
    "METI Trade Secret Management Guidelines (rev. 2025-03-31)",
  ),
  J12: c("臨床研究法（利益相反管理）", "Clinical Trials Act (COI management)"),
  "seed-coverage§M": c(
    "機関の方針（研修の受講と有効期間）",
    "Institution policy (required training and its validity)",
  ),
};
