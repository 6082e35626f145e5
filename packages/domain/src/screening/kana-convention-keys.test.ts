// Engine 1.6 (issue 15, item 4): spellings under the transliteration conventions as blocking keys,
// the English spellings that katakana writes by sound, Russian soft T, kanji words of organisation
// names and letter names. Names are examples of each convention (ours), not list entries.
import { describe, expect, it } from "vitest";
import { competingPersons, scoreFound, testEntry } from "./blocking-fixture";
import { compareNames } from "./compare";
import { BASELINE_CONFIG_1_5, DEFAULT_CONFIG, DEFAULT_THRESHOLD, type ScreeningConfig } from "./config";
import { buildIndex } from "./index-build";
import { gluedKanaReading, kanaReading } from "./kana-reading";
import { normalizeName } from "./normalize";
import { conventionKanaForms, conventionLatinForms } from "./text/kana-conventions";
import { kanaLatinSimilarity } from "./text/kana-latin-similarity";
import { splitKanjiWords } from "./text/kanji-words";
import { spellLetters } from "./text/loanwords";

const org = { schema: "organization" as const };

describe("a Latin token as spelt under each convention (conventionLatinForms)", () => {
  it.each([
    ["JINXIN", "pinyin", "JINSHIN"],
    ["TICARET", "turkish", "TIJARET"],
    ["BRIGHT", "english", "BRAIT"],
    ["OKTYABR", "russian", "OKCHABR"],
    ["SEOYOUNG", "korean", "SOYOUNG"],
  ])("%s under %s is %s", (token, id, form) => {
    expect(conventionLatinForms(token)).toContainEqual({ id, form });
  });

  it("a token that no convention changes has no other spelling", () => {
    expect(conventionLatinForms("MINOTOR")).toEqual([]);
  });
});

describe("a katakana word as read under each convention (conventionKanaForms)", () => {
  it.each([
    ["FUIJOU", "HUIJOU", "フ for Chinese HU"],
    ["TEFUNO", "TEHUNO", "フ for Russian KH"],
    ["TSUURU", "TUURU", "ツ for English TU"],
    ["MEIKU", "MAKU", "エイ for English long A"],
  ])("%s → %s (%s)", (romaji, form) => {
    expect(conventionKanaForms(romaji)).toContain(form);
  });
});

describe("English spellings that katakana writes by sound", () => {
  it.each([
    ["IGH written アイ", "BURAITO", "BRIGHT"],
    ["EA written イー", "RIIPU", "LEAP"],
    ["OO written ウー", "NUURU", "NOOR"],
    ["EW written ユー", "NYUU", "NEW"],
    ["OW before N written アウ", "KURAUN", "CROWN"],
    ["DGE written ッジ", "BURIJJI", "BRIDGE"],
    ["IRE written アイヤ", "WAIYARESU", "WIRELESS"],
    ["-TURE written チャー", "FUCHAA", "FUTURE"],
    ["final consonant + LE written ル", "IIGURU", "EAGLE"],
    ["initial U written ユ", "YUNITI", "UNITY"],
    ["non-rhotic ER written アー", "OOBAASHIIZU", "OVERSEAS"],
    ["OUR written オー, -ES after a sibilant イズ", "RISOOSHIZU", "RESOURCES"],
    ["ツ for TU, plural S after a voiced sound ズ", "TSUURUZU", "TOOLS"],
    ["final CH after a vowel written ッチ", "RITCHI", "RICH"],
    ["G before E written ジ", "ENJINZU", "ENGINES"],
    ["TH written サ行", "SANDAABAADO", "THUNDERBIRD"],
  ])("%s: %s ~ %s", (_what, romaji, latin) => {
    const sim = kanaLatinSimilarity(romaji, latin);
    expect(sim.score).toBeGreaterThan(0.8);
    expect(sim.convention).toBe("english");
  });

  it.each([
    ["a different English word", "RAITSU", "LOTUS"],
    ["a word with the same first letters", "BURAITO", "BREAD"],
    ["a different short word", "NYUU", "NOW"],
    ["a different plural", "TSUURUZU", "TILES"],
    ["a different word ending in LE", "IIGURU", "OGLE"],
  ])("%s is not taken for the word: %s ≁ %s", (_what, romaji, latin) => {
    expect(kanaLatinSimilarity(romaji, latin).score).toBe(0);
  });
});

describe("Russian soft T and Korean initial consonants", () => {
  it.each([
    ["russian", "soft T before a vowel written チャ", "OKUCHABURI", "OKTYABR"],
    ["russian", "final soft T written チ", "NEFUCHI", "NEFT"],
    ["korean", "initial G written ク", "KUMUSAN", "GEUMSAN"],
    ["korean", "initial D written ト", "TONIRU", "DONGIL"],
  ])("%s: %s (%s ~ %s)", (convention, _what, romaji, latin) => {
    const sim = kanaLatinSimilarity(romaji, latin);
    expect(sim.score).toBeGreaterThan(0.8);
    expect(sim.convention).toBe(convention);
  });
});

describe("a Latin L is always written in katakana (distance fold keeps it)", () => {
  it("ラ行 reads L at no cost", () => {
    expect(kanaLatinSimilarity("GOMERI", "GOMEL").score).toBeGreaterThan(0.85);
  });

  it("an L the katakana lacks is a different name, an R after a vowel may be non-rhotic", () => {
    expect(kanaLatinSimilarity("HANU", "HANIL").score).toBe(0);
    expect(kanaLatinSimilarity("SENTAA", "CENTER").score).toBeGreaterThan(0.9);
  });
});

