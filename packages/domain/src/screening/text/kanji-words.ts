// Kanji words that Japanese renderings of foreign organisation names use for the translated part
// of the name (engine 1.6): the proper name is written in katakana and the kind of body in kanji
// (ラジオエレクトロニカ工場 = Radioelektronika Plant, グラニト・アルマズ研究所 = Granit-Almaz Research
// Institute). Read across scripts, such a word is its English counterpart (mostly generic words:
// tokens.ts weighs them low) rather than its Mandarin reading (工場 GONG CHANG), which would count as
// a name part the Latin spelling lacks. Only the text between katakana runs is read here. General
// vocabulary of organisation names, not names of listed parties; place names only where the Mandarin
// reading of the kanji is not the Latin name (香港 Hong Kong is Cantonese).

const WORDS: [string, string][] = [
  ["研究所", "RESEARCH INSTITUTE"],
  ["研究院", "RESEARCH INSTITUTE"],
  ["研究", "RESEARCH"],
  ["設計局", "DESIGN BUREAU"],
  ["製作所", "WORKS"],
  ["工場", "PLANT"],
  ["電子機器", "ELECTRONIC EQUIPMENT"],
  ["電子", "ELECTRONICS"],
  ["電機", "ELECTRIC"],
  ["工業", "INDUSTRY"],
  ["重工業", "HEAVY INDUSTRY"],
  ["商事", "TRADING"],
  ["貿易", "TRADING"],
  ["機械", "MACHINERY"],
  ["機器", "EQUIPMENT"],
  ["科学", "SCIENTIFIC"],
  ["生産", "PRODUCTION"],
  ["連合", "ASSOCIATION"],
  ["協会", "ASSOCIATION"],
  ["技術", "TECHNOLOGY"],
  ["光学", "OPTICAL"],
  ["精密", "PRECISION"],
  ["化学", "CHEMICAL"],
  ["航空", "AVIATION"],
  ["宇宙", "SPACE"],
  ["造船", "SHIPBUILDING"],
  ["海運", "SHIPPING"],
  ["物流", "LOGISTICS"],
  ["国際", "INTERNATIONAL"],
  ["合弁", "JOINT VENTURE"],
  ["交流", "EXCHANGE"],
  ["大学", "UNIVERSITY"],
  ["銀行", "BANK"],
  ["持株", "HOLDING"],
  ["冶金", "METALLURGICAL"],
  ["朝鮮", "KOREA"],
  ["香港", "HONG KONG"],
  ["澳門", "MACAU"],
];

/** Longest first, so that 電子機器 is read before 電子. */
const SORTED = [...WORDS].sort((a, b) => b[0].length - a[0].length);

/**
 * `text` cut into kanji words of the table (with their English) and the rest, in order (a trailing
 * 社 is a legal form, removed before: legal-forms.ts). Text without any of them is one rest piece.
 */
export function splitKanjiWords(text: string): { text: string; english?: string }[] {
  const out: { text: string; english?: string }[] = [];
  let rest = "";
  let i = 0;
  while (i < text.length) {
    const hit = SORTED.find(([kanji]) => text.startsWith(kanji, i));
    if (hit !== undefined) {
      if (rest !== "") {
        out.push({ text: rest });
        rest = "";
      }
      out.push({ text: hit[0], english: hit[1] });
      i += hit[0].length;
      continue;
    }
    rest += text[i];
    i++;
  }
  if (rest !== "") {
    out.push({ text: rest });
  }
  return out;
}
