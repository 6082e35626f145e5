// Legal-form and abbreviation vocabulary. Why: users' main complaint about peer engines is false
// positives from legal-form tokens (watchman#483 "CORP", #338 "EMMA LLC"; screening-research.md §2)
// and rigour cannot strip unspaced CJK forms (招商银行有限公司, §1.1.4). We therefore strip legal
// forms in every script, with substring rules for CJK/kana and token rules for Latin/Cyrillic.

/**
 * CJK and katakana legal forms, longest first, removed wherever they occur (no word boundary exists
 * in Japanese or Chinese). Values are a canonical class shown in explanations.
 */
export const CJK_LEGAL_FORMS: readonly [string, string][] = [
  ["股份有限公司", "JSC"],
  ["有限责任公司", "LLC"],
  ["有限責任公司", "LLC"],
  ["有限責任事業組合", "LLP"],
  ["国立研究開発法人", "PUBLIC"],
  ["独立行政法人", "PUBLIC"],
  ["国立大学法人", "PUBLIC"],
  ["一般社団法人", "ASSOC"],
  ["一般財団法人", "FOUND"],
  ["公益社団法人", "ASSOC"],
  ["公益財団法人", "FOUND"],
  ["特定非営利活動法人", "NPO"],
  ["学校法人", "SCHOOL"],
  // Russian and CIS OAO/ZAO/CJSC/LLP as Japanese lists write them (公開 = open, 非公開 and 閉鎖型 = closed).
  ["非公開株式会社", "JSC"],
  ["公開株式会社", "JSC"],
  ["閉鎖型株式会社", "JSC"],
  ["公開型株式会社", "JSC"],
  ["有限責任パートナーシップ", "LLP"],
  ["株式会社", "JSC"],
  ["有限会社", "LLC"],
  ["合同会社", "LLC"],
  ["合名会社", "GP"],
  ["合資会社", "LP"],
  ["有限公司", "LTD"],
  ["유한책임회사", "LLC"],
  ["주식회사", "JSC"],
  ["유한회사", "LLC"],
  ["(주)", "JSC"],
  ["(유)", "LLC"],
  ["(株)", "JSC"],
  ["(有)", "LLC"],
  ["(合)", "LLC"],
  ["(同)", "LLC"],
  ["カンパニーリミテッド", "LTD"],
  ["コーポレーション", "CORP"],
  ["リミテッド", "LTD"],
  ["カンパニー", "CO"],
  ["エルエルシー", "LLC"],
  ["インコーポレイテッド", "INC"],
  ["ゲーエムベーハー", "GMBH"],
];

/** Short CJK forms removed only at the end of a name (they are also ordinary words inside names). */
export const CJK_SUFFIX_FORMS: readonly [string, string][] = [
  ["集团", "GROUP"],
  ["集團", "GROUP"],
  ["公司", "CO"],
  ["有限", "LTD"],
  ["会社", "CO"],
  ["社", "CO"],
];

/** Latin tokens (after transliteration, upper case) that are legal forms wherever they stand. */
export const LEGAL_TOKENS: ReadonlyMap<string, string> = new Map(
  (
    "LLC LLP LTD JSC OJSC CJSC PJSC OAO ZAO PAO OOO AO TOO GMBH MBH INC PLC PVT SRL SARL SPA SAS BV NV KK YK GK " +
    "FZC FZE FZCO FZLLC DMCC SDN BHD PTY PTE TBK LTDA SAPI CV EIRL AB OY OYJ ASA APS KFT ZRT SRO DOO EOOD OU UAB " +
    "SIA AS SA AG KG SE AKTIENGESELLSCHAFT SIRKETI LIMITED INCORPORATED CORPORATION COMPANY"
  )
    .split(" ")
    .map((t) => [t, t] as const),
);

/**
 * Generic legal forms that are also ordinary words or common letters: only removed at the start or
 * end of a name (AG, SA, AS, CO...), never from the middle ("BANCO SA DE CV" keeps its middle).
 */
export const EDGE_ONLY_LEGAL_TOKENS: ReadonlySet<string> = new Set([
  "AG",
  "SA",
  "AS",
  "AB",
  "SE",
  "KG",
  "CV",
  "AO",
  "OU",
  "TOO",
  "COMPANY",
  "CORPORATION",
  "LIMITED",
  "INCORPORATED",
  "PT",
]);

