import type { Bilingual } from "../shared/bilingual";

/**
 * Transliteration conventions the screening engine uses to read a katakana name against Latin list
 * entries (screening/text/kana-conventions.ts): the standard each convention follows, so a reviewer
 * can check why two spellings were taken for one name.
 */
export const SCREENING_CITATIONS: Record<string, Bilingual> = {
  "spec:translit/hepburn": {
    ja: "外来語の表記（平成3年内閣告示第2号）及びヘボン式ローマ字",
    en: "The Notation of Loanwords (Cabinet Notice No. 2 of 1991) and Hepburn romanisation",
  },
  "spec:translit/turkish": {
    ja: "トルコ語の正書法（トルコ語協会の表記規則）とそのカタカナ表記の慣用",
    en: "Turkish orthography (Turkish Language Association spelling rules) and its usual katakana rendering",
  },
  "spec:translit/pinyin": {
    ja: "漢語拼音方案（中国国家標準 GB/T 16159）とそのカタカナ表記の慣用",
    en: "Hanyu Pinyin (Chinese national standard GB/T 16159) and its usual katakana rendering",
  },
  "spec:translit/korean": {
    ja: "国語のローマ字表記法（韓国文化観光部告示第2000-8号）",
    en: "Revised Romanization of Korean (Ministry of Culture and Tourism of Korea, Notice 2000-8)",
  },
  "spec:translit/russian": {
    ja: "ロシア語・ベラルーシ語のラテン文字転写（BGN/PCGN 方式）",
    en: "Romanization of Russian and Belarusian (BGN/PCGN system)",
  },
  "spec:translit/arabic": {
    ja: "アラビア語・ペルシャ語のラテン文字転写（BGN/PCGN 方式）とその慣用",
    en: "Romanization of Arabic and Persian (BGN/PCGN system) and its common variants",
  },
};
