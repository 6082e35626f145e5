/**
 * Every rule id the engine can emit, with the spec section it implements and its primary source
 * (spec §0 register; `spec§x[R]` marks a design recommendation, `[U]` an unverified item defaulted to the
 * conservative outcome). docs/export-control-assess.md reproduces this catalogue for script authors.
 */
interface RuleDef {
  section: string;
  sourceId: string;
  title: string;
}

const r = (section: string, sourceId: string, title: string): RuleDef => ({ section, sourceId, title });

export const RULES = {
  // Facts and data (spec §11 maintenance rules)
  "DATA-OUT-OF-RANGE": r("§11", "spec§11[R]", "No rule data in force on the assessment date"),
  "FACTS-ACTIVITY-DEFAULT": r("§1.3", "spec§1.3[R]", "Activity not given; assessed as technology provision"),
  // Residency (§2)
  "RES-NO-RECIPIENT": r("§2.3", "spec§2.3[R]", "No recipient facts; residency cannot be determined"),
  "RES-NAT-UNKNOWN": r("§2.3", "spec§2.3[R]", "Nationality unknown; treated as a foreign national"),
  "RES-X1": r("§2.1", "S08", "US Armed Forces / UN Forces: non-resident"),
  "RES-J0": r("§2.1", "S12", "Japanese national living in Japan: resident"),
  "RES-J1": r("§2.1", "S12", "Japanese national working at an office abroad: non-resident"),
  "RES-J2": r("§2.1", "S12", "Japanese national intending to stay abroad ≥ 2 years: non-resident"),
  "RES-J3": r("§2.1", "S12", "Japanese national abroad ≥ 2 years: non-resident"),
  "RES-J4": r("§2.1", "S12", "Temporary return to Japan < 6 months: stays non-resident"),
  "RES-J4-RETURN": r("§2.3", "S12", "Returned to Japan permanently: resident"),
  "RES-J5": r("§2.1", "S12", "Japanese national at a Japanese diplomatic mission abroad: resident"),
  "RES-F0": r("§2.1", "S12", "Foreign national by default: non-resident"),
  "RES-F1": r("§2.1", "S12", "Foreign national working at an office in Japan: resident"),
  "RES-F1-ABROAD": r("§2.1", "S12", "Foreign national moved to an office abroad: non-resident"),
  "RES-F2": r("§2.1", "S12", "Foreign national ≥ 6 months since entry: resident"),
  "RES-F3": r("§2.1", "S09", "Employed in Japan but working remotely from abroad: non-resident"),
  "RES-F4": r("§2.1", "S12", "Official duty for a foreign government / diplomat: non-resident"),
  "RES-F-REENTRY-U": r(
    "§2.3",
    "spec§11-V9[U]",
    "Foreign national abroad after entry: 6-month count uncertain",
  ),
  // 特定類型 (§1.4)
  "TK-NOT-IN-FORCE": r("§1.4", "S01", "Specified categories not in force before 2022-05-01"),
  "TK-SCOPE-NONRES": r(
    "§1.4",
    "S41",
    "Specified categories apply only to residents (non-residents are already covered)",
  ),
  "TK-UNDECLARED": r("§1.4", "spec§1.4[R]", "No specified-category declaration on file: status unknown"),
  "TK-NONE": r("§1.4", "S04", "No specified category applies"),
  "TK-T1": r("§1.4", "S04", "Category (i): contract placing the person under a foreign entity's direction"),
  "TK-T1-INFERRED": r("§1.4", "S03", "Employer is a foreign entity: foreign employment contract assumed"),
  "TK-T1-KENGYO": r("§1.4", "S26", "A side job at a foreign entity is category (i) even when approved"),
  "TK-T1-EXCL-PRIORITY": r(
    "§1.4",
    "S04",
    "Category (i) exclusion (a): the Japanese entity's direction agreed to prevail",
  ),
  "TK-T1-EXCL-GROUP": r("§1.4", "S26", "Category (i) exclusion (b): foreign entity of the same group"),
  "TK-T2": r("§1.4", "S02", "Category (ii): foreign-government benefit ≥ 25 % of annual income"),
  "TK-T2-PRESUMED": r(
    "§1.4",
    "S26",
    "Category (ii) presumed: foreign-government scholarship, share not shown < 25 %",
  ),
  "TK-T2-BELOW-THRESHOLD": r("§1.4", "S02", "Foreign-government benefit below the 25 % threshold"),
  "TK-T2-EXCL-INSTITUTION": r("§1.4", "S06", "Benefit paid to the institution, not the person: not ②"),
  "TK-T2-EXCL-PRE-EMPLOYMENT": r("§1.4", "S26", "Scholarship received before employment: not ②"),
  "TK-T2-SOE-U": r(
    "§1.4",
    "spec§11-V8[U]",
    "Benefit from a state-owned entity: whether it counts as a foreign government is unsettled",
  ),
  "TK-T3": r("§1.4", "S01", "Category (iii): acting in Japan on a foreign government's instructions"),
  "TK-METI-NOTICE": r("§1.5", "S26", "METI notified that the person may fall under a specified category"),
  // Provision kinds (§1.2)
  "PK-TT1": r("§1.2", "S59", "TT1: provision from a resident to a non-resident (deemed export)"),
  "PK-TT1-DEEMED": r("§1.2", "S01", "TT1 (deemed): recipient is a resident in a specified category"),
  "PK-TT1-POSSIBLE": r("§1.2", "spec§1.3[R]", "TT1 cannot be excluded: recipient facts incomplete"),
  "PK-TT1B": r("§1.2", "S41", "TT1b: evident re-provision to a non-resident or specified-category person"),
  "PK-TT2": r("§1.2", "S59", "TT2: provision taking place abroad"),
  "PK-TT3": r("§1.2", "S59", "TT3: export of media recording the technology"),
  "PK-TT4": r("§1.2", "S59", "TT4: electronic transmission received abroad"),
  "PK-NONE": r("§1.3", "S08", "No regulated provision kind (resident to resident in Japan)"),
  "PK-GOODS-EXPORT": r("§3", "S26", "Goods export to a foreign destination"),
  "PK-GOODS-DOMESTIC": r("§3", "S26", "Goods stay in Japan: not an export"),
  "PK-GOODS-NO-DEST": r("§3", "spec§1.3[R]", "Goods export without a destination country"),
  // Classification (§3)
  "LC-UNCLASSIFIED": r("§3", "spec§6.3[R]", "No classification (list item) given"),
  "LC-NON-CONTROLLED": r("§3", "S26", "Not list-controlled and outside item 16"),
  "LC-NULL-WITH-SIGNALS": r(
    "§5.1",
    "spec§11[R]",
    "Classified non-controlled but concern signals are present",
  ),
  "LC-LIST": r("§3.1", "S26", "List-controlled item (1–15): licence for every destination"),
  "LC-TIER-WMD": r("§3.2", "S26", "T-WMD tier: heavier penalties, escalate"),
  "LC-TIER-ARMS": r("§3.2", "S26", "T-ARMS tier: most goods exemptions unavailable"),
  "LC-TIER-VSL": r("§3.2", "S26", "T-VSL tier: WA Very Sensitive List"),
  "LC-CA16": r("§3.1", "S26", "Item 16: licence only if a catch-all requirement is met"),
  "LC-16-1": r("§4.2", "S22", "Item 16(1) specified goods (HS list)"),
  "LC-16-2": r("§4.2", "S22", "Item 16(2)"),
  "LC-16-UNKNOWN": r("§4.2", "spec§4.2[R]", "16(1)/16(2) not determinable: treated as 16(1)"),
  "LC-LICENCE": r("§1.3", "S26", "Regulated provision/export of list-controlled item: licence required"),
  // Destination (§4.6)
  "DEST-GROUP-A": r("§4.6", "S26", "Destination in Group A (Export Order Appended Table 3)"),
  "DEST-GROUP-B": r("§4.6", "S32", "Destination in Group B"),
  "DEST-GROUP-C": r("§4.6", "S26", "Destination in Group C"),
  "DEST-GROUP-D": r("§4.6", "S26", "Destination in Group D (Appended Tables 3-2 / 4)"),
  "DEST-B-UNENUMERATED": r("§4.6", "spec§11-V4[U]", "Group B not enumerated: treated as C"),
  "DEST-UN-EMBARGO": r("§4.6", "S26", "UN arms-embargo destination (Export Order Appended Table 3-2)"),
  "DEST-CONCERN": r("§4.6", "S26", "Concern country (Export Order Appended Table 4)"),
  "DEST-UNKNOWN": r("§4.2", "spec§4.2[R]", "Destination unknown: strictest catch-all column applied"),
  // End User List (§4.5)
  "EUL-INPUT": r("§4.5", "S18", "End User List categories taken from the input"),
  "EUL-SCREENING": r("§4.5", "S23", "End User List categories filled from screening"),
  "EUL-SCREENING-NO-MATCH": r("§4.5", "S23", "Screening found no End User List entry"),
  "EUL-NOT-SCREENED": r("§4.5", "spec§4.5[R]", "End user not screened against the End User List"),
  "EUL-CW-NOT-IN-FORCE": r("§4.5", "S23", "CW category did not exist on the assessment date"),
  // Catch-all (§4)
  "CA-INFORM": r("§4.1", "S19", "Inform notice from METI: licence required"),
  "CA-INFORM-OUT-OF-SCOPE": r(
    "§4.2",
    "S26",
    "Inform notice for a destination outside the inform requirement",
  ),
  "CA-GROUP-A-NO-OBJECTIVE": r("§4.2", "S26", "Group A: objective requirements do not apply"),
  "CA-WMD-USE": r("§4.1", "S19", "WMD use requirement: documents or communications indicate WMD use"),
  "CA-EUL-MATCH": r("§4.4", "S21", "EUL category matches the item's concern type (“clearly” check 17-a)"),
  "CA-WMD-ENDUSER": r("§4.1", "S21", "WMD end-user requirement not cleared by the “Clearly” Guidelines"),
  "CA-CONV-USE": r("§4.1", "S26", "Conventional-weapons use requirement: military use indicated"),
  "CA-CONV-ENDUSER": r("§4.3", "S26", "Conventional-weapons end-user requirement not cleared"),
  "CA-CONV-ENDUSER-17RO": r(
    "§4.4",
    "S26",
    "CW-listed end user and 16(1) item: concerns not dispelled (check 17-b)",
  ),
  "CA-CONV-ENDUSER-19": r(
    "§4.4",
    "S26",
    "UN-embargo destination and 16(1)/concern item: cannot be 'clear' (⑲)",
  ),
  "CA-CONV-OUT-OF-SCOPE": r("§4.2", "S26", "Conventional requirements do not cover this item/destination"),
  "CA-AKIRAKA-CLEAR": r("§4.4", "S21", "The “Clearly” Guidelines clear the end-user requirement"),
  "CA-AKIRAKA-NOT-FOR-USE": r(
    "§4.1",
    "S21",
    "The “Clearly” Guidelines cannot clear a use requirement or an inform notice",
  ),
  "CA-ENDUSER-UNKNOWN": r(
    "§4.3",
    "spec§4.3[R]",
    "No end-user facts: the end-user requirement cannot be checked",
  ),
  "CA-NO-TRIGGER": r("§5", "S26", "Item 16 with no catch-all trigger: no licence (EX-CA16)"),
  // Exemptions (§5)
  "EX-PUBLIC": r("§5", "S15", "Publicly available technology exemption applies"),
  "EX-BASIC-SCI": r("§5", "S17", "Basic scientific research exemption applies"),
  "EX-IPR": r("§5", "S26", "Industrial-property filing-minimum exemption applies"),
  "EX-USE-GOODS": r("§5", "S26", "Use technology incidental to goods export applies"),
  "EX-USE-PROG": r("§5", "S26", "Use technology incidental to a program applies"),
  "EX-COMMERCIAL-PROG": r("§5", "S26", "Commercially available program exemption applies"),
  "EX-NOT-MET": r("§5", "S26", "Exemption condition not met"),
  "EX-UNCONFIRMED": r("§5", "spec§5.2[R]", "Exemption condition not affirmed in the facts"),
  "EX-NA-GOODS": r("§5", "S26", "Technology exemptions do not apply to goods exports"),
  "EX-BLOCKED-TRIGGER": r(
    "§5.1",
    "spec§5.1[R]",
    "Catch-all trigger or inform present: exemption not auto-cleared",
  ),
  "EX-BLOCKED-WMD-TIER": r("§11", "spec§11[R]", "T-WMD tier: exemption not auto-cleared"),
  "EX-BLOCKED-SANCTIONS": r("§11", "spec§11[R]", "Sanctions flag: exemption not auto-cleared"),
  // Sanctions (§4.6)
  "SANC-NK": r("§4.6", "S26", "North Korea: all exports prohibited"),
  "SANC-NK-RENEWAL-CHECK": r("§4.6", "S26", "North Korea measure past its recorded end date: check renewal"),
  "SANC-RU-BY-LIST": r(
    "§4.6",
    "S26",
    "Russia/Belarus: items 1–15 prohibited (Export Order Appended Table 2-3)",
  ),
  "SANC-RU-BY-GENERAL": r("§4.6", "S26", "Russia/Belarus: item-16 goods may be covered; review"),
  "SANC-RU-DESIGNATED": r(
    "§4.6",
    "S26",
    "Designated Russia-related entity in a third country (Export Order Appended Table 2-4)",
  ),
  "SANC-RU-THIRD-COUNTRY": r("§4.6", "S26", "Third country with designated Russia-related entities: screen"),
  "SANC-IRAN-WMD": r("§4.6", "S24", "Iran: WMD-related item prohibited (UNSCR 2231 snapback)"),
  "SANC-IRAN-REVIEW": r("§4.6", "S24", "Iran: WMD relevance of the item unknown; review"),
  "SANC-TECH-EXTENSION-U": r("§4.6", "spec§4.6[U]", "Goods measure applied to technology conservatively"),
} as const satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

/** The ids of every rule the engine can emit. */
export const RULE_IDS = Object.keys(RULES) as RuleId[];