/** Multi-token Latin legal forms, matched as whole token sequences (after abbreviation expansion). */
export const LEGAL_PHRASES: readonly string[][] = [
  ["OPEN", "JOINT", "STOCK", "COMPANY"],
  ["CLOSED", "JOINT", "STOCK", "COMPANY"],
  ["PUBLIC", "JOINT", "STOCK", "COMPANY"],
  ["JOINT", "STOCK", "COMPANY"],
  ["LIMITED", "LIABILITY", "COMPANY"],
  ["LIMITED", "LIABILITY", "PARTNERSHIP"],
  ["PRIVATE", "LIMITED", "COMPANY"],
  ["PUBLIC", "LIMITED", "COMPANY"],
  ["COMPANY", "LIMITED"],
  ["CORPORATION", "LIMITED"],
  ["PRIVATE", "LIMITED"],
  ["SDN", "BHD"],
  ["GESELLSCHAFT", "MIT", "BESCHRANKTER", "HAFTUNG"],
  ["SOCIETATEA", "CU", "RASPUNDERE", "LIMITATA"],
  ["OBSHCHESTVO", "S", "OGRANICHENNOY", "OTVETSTVENNOSTYU"],
  ["AKTSIONERNOE", "OBSHCHESTVO"],
  ["OTKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"],
  ["ZAKRYTOE", "AKTSIONERNOE", "OBSHCHESTVO"],
  ["PUBLICHNOE", "AKTSIONERNOE", "OBSHCHESTVO"],
  ["SP", "Z", "O", "O"],
  ["ANONIM", "SIRKETI"],
  ["LIMITED", "SIRKETI"],
  ["SA", "DE", "CV"],
  ["SP", "Z", "OO"],
  ["A", "S"],
  ["S", "A"],
  ["L", "L", "C"],
  ["CO", "LTD"],
];

/**
 * Abbreviations expanded before comparison (nomenklatura#245/#274: "COMP", "GRP", "SRVCES", "TECH").
 * Both sides are expanded, so "INTL TECH GRP" equals "International Technology Group". One word is a
 * translation, not an abbreviation: Russian ZAVOD is PLANT (engine 1.7), as 工場 and ザヴォード read.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  (
    "CO=COMPANY COMP=COMPANY CORP=CORPORATION GRP=GROUP TECH=TECHNOLOGY TECHNOLOGIES=TECHNOLOGY " +
    "INST=INSTITUTE UNIV=UNIVERSITY INTL=INTERNATIONAL INTERNATL=INTERNATIONAL ACAD=ACADEMY " +
    "COMM=COMMUNICATION COMMUNICATIONS=COMMUNICATION SVCS=SERVICES SRVCS=SERVICES SRVCES=SERVICES SVC=SERVICE " +
    "MFG=MANUFACTURING IND=INDUSTRY INDS=INDUSTRY INDUS=INDUSTRY CHEM=CHEMICAL PHARM=PHARMACEUTICAL MFRS=MANUFACTURING INDUSTRIES=INDUSTRY INDUSTRIAL=INDUSTRY ELEC=ELECTRONICS " +
    "ELECTRONIC=ELECTRONICS ENG=ENGINEERING ENGG=ENGINEERING DEPT=DEPARTMENT MINIST=MINISTRY NATL=NATIONAL " +
    "ASSN=ASSOCIATION ASSOC=ASSOCIATION BROS=BROTHERS HLDGS=HOLDING HLDG=HOLDING HOLDINGS=HOLDING " +
    "INV=INVESTMENT INVESTMENTS=INVESTMENT MGMT=MANAGEMENT LAB=LABORATORY LABS=LABORATORY " +
    "LABORATORIES=LABORATORY RES=RESEARCH SCI=SCIENCE SCIENCES=SCIENCE SYS=SYSTEMS SYSTEM=SYSTEMS " +
    "TRDG=TRADING ZAVOD=PLANT"
  )
    .split(" ")
    .map((pair) => pair.split("=") as [string, string]),
);

/**
 * Generic organisation words: matching on them alone is weak evidence (nomenklatura "SYMBOL" class,
 * weight 0.3; §1.1.3). They keep a low weight in scoring and are never used alone for blocking.
 */
