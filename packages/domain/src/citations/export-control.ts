import type { Bilingual } from "../shared/bilingual";

/**
 * Export-control sources (spec/export-control.md §0 register, `S01`…`S59`), cited by the law, order,
 * circular or METI guidance each source documents — a person reads the statute, not the web page it was
 * read from. `spec§…[R]`/`[U]` ids are Renkei's own conservative choices: cited as institution policy.
 */
const c = (ja: string, en: string): Bilingual => ({ ja, en });
const policy = (ja: string, en: string): Bilingual => ({
  ja: `機関の方針（${ja}）`,
  en: `Institution policy (${en})`,
});

const RESIDENCY = c(
  "財務省「外国為替法令の解釈及び運用について」6-1-5・6-1-6（居住性の判断基準）",
  "MOF “Interpretation and Operation of the Foreign Exchange Laws” 6-1-5, 6-1-6 (residency criteria)",
);
const TOKUTEI = c(
  "外為法第25条第1項・役務通達1(3)サ①〜③（特定類型、2022年5月1日施行）",
  "Foreign Exchange and Foreign Trade Act (FEFTA) Art. 25(1); Services Circular 1(3)(sa) (i)–(iii) (specified categories, in force 2022-05-01)",
);
const PROVISION = c(
  "外為法第25条第1項（前段：外国での提供、後段：非居住者への提供）・第3項（記録媒体の持出し・電気通信）",
  "FEFTA Art. 25(1) (provision abroad; provision to non-residents) and 25(3) (carrying out media, transmission abroad)",
);
const LAWS = c(
  "外為法第25条・第48条、輸出貿易管理令別表第1、外国為替令別表、貿易外省令、役務通達",
  "FEFTA Arts. 25 and 48; Export Trade Control Order Appended Table 1; Foreign Exchange Order Appended Table; Ministerial Order on Trade-Related Transactions; Services Circular",
);
const CATCH_ALL = c(
  "輸出貿易管理令第4条第1項第3号・貿易外省令第9条第2項第7号（補完的輸出規制〔キャッチオール規制〕）",
  "Export Trade Control Order Art. 4(1)(iii); Ministerial Order on Trade-Related Transactions Art. 9(2)(vii) (catch-all controls)",
);
const EUL = c(
  "経済産業省 外国ユーザーリスト（キャッチオール規制）",
  "METI End User List (catch-all controls)",
);
const UN_EMBARGO = c(
  "輸出貿易管理令別表第3の2（国連武器禁輸国・地域）",
  "Export Trade Control Order Appended Table 3-2 (UN arms-embargo countries/regions)",
);
const COMPLIANCE = c(
  "外為法第55条の10・輸出者等遵守基準を定める省令（平成21年経済産業省令第60号）",
  "FEFTA Art. 55-10; Ministerial Order on Compliance Standards for Exporters (METI Order No. 60 of 2009)",
);

const RECORD_KEEPING: Bilingual = {
  ja: "輸出者等遵守基準を定める省令（記録の保存）・機関の方針（7年間保存）",
  en: "Compliance Standards for Exporters (record keeping); institution policy (kept 7 years)",
};

