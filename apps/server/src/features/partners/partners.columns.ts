import { JAPAN_PRESENCE, JAPAN_PRESENCE_LABELS, PARTNER_TYPE_LABELS, PARTNER_TYPES } from "@renkei/domain";

/** A row before validation: `ZPartnerInput` decides whether it is a partner. */
export type TPartnerInputLike = Record<string, unknown>;

/**
 * The import / export columns: one canonical key each, with the Japanese and English headers accepted
 * on import (a file exported by Renkei imports again unchanged).
 */
export const PARTNER_COLUMNS = [
  { key: "legalName", ja: "正式名称", en: "Legal name" },
  { key: "nameEn", ja: "英語名", en: "English name" },
  { key: "nameRomanized", ja: "ローマ字表記", en: "Romanised name" },
  { key: "aliases", ja: "別名", en: "Aliases" },
  { key: "type", ja: "種別", en: "Type" },
  { key: "country", ja: "国・地域", en: "Country" },
  { key: "corporateNumber", ja: "法人番号", en: "Corporate number" },
  { key: "parentName", ja: "親会社", en: "Parent" },
  { key: "controllingOwner", ja: "支配株主", en: "Controlling owner" },
  { key: "foreignGovControl", ja: "外国政府の支配", en: "Foreign-government control" },
  { key: "stateOwned", ja: "国有企業", en: "State-owned" },
  { key: "japanPresence", ja: "日本拠点", en: "Presence in Japan" },
  { key: "website", ja: "ウェブサイト", en: "Website" },
  { key: "notes", ja: "備考", en: "Notes" },
] as const;

export type PartnerColumnKey = (typeof PARTNER_COLUMNS)[number]["key"];

function headerKey(header: string): PartnerColumnKey | null {
  const h = header
    .trim()
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, "");
  for (const col of PARTNER_COLUMNS) {
    if (
      [col.key, col.ja, col.en].some(
        (name) =>
          name
            .normalize("NFKC")
            .toLowerCase()
            .replace(/[\s_]+/g, "") === h,
      )
    ) {
      return col.key;
    }
  }
  return null;
}

const TRUE_WORDS = new Set(["true", "1", "yes", "y", "はい", "有", "あり", "○", "〇"]);
const FALSE_WORDS = new Set(["false", "0", "no", "n", "いいえ", "無", "なし", "×", ""]);

function enumValue<T extends string>(
  raw: string,
  values: readonly T[],
  labels: Record<T, { ja: string; en: string }>,
) {
  const v = raw.trim();
  const hit = values.find(
    (code) => code === v || labels[code].ja === v || labels[code].en.toLowerCase() === v.toLowerCase(),
  );
  return hit ?? v;
}

/** Maps a header row to column keys; unknown headers are reported, not silently dropped. */
export function mapHeader(header: string[]): { keys: (PartnerColumnKey | null)[]; unknown: string[] } {
  const keys = header.map(headerKey);
  return { keys, unknown: header.filter((h, i) => keys[i] === null && h.trim() !== "") };
}

/** Turns one data row into the shape `ZPartnerInput` validates; booleans and enums accept Japanese words. */
export function rowToInput(keys: (PartnerColumnKey | null)[], row: string[]): TPartnerInputLike {
  const out: Record<string, unknown> = {};
  keys.forEach((key, i) => {
    if (!key) {
      return;
    }
    const raw = (row[i] ?? "").trim();
    switch (key) {
      case "aliases":
        out[key] = raw
          ? raw
              .split(/[;；]/)
              .map((a) => a.trim())
              .filter(Boolean)
          : [];
        break;
      case "foreignGovControl":
      case "stateOwned": {
        const w = raw.toLowerCase();
        out[key] = TRUE_WORDS.has(w) ? true : FALSE_WORDS.has(w) ? false : raw;
        break;
      }
      case "type":
        out[key] = enumValue(raw, PARTNER_TYPES, PARTNER_TYPE_LABELS);
        break;
      case "japanPresence":
        out[key] = raw ? enumValue(raw, JAPAN_PRESENCE, JAPAN_PRESENCE_LABELS) : "unknown";
        break;
      default:
        out[key] = raw;
    }
  });
  return out as TPartnerInputLike;
}
