import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize";
import { kanaToRomaji, toKatakana } from "./text/kana";

describe("kana", () => {
  it.each([
    ["hiragana → katakana", "さくら", "サクラ"],
    ["voiced kana survive", "がんだむ", "ガンダム"],
  ])("%s", (_, input, expected) => {
    expect(toKatakana(input)).toBe(expected);
  });

  it.each([
    ["basic Hepburn", "サクラ", "sakura"],
    ["shi/chi/tsu/fu", "シチツフ", "shichitsufu"],
    ["yōon", "キョウト", "kyouto"],
    ["sha/ja", "シャジャ", "shaja"],
    ["sokuon doubles consonant", "ハットリ", "hattori"],
    ["sokuon before chi", "マッチ", "matchi"],
    ["long vowel mark repeats vowel", "ローマ", "rooma"],
    ["foreign ti/fa/we", "ティファウェ", "tifawe"],
    ["dakuten kept", "ガンダム", "gandamu"],
    ["handakuten kept", "パン", "pan"],
  ])("romaji: %s", (_, input, expected) => {
    expect(kanaToRomaji(input)).toBe(expected);
  });
});

describe("normalizeName", () => {
  it.each([
    ["full-width Latin is folded", "ＡＢＣ　Ｔｒａｄｉｎｇ", "ABC TRADING"],
    ["diacritics stripped from Latin", "Müller Ōtsuka", "MULLER OTSUKA"],
    ["dotted initials join", "U.S.A. Trading", "USA TRADING"],
    ["apostrophes deleted", "O'Brien", "OBRIEN"],
    ["Cyrillic transliterated", "Владимир Путин", "VLADIMIR PUTIN"],
    ["Greek transliterated", "Νικόλαος", "NIKOLAOS"],
    ["Hangul romanised", "김", "GIM"],
    ["Han → pinyin", "习近平", "XI JIN PING"],
    ["katakana → romaji tokens", "アイ・ジェット", "AI JETTO"],
  ])("latin key: %s", (_, input, expected) => {
    expect(normalizeName(input).latin).toBe(expected);
  });

  it.each([
    ["half-width kana composes with dakuten", "ｶﾞﾝﾀﾞﾑ", "ガンダム"],
    ["hiragana folds to katakana", "さくら精工", "サクラ精工"],
    ["齋 folds to 斎", "齋藤", "斎藤"],
    ["斉 folds to 斎", "斉藤", "斎藤"],
    ["髙 folds to 高", "髙橋", "高橋"],
    ["﨑 folds to 崎", "山﨑", "山崎"],
    ["邊 and 邉 fold to 辺", "渡邊渡邉", "渡辺渡辺"],
    ["澤 folds to 沢", "澤田", "沢田"],
    ["traditional 創 folds with simplified 创", "创新", "創新"],
  ])("native key: %s", (_, input, expected) => {
    expect(normalizeName(input).native).toBe(expected);
  });

  it("never drops dakuten (watchman's NFD+strip-Mn turns ガ into カ)", () => {
    expect(normalizeName("ガンダム").native).not.toBe(normalizeName("カンタム").native);
    expect(normalizeName("ガンダム").latin).not.toBe(normalizeName("カンタム").latin);
  });

  it.each([
    ["株式会社 prefix", "株式会社サクラ精工", "サクラ精工", "JSC"],
    ["(株) suffix, half-width", "ｻｸﾗ精工(株)", "サクラ精工", "JSC"],
    ["㈱ symbol", "㈱サクラ精工", "サクラ精工", "JSC"],
    ["有限会社", "有限会社タコ", "タコ", "LLC"],
    ["合同会社", "合同会社ミライ", "ミライ", "LLC"],
    ["unspaced 有限公司 (native key also variant-folded)", "招商银行有限公司", "招商銀行", "LTD"],
    ["股份有限公司", "长光卫星技术股份有限公司", "長光衛星技術", "JSC"],
    ["集团 at the end", "华为技术集团", "華为技術", "GROUP"],
    ["katakana リミテッド", "イーステック・リミテッド", "イーステック", "LTD"],
  ])("CJK legal form: %s", (_, input, native, cls) => {
    const n = normalizeName(input);
    expect(n.native).toBe(native);
    expect(n.legalForms).toContain(cls);
  });

  it.each([
    ["Co., Ltd.", "Anglo Widgets Co., Ltd.", "ANGLO WIDGETS"],
    ["Inc", "Widget Inc", "WIDGET"],
    ["GmbH", "Beispiel GmbH", "BEISPIEL"],
    ["AG at the end only", "Beispiel AG", "BEISPIEL"],
    ["SA de CV", "Banco Ejemplo SA de CV", "BANCO EJEMPLO"],
    ["SRL", "Esempio SRL", "ESEMPIO"],
    ["BV", "Voorbeeld BV", "VOORBEELD"],
    ["PLC", "Example PLC", "EXAMPLE"],
    ["Pvt Ltd", "Example Pvt Ltd", "EXAMPLE"],
    ["JSC prefix", "JSC Integral", "INTEGRAL"],
    ["OAO / ZAO / PAO", "OAO ZAO PAO Sample", "SAMPLE"],
    ["OOO in Cyrillic", "ООО Пример", "PRIMER"],
    ["АО in Cyrillic", "АО Пример", "PRIMER"],
    ["Joint Stock Company phrase", "Open Joint Stock Company Sample", "SAMPLE"],
    ["LLC", "Sample LLC", "SAMPLE"],
    ["Corp.", "Sample Corp.", "SAMPLE"],
  ])("Latin legal form: %s", (_, input, expected) => {
    expect(normalizeName(input).latin).toBe(expected);
  });

  it("keeps a name that is only a legal form", () => {
    expect(normalizeName("Company Limited").latin).toBe("COMPANY LIMITED");
  });

  it("does not strip legal forms from persons", () => {
    expect(normalizeName("Kim Sa", { schema: "person" }).latin).toBe("KIM SA");
  });

  it.each([
    ["TECH GRP", "Sample Tech Grp", "SAMPLE TECHNOLOGY GROUP"],
    ["INTL", "Sample Intl Trading", "SAMPLE INTERNATIONAL TRADING"],
    ["UNIV / INST", "Sample Univ Inst", "SAMPLE UNIVERSITY INSTITUTE"],
    ["SRVCES", "Sample Srvces", "SAMPLE SERVICES"],
  ])("abbreviation: %s", (_, input, expected) => {
    expect(normalizeName(input).latin).toBe(expected);
  });

  it.each([
    ["ordinal suffix", "13th Research Institute", ["13"]],
    ["ordinal word", "Thirteenth Research Institute", ["13"]],
    ["kanji ordinal", "第十三研究所", ["13"]],
    ["digits in kanji name", "第13研究所", ["13"]],
    ["kanji hundreds", "第百四十修理工場", ["140"]],
  ])("numbers: %s", (_, input, expected) => {
    expect(normalizeName(input).numbers).toEqual(expected);
  });

  it("romaji variants share a loose key (ou/oo/ō, shi/si, tsu/tu)", () => {
    const loose = (s: string) => normalizeName(s).parts.map((p) => p.loose);
    expect(loose("Toukyou Shimbun")).toEqual(loose("Tōkyō Sinbun"));
    expect(loose("Tsutsumi")).toEqual(loose("Tutumi"));
    expect(loose("Oono")).toEqual(loose("Ohno"));
  });
});
