import type { CaseStage } from "../cases/case-types";
import type { PartnerType } from "../partners/partner-types";

/**
 * Anonymised risk cases shared between institutions (seed 000 §4-2②: 事例の共有; seed-coverage N3, N5).
 * What leaves the institution is built field by field from rules, never copied: the partner, people,
 * amounts, dates and free text of the source case are removed or generalised, and the reviewer's lessons
 * text is checked against every identifier before release.
 */
export interface LibrarySource {
  caseNumber: string;
  title: string;
  kind: string;
  partnerNames: string[];
  partnerType: PartnerType;
  partnerCountry: string;
  peopleNames: string[];
  amountYen: number | null;
  startedOn: string;
  riskFlags: string[];
  outcome: "signed" | "declined" | "withdrawn" | "in_progress";
  freeTexts: string[];
}

export interface LibraryEntry {
  kind: string;
  partnerType: PartnerType;
  region: Region;
  amountBand: "none" | "lt10m" | "lt50m" | "ge50m";
  year: number;
  riskFlags: string[];
  outcome: LibrarySource["outcome"];
  /** Written by the publishing institution's reviewer; checked by `findIdentifiers`. */
  lessons: string;
}

export const REGIONS = [
  "japan",
  "east_asia",
  "southeast_asia",
  "south_asia",
  "middle_east",
  "europe",
  "russia_central_asia",
  "north_america",
  "latin_america",
  "africa",
  "oceania",
] as const;
export type Region = (typeof REGIONS)[number];

const REGION_OF: Record<string, Region> = {
  JP: "japan",
  CN: "east_asia",
  KR: "east_asia",
  KP: "east_asia",
  TW: "east_asia",
  HK: "east_asia",
  MO: "east_asia",
  MN: "east_asia",
  SG: "southeast_asia",
  TH: "southeast_asia",
  VN: "southeast_asia",
  MY: "southeast_asia",
  ID: "southeast_asia",
  PH: "southeast_asia",
  MM: "southeast_asia",
  KH: "southeast_asia",
  LA: "southeast_asia",
  IN: "south_asia",
  PK: "south_asia",
  BD: "south_asia",
  LK: "south_asia",
  NP: "south_asia",
  IR: "middle_east",
  IL: "middle_east",
  SA: "middle_east",
  AE: "middle_east",
  TR: "middle_east",
  IQ: "middle_east",
  SY: "middle_east",
  QA: "middle_east",
  RU: "russia_central_asia",
  BY: "russia_central_asia",
  KZ: "russia_central_asia",
  UZ: "russia_central_asia",
  US: "north_america",
  CA: "north_america",
  MX: "latin_america",
  BR: "latin_america",
  AR: "latin_america",
  CL: "latin_america",
  AU: "oceania",
  NZ: "oceania",
  ZA: "africa",
  EG: "africa",
  NG: "africa",
  KE: "africa",
};

/** Europe by default for the EU/EEA/UK and the rest of the continent; Africa for the remaining ISO codes we list. */
const EUROPE = new Set(
  "GB FR DE IT ES NL BE LU IE PT AT CH SE NO DK FI IS PL CZ SK HU RO BG GR HR SI EE LV LT UA MD RS BA ME MK AL CY MT".split(
    " ",
  ),
);

export function regionOf(country: string): Region {
  return REGION_OF[country] ?? (EUROPE.has(country) ? "europe" : "africa");
}

/** What became of the case, in the library's words: a signed contract, declined, withdrawn, or still open. */
export function libraryOutcome(stage: CaseStage): LibraryEntry["outcome"] {
  if (stage === "declined" || stage === "withdrawn") {
    return stage;
  }
  return stage === "active" || stage === "closing" || stage === "closed" ? "signed" : "in_progress";
}

export function anonymiseCase(source: LibrarySource, lessons: string): LibraryEntry {
  const a = source.amountYen;
  return {
    kind: source.kind,
    partnerType: source.partnerType,
    region: regionOf(source.partnerCountry),
    amountBand:
      a === null || a === 0 ? "none" : a < 10_000_000 ? "lt10m" : a < 50_000_000 ? "lt50m" : "ge50m",
    year: Number(source.startedOn.slice(0, 4)),
    riskFlags: [...new Set(source.riskFlags)].sort(),
    outcome: source.outcome,
    lessons: lessons.trim(),
  };
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\u30fb・.,()（）「」'"-]/g, "");

const LEGAL_FORMS =
  /\b(ltd|limited|inc|incorporated|co|corp|corporation|llc|gmbh|ag|sa|plc|pte|oy|ab|bv|nv)\b\.?|株式会社|有限会社|合同会社|\(株\)|（株）/giu;

/** A free-text passage is identifying when any 12 consecutive characters of it reappear. */
const WINDOW = 12;

/**
 * Identifiers of the source found anywhere in the entry (case number, title, partner names with or
 * without their legal form, people, the exact amount, any 12 consecutive characters of the case's free
 * text); empty when the entry may be released.
 */
export function findIdentifiers(source: LibrarySource, entry: LibraryEntry): string[] {
  const haystack = fold(JSON.stringify(entry));
  const found = new Set<string>();
  const names = [source.caseNumber, source.title, ...source.partnerNames, ...source.peopleNames];
  for (const name of names) {
    const forms = [fold(name), fold(name.replace(LEGAL_FORMS, ""))];
    if (forms.some((f) => f.length >= 2 && haystack.includes(f))) {
      found.add(name);
    }
  }
  if (source.amountYen) {
    for (const a of [String(source.amountYen), source.amountYen.toLocaleString("en-US")]) {
      if (haystack.includes(fold(a))) {
        found.add(a);
      }
    }
  }
  for (const text of source.freeTexts) {
    const f = fold(text);
    for (let i = 0; i + WINDOW <= f.length; i++) {
      if (haystack.includes(f.slice(i, i + WINDOW))) {
        found.add(text);
        break;
      }
    }
  }
  return [...found];
}
