import { z } from "zod";

/**
 * ISO 3166-1 alpha-2 codes in use (plus XK, Kosovo, as used by sanctions lists). A country field accepts
 * only these: an unknown code such as `XX` would silently switch off every country rule.
 */
export const COUNTRY_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
  "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI " +
  "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN " +
  "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
  "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF " +
  "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
  "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK " +
  "YE YT ZA ZM ZW"
).split(" ");

const KNOWN = new Set(COUNTRY_CODES);

export function isCountryCode(code: string): boolean {
  return KNOWN.has(code);
}

const names = {
  ja: new Intl.DisplayNames(["ja"], { type: "region" }),
  en: new Intl.DisplayNames(["en"], { type: "region" }),
};

/** The country's name in the reader's language (`CN` → 中国 / China); the code itself if unknown. */
export function countryName(code: string, locale: "ja" | "en"): string {
  return isCountryCode(code) ? (names[locale].of(code) ?? code) : code;
}

/**
 * THE country field of every route: trimmed, upper-cased, and one of the known codes. The message key
 * reads 「国・地域を一覧から選んでください」 / "Choose a country or region from the list".
 */
export const ZKnownCountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => KNOWN.has(v), "validation.country_code");
