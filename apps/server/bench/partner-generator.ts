// Fictional partner names for the API benchmark: Japanese, Chinese, Korean and Western companies
// built from invented parts (no real list data), each with the name forms the registry keeps.

/** [kanji, romaji, English] parts; combined they make names like 株式会社東光精機 / Toko Seiki. */
const JP_PARTS: [string, string, string][] = [
  ["東", "higashi", "East"],
  ["光", "hikari", "Light"],
  ["精機", "seiki", "Precision"],
  ["化学", "kagaku", "Chemical"],
  ["電子", "denshi", "Electronics"],
  ["工業", "kogyo", "Industries"],
  ["技研", "giken", "Technical Labs"],
  ["北斗", "hokuto", "Polaris"],
  ["桜", "sakura", "Cherry"],
  ["富士", "fuji", "Fuji"],
  ["青葉", "aoba", "Green Leaf"],
  ["新星", "shinsei", "Nova"],
  ["大和", "yamato", "Yamato"],
  ["光学", "kogaku", "Optics"],
  ["材料", "zairyo", "Materials"],
  ["製薬", "seiyaku", "Pharma"],
  ["航空", "koku", "Aero"],
  ["海洋", "kaiyo", "Marine"],
  ["情報", "joho", "Information"],
  ["計測", "keisoku", "Instruments"],
];
const CN_PARTS: [string, string][] = [
  ["华", "hua"],
  ["星", "xing"],
  ["智能", "zhineng"],
  ["科技", "keji"],
  ["电子", "dianzi"],
  ["航天", "hangtian"],
  ["材料", "cailiao"],
  ["精密", "jingmi"],
  ["光电", "guangdian"],
  ["海", "hai"],
];
const WEST_PARTS = [
  "Nordic",
  "Atlas",
  "Vector",
  "Helix",
  "Quantum",
  "Meridian",
  "Apex",
  "Lumen",
  "Orbit",
  "Cobalt",
  "Stellar",
  "Vertex",
  "Nimbus",
  "Aurora",
  "Titan",
  "Zephyr",
];
const WEST_SUFFIX = ["GmbH", "Inc.", "Ltd.", "S.A.", "B.V.", "AG", "LLC", "Oy"];
const WEST_COUNTRIES = ["US", "DE", "GB", "FR", "NL", "CH", "FI", "SE", "CA", "AU"];
const TYPES = ["company", "company", "company", "venture", "university", "research_institute", "government"];

export interface GeneratedPartner {
  legalName: string;
  nameEn: string | null;
  nameRomanized: string | null;
  aliases: string[];
  type: string;
  country: string;
}

/** A small deterministic PRNG (mulberry32), so every run loads the same registry. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function generatePartners(count: number, seed = 20261122): GeneratedPartner[] {
  const rand = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const out: GeneratedPartner[] = [];
  for (let i = 0; i < count; i++) {
    const serial = i.toString(36);
    const kind = rand();
    const type = pick(TYPES);
    if (kind < 0.45) {
      const parts = [pick(JP_PARTS), pick(JP_PARTS), pick(JP_PARTS)];
      const kanji = parts.map((p) => p[0]).join("");
      const romaji = parts.map((p) => p[1]).join(" ");
      out.push({
        legalName: `株式会社${kanji}${serial}`,
        nameEn: `${parts.map((p) => p[2]).join(" ")} ${serial} Co., Ltd.`,
        nameRomanized: `${romaji} ${serial}`,
        aliases: [],
        type,
        country: "JP",
      });
    } else if (kind < 0.7) {
      const parts = [pick(CN_PARTS), pick(CN_PARTS), pick(CN_PARTS)];
      out.push({
        legalName: `${parts.map((p) => p[0]).join("")}${serial}有限公司`,
        nameEn: `${parts.map((p) => p[1]).join(" ")} ${serial} Co., Ltd.`,
        nameRomanized: null,
        aliases: rand() < 0.3 ? [`${parts[0]?.[1]}${parts[1]?.[1]} ${serial}`] : [],
        type,
        country: "CN",
      });
    } else {
      const name = `${pick(WEST_PARTS)} ${pick(WEST_PARTS)} ${serial}`;
      out.push({
        legalName: `${name} ${pick(WEST_SUFFIX)}`,
        nameEn: null,
        nameRomanized: null,
        aliases: [],
        type,
        country: pick(WEST_COUNTRIES),
      });
    }
  }
  return out;
}

/** Search terms a user would type: a name fragment in the script they have at hand. */
export function searchTerms(partners: GeneratedPartner[], count: number, seed = 7): string[] {
  const rand = prng(seed);
  const terms: string[] = [];
  for (let i = 0; i < count; i++) {
    const p = partners[Math.floor(rand() * partners.length)] as GeneratedPartner;
    const form = rand();
    if (rand() < 0.2) {
      // A broad term (one name part) that matches thousands of partners: the paging and count cost.
      const broad = [...JP_PARTS.map((x) => x[form < 0.5 ? 0 : 1]), ...WEST_PARTS];
      terms.push(broad[Math.floor(rand() * broad.length)] as string);
      continue;
    }
    if (p.country === "JP" && form > 0.95) {
      // One kanji (a user types 東 and waits): trigrams cannot serve it (issue 10).
      terms.push([...p.legalName.replace("株式会社", "")][0] as string);
      continue;
    }
    if (p.country === "JP") {
      // Kanji part of the legal name, its romaji, or its English name.
      const core = p.legalName.replace("株式会社", "");
      terms.push(form < 0.4 ? core : form < 0.7 ? (p.nameRomanized ?? core) : (p.nameEn ?? core));
    } else if (p.country === "CN") {
      terms.push(form < 0.5 ? p.legalName.replace("有限公司", "") : (p.nameEn ?? p.legalName));
    } else {
      const words = p.legalName.split(" ");
      terms.push(form < 0.5 ? words.slice(0, 3).join(" ") : words.slice(1, 3).join(" "));
    }
  }
  return terms;
}
