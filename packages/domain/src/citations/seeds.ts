import type { Bilingual } from "../shared/bilingual";

/**
 * The government guidelines in `/work/shared/seeds`, cited by title and section. Keys are the sourceIds the
 * rules use (`seed001§IV.2-9`); values are what a person reads on screen, in PDFs and in mail.
 */
const G001 = {
  ja: "経済産業省「大学・国研等の外国企業との連携に係るガイドライン」",
  en: "METI Guidelines on Collaboration between Universities/National Research Institutes and Foreign Companies",
};
const g001 = (ja: string, en: string): Bilingual => ({ ja: `${G001.ja} ${ja}`, en: `${G001.en}, ${en}` });
const G002 = {
  ja: "経済産業省「産学連携活動の更なる深化に向けて」（平成28年9月）",
  en: "METI “Towards Deeper Industry–Academia Collaboration” (Sept. 2016)",
};
const g002 = (ja: string, en: string): Bilingual => ({ ja: `${G002.ja} ${ja}`, en: `${G002.en}, ${en}` });
const G003 = {
  ja: "文部科学省・経済産業省「産学官連携による共同研究強化のためのガイドライン」（平成29年3月）",
  en: "MEXT/METI Guidelines for Strengthening Joint Research through Industry–Academia–Government Collaboration (Mar. 2017)",
};
const g003 = (ja: string, en: string): Bilingual => ({ ja: `${G003.ja} ${ja}`, en: `${G003.en}, ${en}` });
const G004 = {
  ja: "経済産業省「国の研究開発プロジェクトにおける国際連携強化に関する基本的な考え方」（令和元年11月）",
  en: "METI Basic Approach to International Collaboration in National R&D Projects (Nov. 2019)",
};
const g004 = (ja: string, en: string): Bilingual => ({ ja: `${G004.ja} ${ja}`, en: `${G004.en}, ${en}` });
const G000 = {
  ja: "文部科学省 大学等における産学官連携リスクマネジメント検討委員会 報告書（平成27年）",
  en: "MEXT committee report on risk management in industry–academia–government collaboration (2015)",
};
const g000 = (ja: string, en: string): Bilingual => ({ ja: `${G000.ja} ${ja}`, en: `${G000.en}, ${en}` });

const case001 = (n: number, ja: string, en: string): Bilingual =>
  g001(`Ⅴ 事例${n}「${ja}」`, `V, case ${n} (${en})`);