describe("Japanese names of Chinese and Russian cities", () => {
  it.each([
    ["テンシン・ジョンコー・ナビゲーション", "Tianjin Zhongke Navigation Co., Ltd"],
    ["シンセン・ハオシャン・エレクトロニクス", "Shenzhen Haoxiang Electronics Co., Ltd"],
    ["モスクワ・ラジオ工場", "Moscow Radio Plant"],
  ])("%s ~ %s", (kana, latin) => {
    expect(compareNames(kana, latin, org).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });
});

describe("kanji words of organisation names read in English (kanji-words.ts)", () => {
  it.each([
    ["ラジオエレクトロニカ工場", "PLANT"],
    ["グラニト・アルマズ研究所", "RESEARCH INSTITUTE"],
    ["アガト電子機器工場", "EQUIPMENT PLANT"],
    ["香港シンルイ・トレーディング", "HONG KONG"],
  ])("%s reads %s", (name, english) => {
    const reading = kanaReading(normalizeName(name, org));
    expect(reading?.latin).toContain(english);
  });

  it("longest word first, the rest left to the common reading", () => {
    expect(splitKanjiWords("ベラルーシ電子機器")).toEqual([
      { text: "ベラルーシ" },
      { text: "電子機器", english: "ELECTRONIC EQUIPMENT" },
    ]);
    expect(splitKanjiWords("北京")).toEqual([{ text: "北京" }]);
  });

  it.each([
    ["アルマトイ・アヴィア・サービス有限責任パートナーシップ", "Almaty Avia Service LLP"],
    ["アルマヴィア・パーツ閉鎖型株式会社", "Armavia Parts CJSC"],
    ["ビンペル・アフトマチカ持株会社", "Vympel-Avtomatika Holding Company"],
  ])("CIS legal forms and 持株 (holding) in Japanese: %s ~ %s", (kana, latin) => {
    expect(compareNames(kana, latin, org).score).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it("a Russian open joint-stock company (公開株式会社) is a legal form, not part of the name", () => {
    const n = normalizeName("ゴメリスキー・ラジオザヴォード公開株式会社", org);
    // Engine 1.7: ザヴォード is a dictionary word, read as PLANT (as the list's ZAVOD is); the ラジオ
    // before it stays phonetic (a short word is split off only at the end of a run), and the glued
    // reading keeps RAJIOZAVOD.
    expect(kanaReading(n)?.latin).toBe("GOMERISUKII RAJIO PLANT");
    expect(gluedKanaReading(n)?.latin).toBe("GOMERISUKII RAJIOZAVOD");
    expect(
      compareNames("ゴメリスキー・ラジオザヴォード公開株式会社", "Gomelskiy Radiozavod OAO", org).score,
    ).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
  });

  it("a translated kind of body alone does not make a match (カーベ工業 ≁ another industry group)", () => {
    expect(compareNames("カーベ工業グループ", "Kaveh Industrial Group", org).score).toBeGreaterThanOrEqual(
      DEFAULT_THRESHOLD,
    );
    expect(compareNames("カーベ工業グループ", "Tabriz Industrial Group", org).score).toBeLessThan(
      DEFAULT_THRESHOLD,
    );
  });
});

describe("letter names (spellLetters)", () => {
  it("an acronym spelt with letter names is read as letters", () => {
    expect(spellLetters("イーエルイー")).toBe("ELE");
  });

  it("single kana are syllables, not letter names with the ー left out (ジュオユエ is Zhuoyue)", () => {
    expect(spellLetters("ジュオユエ")).toBeUndefined();
    expect(kanaReading(normalizeName("ジュオユエ", org))?.parts[0]?.origin).toBe("katakana");
  });
});

describe("blocking: a convention's spelling brings the entry into the candidates", () => {
  // Persons whose names share sounds with the companies, so that candidates compete.
  const persons = competingPersons(["Hui", "Jin", "Tekhno", "Tijan"]);
  const companies = [
    testEntry("c1", "Huizhou Jinxin Electronics Co Ltd", "organization"),
    testEntry("c2", "Tekhnopribor OOO", "organization"),
    testEntry("c3", "Yildirim Elektronik Ithalat Ihracat Ticaret Ltd Sti", "organization"),
    testEntry("c4", "Promtekhkomplekt OOO", "organization"),
  ];
  const found = (config: ScreeningConfig, query: string, sourceId: string) =>
    scoreFound(config, [...companies, ...persons], query, sourceId);

  it.each([
    ["フイジョウ・ジンシン・エレクトロニクス有限会社", "c1", "pinyin XIN → SHIN, フ for HU"],
    ["テフノプリボル有限会社", "c2", "フ for Russian KH"],
    [
      "ユルドゥルム・エレクトロニック・イトハラート・イフラジャート・ティジャーレット有限会社",
      "c3",
      "Turkish C → J",
    ],
  ])("%s finds %s (%s); engine 1.5 does not", (query, sourceId) => {
    expect(found(DEFAULT_CONFIG, query, sourceId)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD);
    expect(found(BASELINE_CONFIG_1_5, query, sourceId)).toBeLessThan(DEFAULT_THRESHOLD);
  });

  it("adds index keys only under engine 1.6 (the 1.5 baseline builds the 1.5 index)", () => {
    const keys = (config: ScreeningConfig) => buildIndex(companies, { config }).keyHashes.length;
    expect(keys(DEFAULT_CONFIG)).toBeGreaterThan(keys(BASELINE_CONFIG_1_5));
  });
});