export const EXPORT_CONTROL_CITATIONS: Record<string, Bilingual> = {
  S01: TOKUTEI,
  S02: c(
    "役務通達1(3)サ②（外国政府等から年間所得の25%以上の利益を受ける者）",
    "Services Circular 1(3)(sa)(ii) (benefit from a foreign government of 25 % or more of annual income)",
  ),
  S03: c(
    "役務通達1(3)サ①（外国法人等との雇用契約等による支配）",
    "Services Circular 1(3)(sa)(i) (under a foreign entity's direction by contract)",
  ),
  S04: TOKUTEI,
  S06: c(
    "役務通達1(3)サ②（機関に支払われる利益は対象外）",
    "Services Circular 1(3)(sa)(ii) (benefits paid to the institution are excluded)",
  ),
  S07: TOKUTEI,
  S08: RESIDENCY,
  S09: RESIDENCY,
  S12: RESIDENCY,
  S14: c(
    "外為法第25条第1項・第3項（経済産業省 大学・研究機関向けQ&A、令和3年2月）",
    "FEFTA Art. 25(1), (3) (METI Q&A for universities and research institutes, Feb. 2021)",
  ),
  S15: c(
    "貿易外省令第9条第2項第9号（公知の技術の提供）",
    "Ministerial Order on Trade-Related Transactions Art. 9(2)(ix) (publicly available technology)",
  ),
  S17: c(
    "貿易外省令第9条第2項第10号（基礎科学分野の研究活動）",
    "Ministerial Order on Trade-Related Transactions Art. 9(2)(x) (basic scientific research)",
  ),
  S18: EUL,
  S19: CATCH_ALL,
  S21: c(
    "経済産業省「明らかガイドライン」・外国ユーザーリスト（キャッチオール規制の需要者要件）",
    "METI “Clearly” Guidelines and End User List (end-user requirement of the catch-all controls)",
  ),
  S22: c(
    "輸出貿易管理令別表第1の16項(1)・(2)（2025年10月9日改正）",
    "Export Trade Control Order Appended Table 1, item 16(1)/(2) (amended 2025-10-09)",
  ),
  S23: c(
    "経済産業省 外国ユーザーリスト（2025年9月29日改正、10月9日適用）",
    "METI End User List (revised 2025-09-29, applies from 2025-10-09)",
  ),
  S24: c(
    "国連安保理決議第2231号の制裁再開に伴う措置（2025年9月）",
    "Measures following the UNSC Resolution 2231 snapback (Sept. 2025)",
  ),
  S26: LAWS,
  S27: UN_EMBARGO,
  S28: UN_EMBARGO,
  S29: UN_EMBARGO,
  S30: UN_EMBARGO,
  S30b: TOKUTEI,
  S31: c(
    "輸出貿易管理令別表第3（グループA、2023年7月21日改正）",
    "Export Trade Control Order Appended Table 3 (Group A, amended 2023-07-21)",
  ),
  S32: c(
    "経済産業省の国・地域グループ区分（グループA〜D、2019年8月2日施行）",
    "METI country groups A–D (in force 2019-08-02)",
  ),
  S41: TOKUTEI,
  S42: policy(
    "非該当の場合も判定書を提出し統括責任者が確認する",
    "a not-listed result is also filed and confirmed by the chief officer",
  ),
  S59: PROVISION,
  "spec§1.3": LAWS,
  "spec§3": c(
    "輸出貿易管理令別表第1・外国為替令別表（該非判定）",
    "Export Trade Control Order Appended Table 1; Foreign Exchange Order Appended Table (classification)",
  ),
  "spec§4.6": c(
    "輸出貿易管理令別表第3・第3の2・第4（仕向地）",
    "Export Trade Control Order Appended Tables 3, 3-2 and 4 (destinations)",
  ),
  "spec§6.3": COMPLIANCE,
  "spec§6.5": RECORD_KEEPING,
  "spec:export-control§6.5": RECORD_KEEPING,
  "spec§1.3[R]": policy(
    "事実が不足するときは規制対象となる提供として扱う",
    "missing facts are treated as a regulated provision",
  ),
  "spec§1.4[R]": policy(
    "特定類型の申告がなければ該当性を不明として扱う",
    "no specified-category declaration means the status is unknown",
  ),
  "spec§2.3[R]": policy(
    "居住性の事実が不明なときは非居住者として扱う",
    "unknown residency facts are treated as non-resident",
  ),
  "spec§4.2[R]": policy(
    "仕向地・項番が不明なときは最も厳しい区分を適用する",
    "an unknown destination or item gets the strictest column",
  ),
  "spec§4.3[R]": policy(
    "需要者の情報がなければ需要者要件を確認できないものとして扱う",
    "without end-user facts the end-user requirement counts as unchecked",
  ),
  "spec§4.5[R]": policy(
    "外国ユーザーリストとの照合がなければ照合済みとしない",
    "an end user not screened against the End User List is not cleared",
  ),
  "spec§4.6[U]": policy(
    "未確定の仕向地区分は厳しい側に扱う",
    "an unsettled destination group is treated strictly",
  ),
  "spec§5.1[R]": policy("懸念がある場合は特例を適用しない", "no exemption while a concern is present"),
  "spec§5.2[R]": policy(
    "特例の条件は事実として確認されたときに限り適用する",
    "an exemption applies only when its conditions are affirmed",
  ),
  "spec§6.3[R]": policy("該非判定がなければ判定済みとしない", "no classification means not classified"),
  "spec§11[R]": policy(
    "規則データの有効期間外・懸念がある場合は慎重側に扱う",
    "outside the rule data's validity or with concerns, decide conservatively",
  ),
  "spec§11-V4[U]": policy(
    "グループBの国は確認できるまでグループCとして扱う",
    "Group B countries are treated as Group C until confirmed",
  ),
  "spec§11-V8[U]": policy(
    "外国の国有企業等からの利益は外国政府等からの利益として扱う",
    "benefits from foreign state-owned entities count as foreign-government benefits",
  ),
  "spec§11-V9[U]": policy(
    "出国・再入国後の6か月の数え方は慎重側に扱う（外国為替法令の解釈及び運用について 6-1-6）",
    "the 6-month count after re-entry is treated conservatively (MOF interpretation 6-1-6)",
  ),
};