export const GENERIC_ORG_WORDS: ReadonlySet<string> = new Set(
  (
    "COMPANY CORPORATION GROUP TECHNOLOGY INTERNATIONAL INSTITUTE UNIVERSITY ACADEMY COMMUNICATION SERVICES " +
    "SERVICE MANUFACTURING INDUSTRY ELECTRONICS ENGINEERING TRADING HOLDING INVESTMENT MANAGEMENT LABORATORY " +
    "RESEARCH SCIENCE SYSTEMS DEVELOPMENT CENTER CENTRE NATIONAL STATE GLOBAL IMPORT EXPORT AND OF THE FOR " +
    "DE DU LA LE DES DEL Y ET UND BANK ENTERPRISE ENTERPRISES PLANT FACTORY BUREAU OFFICE ASSOCIATION " +
    "LOGISTICS SOLUTIONS PRODUCTS EQUIPMENT MACHINERY AVIATION SHIPPING ENERGY CHEMICAL COMMERCIAL " +
    "MINISTRY DEPARTMENT FOUNDATION AGENCY COMMITTEE LIMITED"
  ).split(" "),
);

/** Articles/particles dropped entirely (the "THE" in "The Belarusian Optical ..."). */
export const STOPWORDS: ReadonlySet<string> = new Set(["THE", "A", "AN"]);

/**
 * Long legal-form words recognised within one typing error ("Aktiengeselschaft", "Joynt Stock",
 * truncated "Compan"): list files and user input carry typos, and an unrecognised legal form would
 * otherwise count as a name part that the other side lacks.
 */
export const TYPO_TOLERANT_LEGAL_MIN_LENGTH = 5;

/**
 * Name particles (Arabic article and patronymic markers, Romance/Germanic nobiliary particles):
 * ubiquitous, so agreement on them is weak evidence, like logic-v2's stopword weight (§1.1.3).
 * Treated as generic words in every schema (DE/LA/DEL already are for organisations).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  "AL EL UL UD BIN BEN IBN BN BINT DA DE DEL DELLA DER DEN DI DO DOS DAS DU LA LE VAN VON TER Y".split(" "),
);

/**
 * Spelling variants of the same particle folded into one loose form: bin/ben/ibn ("son of", Osama
 * bin Laden / Usama ibn Ladin) and the assimilated forms of the Arabic article (el-, ul-, ud-).
 */
export const PARTICLE_FOLDS: ReadonlyMap<string, string> = new Map([
  ["BEN", "BIN"],
  ["IBN", "BIN"],
  ["BN", "BIN"],
  ["EL", "AL"],
  ["UL", "AL"],
  ["UD", "AL"],
]);

/**
 * Titles and honorifics removed from the start of person names (rigour strips person prefixes,
 * §1.1.4; list entries and queries add "Mr", "Dr", "Sheikh", "President" inconsistently).
 */
export const PERSON_TITLES: ReadonlySet<string> = new Set(
  (
    "MR MRS MS MISS MX DR PROF PROFESSOR SIR DAME LORD LADY MONSIEUR MADAME MME MLLE HERR FRAU SENOR " +
    "SENORA SHEIKH SHAIKH SHEIK SHAYKH MULLAH MULLA MAULVI MAULAVI MAWLAWI MOULVI PRESIDENT GENERAL GEN " +
    "COLONEL COL MAJOR CAPTAIN CAPT LIEUTENANT ADMIRAL REV REVEREND"
  ).split(" "),
);

/**
 * Roman numerals II–XX as series markers of organisations ("Fund VIII", "Trust XV"). Single letters
 * are excluded (initials far more often than numbers) and so is XI, the common Chinese surname 习/奚
 * in pinyin. The caller applies them to Latin-script tokens after the first one only.
 */
export const ROMAN_NUMERALS: ReadonlyMap<string, string> = new Map(
  "II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX"
    .split(" ")
    .map((r, i) => [r, String(i + 2)] as [string, string])
    .filter(([r]) => r.length > 1 && r !== "XI"),
);