export const SEED_CITATIONS: Record<string, Bilingual> = {
  "seed000§4-2②": g000(
    "4-2② 産学官連携リスクマネジメントに関する情報の機関間共有の場の構築",
    "4-2 ②, a place where institutions share risk-management cases",
  ),
  "seed000§3-2": g000("3 技術流出防止マネジメント", "ch. 3, preventing technology leakage"),
  "seed000§3-2(1)": g000(
    "3-2(1) 営業秘密管理に関する取組課題（管理の度合いに応じた管理コスト）",
    "3-2 (1), trade-secret management (the cost of each level of management)",
  ),
  "seed000§審議経過": g000(
    "審議経過（産総研の定期自己申告）",
    "proceedings (AIST periodic self-declaration)",
  ),
  "seed001§II.1": g001("Ⅱ.1 安全保障貿易管理", "II.1 Security export control"),
  "seed001§II.2": g001(
    "Ⅱ.2 不正競争防止法（営業秘密の保護）",
    "II.2 Unfair Competition Prevention Act (trade secrets)",
  ),
  "seed001§II.3.3": g001("Ⅱ.3 その他の法令・規則", "II.3 Other laws and rules"),
  "seed001§III.1": g001(
    "Ⅲ.1 産学官連携活動の推進に伴うリスクマネジメント",
    "III.1 Risk management in collaboration",
  ),
  "seed001§III.2": g001(
    "Ⅲ.2 機微技術管理の国際動向",
    "III.2 International trends in sensitive-technology control",
  ),
  "seed001§IV.1-1": g001("Ⅳ.1 1）連携方針・体制の整備", "IV.1 (1) Collaboration policy and organisation"),
  "seed001§IV.1-2": g001(
    "Ⅳ.1 方針・体制の整備（競争的資金等の制約）",
    "IV.1 Policy and organisation (limits of competitive funding)",
  ),
  "seed001§IV.2": g001("Ⅳ.2 連携プロセスの管理", "IV.2 Managing the collaboration process"),
  "seed001§IV.2-1": g001("Ⅳ.2 1) 連携企業の探索", "IV.2 step 1, finding a partner"),
  "seed001§IV.2-2": g001("Ⅳ.2 2) 機関内での意向の確認", "IV.2 step 2, internal check"),
  "seed001§IV.2-3": g001("Ⅳ.2 3) 相手企業の情報把握", "IV.2 step 3, knowing the partner"),
  "seed001§IV.2-4": g001("Ⅳ.2 4) 連携スキームの検討", "IV.2 step 4, collaboration scheme"),
  "seed001§IV.2-5": g001(
    "Ⅳ.2 5) 秘密保持契約締結後、相手機関との交渉",
    "IV.2 step 5, negotiation after the NDA",
  ),
  "seed001§IV.2-6": g001("Ⅳ.2 6) 研究計画の検討", "IV.2 step 6, research plan"),
  "seed001§IV.2-7": g001("Ⅳ.2 7) 契約条件の合意", "IV.2 step 7, agreeing contract terms"),
  "seed001§IV.2-8": g001("Ⅳ.2 8) 合意内容の確認、周知", "IV.2 step 8, confirming and briefing the agreement"),
  "seed001§IV.2-9": g001(
    "Ⅳ.2 9) 安全保障貿易管理対応・リスクマネジメント",
    "IV.2 step 9, export control and risk management",
  ),
  "seed001§IV.3": g001("Ⅳ.3 連携事業のモニタリング・フォローアップ", "IV.3 Monitoring and follow-up"),
  "seed001§V.case1": case001(
    1,
    "外国企業との連携の考え方",
    "approach to collaborating with foreign companies",
  ),
  "seed001§V.case17": case001(
    17,
    "TTO による管理（シーズ・ニーズのデータベース化）",
    "TTO management (seeds and needs databases)",
  ),
  "seed001§V.case18": case001(18, "諸外国での産学官連携イベント開催", "collaboration events abroad"),
  "seed001§V.case19": case001(19, "会員組織（ILP）の構築", "a membership programme (ILP)"),
  "seed001§V.case20": case001(20, "CRM システム活用", "use of a CRM system"),
  "seed001§V.case21": case001(21, "CRM データベースの活用", "use of a CRM database"),
  "seed001§V.case23": case001(23, "間接経費率", "indirect cost rate"),
  "seed001§V.case23内訳": case001(
    23,
    "間接経費率の上乗せ（間接経費の内訳）",
    "indirect cost rate (its components)",
  ),
  "seed001§V.case24": case001(24, "連携企業の信用調査", "credit check of the partner"),
  "seed001§V.case25": case001(25, "安全保障貿易管理の徹底", "thorough export control"),
  "seed001§V.case26": case001(26, "既存の共同研究とのバッティング", "conflict with existing joint research"),
  seed001case26: case001(26, "既存の共同研究とのバッティング", "conflict with existing joint research"),
  "seed001§V.case27": case001(27, "国際法務（紛争解決）", "international legal affairs (dispute resolution)"),
  "seed001§V.case28": case001(28, "研究進捗管理", "progress management"),
  "seed002§3-1": g002(
    "3 秘密情報の管理（アクセス権者の限定）",
    "3, confidential information (who may access)",
  ),
  "seed002§3-2": g002(
    "3 秘密情報の管理（区分に応じた取扱い）",
    "3, confidential information (handling by level)",
  ),
  "seed002§3-4": g002(
    "3 秘密情報の管理（終了時の返還・廃棄）",
    "3, confidential information (return or disposal at the end)",
  ),
  "seed002§4-1": g002("4 秘密情報の管理体制（管理責任者）", "4, organisation (the responsible person)"),
  "seed003§TMDU": g003(
    "取組事例（東京医科歯科大学の利益相反マネジメント）",
    "practice example (TMDU conflict-of-interest management)",
  ),
  "seed003§TMDU組織": g003(
    "取組事例（東京医科歯科大学の利益相反管理体制）",
    "practice example (TMDU COI organisation)",
  ),
  "seed003§秘密区分": g003("秘密情報の区分と取扱い", "levels of confidential information and their handling"),
  "seed003§学生の取扱": g003("学生の取扱い", "handling of students"),
  "seed003§名古屋大学・三重大学": g003(
    "取組事例（名古屋大学・三重大学の学生の取扱い）",
    "practice examples (Nagoya and Mie universities on students)",
  ),
  "seed004§2(2)": g004("2(2) 国際連携の形態", "2(2) forms of international collaboration"),
  "seed004§3": g004("3 海外企業等の参加の選考基準", "3, selection criteria for foreign participants"),
  "seed004§3(1)①": g004(
    "3(1)① 日本国内での研究開発・事業化への貢献",
    "3(1)(i) contribution to R&D and business in Japan",
  ),
  "seed004§3(1)②": g004(
    "3(1)② 日本企業等では代替できない技術・能力",
    "3(1)(ii) capabilities Japanese entities cannot supply",
  ),
  "seed004§3(1)③": g004("3(1)③ プロジェクトの事業目的への合致", "3(1)(iii) fit with the project's purpose"),
  "seed004§3(2)": g004("3(2) 技術管理・知的財産管理の体制", "3(2) technology and IP management"),
  "seed004§3(3)": g004("3(3) 法令遵守と誠実な協議", "3(3) legal compliance and good-faith consultation"),
  "seed004§3(4)": g004("3(4) 予算執行上の手続き", "3(4) budget procedures"),
  "seed004§4(1)①": g004(
    "4(1)① 成果の帰属と国内での実施",
    "4(1)(i) ownership of results and working in Japan",
  ),
  "seed004§4(1)②": g004("4(1)② 知的財産の取扱い", "4(1)(ii) handling of IP"),
  "seed004§4(1)③": g004("4(1)③ 成果の第三者への移転", "4(1)(iii) transfer of results to third parties"),
  "seed004§4(4)": g004(
    "4(4) 守秘義務・機微技術管理",
    "4(4) confidentiality and sensitive-technology control",
  ),
};
