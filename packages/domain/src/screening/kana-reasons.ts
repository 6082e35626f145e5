// Reasons for a cross-script match (issue 15 item 4): which transliteration convention read the
// katakana name into the Latin spelling it matched, in Japanese and English with the standard the
// convention follows (citations/screening.ts). Built from the token matches of the explanation.
import { type Reason, reason } from "../shared/decision";
import type { KanaConvention } from "./text/kana-conventions";

/** What a reason needs of a token match (score-names.ts TokenMatch, which imports this module). */
interface MatchedWords {
  query: string;
  candidate: string;
  kind: string;
  convention?: KanaConvention;
}

interface ConventionText {
  ruleId: string;
  sourceId: string;
  ja: string;
  en: string;
}

/** One row per convention (kana-conventions.ts) and one for the loanword dictionary. */
const TEXTS: Record<KanaConvention | "loanword", ConventionText> = {
  loanword: {
    ruleId: "SCR-XS-LOANWORD",
    sourceId: "spec:translit/hepburn",
    ja: "カタカナ語や組織の種類を表す漢字語（工場・研究所など）を辞書で英語の綴りに読んで照合",
    en: "Katakana loanwords and kanji words for the kind of body (工場, 研究所…) read as their English words",
  },
  hepburn: {
    ruleId: "SCR-XS-HEPBURN",
    sourceId: "spec:translit/hepburn",
    ja: "カタカナを発音どおりに読んで照合（長音・促音・ヴ/ブ・L/R の区別なし）",
    en: "Katakana read by sound (long vowels, doubled consonants, V/B and L/R not told apart)",
  },
  english: {
    ruleId: "SCR-XS-ENGLISH",
    sourceId: "spec:translit/hepburn",
    ja: "英語の綴りを発音どおりに書く慣用で照合（長い a をエイ、igh をアイ、語末の er をアー、th をサ行で書くなど）",
    en: "Read by English spelling as it sounds (a long a written エイ, igh アイ, a final er アー, th with the サ row…)",
  },
  turkish: {
    ruleId: "SCR-XS-TURKISH",
    sourceId: "spec:translit/turkish",
    ja: "トルコ語の綴りの慣用で照合（c・ç をジ・チ、ş をシ、ı をウ段で書く）",
    en: "Read by Turkish spelling (c and ç written ジ and チ, ş シ, ı with the ウ column)",
  },
  pinyin: {
    ruleId: "SCR-XS-PINYIN",
    sourceId: "spec:translit/pinyin",
    ja: "中国語の拼音の慣用で照合（x をシ、q をチ、zh・j をジ、c をツで書く）",
    en: "Read by Chinese pinyin (x written シ, q チ, zh and j ジ, c ツ)",
  },
  korean: {
    ruleId: "SCR-XS-KOREAN",
    sourceId: "spec:translit/korean",
    ja: "韓国語のローマ字表記の慣用で照合（eo・eu をオ・ウ、語頭の g・d・b をク・ト・プ、j をチで書く）",
    en: "Read by Korean romanisation (eo and eu written オ and ウ, an initial g, d, b ク, ト, プ, j チ)",
  },
  russian: {
    ruleId: "SCR-XS-RUSSIAN",
    sourceId: "spec:translit/russian",
    ja: "ロシア語の転写の慣用で照合（語末の -yy・-iy をイー、ye をエ、軟音の t をチ・チャで書く）",
    en: "Read by Russian transliteration (final -yy and -iy written イー, ye エ, a soft t チ or チャ)",
  },
  arabic: {
    ruleId: "SCR-XS-ARABIC",
    sourceId: "spec:translit/arabic",
    ja: "アラビア語・ペルシャ語の転写の慣用で照合（gh をグ、dh をズ、ou をウ、冠詞 el をアルで書く）",
    en: "Read by Arabic and Persian transliteration (gh written グ, dh ズ, ou ウ, the article el アル)",
  },
};

/**
 * One reason per convention used by the token matches of a cross-script comparison, in the order
 * first used, each naming the word pairs it matched (TIJAARETTO ⇄ TICARET).
 */
export function crossScriptReasons(matched: readonly MatchedWords[]): Reason[] {
  const pairs = new Map<KanaConvention | "loanword", string[]>();
  for (const m of matched) {
    // A kana word spelt exactly like the Latin one carries no convention: it is read by sound.
    const key =
      m.convention ?? (m.kind === "loanword" ? "loanword" : m.kind === "katakana" ? "hepburn" : undefined);
    if (key !== undefined) {
      pairs.set(key, [...(pairs.get(key) ?? []), `${m.query} ⇄ ${m.candidate}`]);
    }
  }
  return [...pairs].map(([key, words]) => {
    const t = TEXTS[key];
    const list = words.join(", ");
    return reason(t.ruleId, t.sourceId, { ja: `${t.ja}：${list}`, en: `${t.en}: ${list}` });
  });
}
