// Katakana loanwords that recur in company and organisation names, with the English word they render
// (gairaigo; the spellings follow the Cabinet notice 外来語の表記 of 1991, and the common variants are
// folded by `kanaWordKey` so that センター/センタ, ヴ/ブ, ティ/テイ need no separate rows). Used to
// split an unspaced katakana run into words (ベルオモホールディング → ベルオモ + HOLDING) and to
// read those words in their Latin spelling; the rest of the run is read phonetically
// (katakana-latin.ts). The list is general vocabulary of company names, not names of listed parties.
import { kanaToRomaji, SMALL_TO_LARGE } from "./kana";

const ROWS: [string, string][] = [
  // Legal forms and company words (removed or down-weighted by tokens.ts once read in Latin).
  ["カンパニーズ", "COMPANIES"],
  ["カンパニー", "COMPANY"],
  ["コーポレーション", "CORPORATION"],
  ["リミテッド", "LIMITED"],
  ["インコーポレイテッド", "INCORPORATED"],
  ["ホールディングス", "HOLDINGS"],
  ["ホールディング", "HOLDING"],
  ["グループ", "GROUP"],
  ["インターナショナル", "INTERNATIONAL"],
  ["グローバル", "GLOBAL"],
  ["エンタープライズ", "ENTERPRISE"],
  ["パートナーズ", "PARTNERS"],
  ["アソシエーション", "ASSOCIATION"],
  ["ユニオン", "UNION"],
  ["ファウンデーション", "FOUNDATION"],
  ["エージェンシー", "AGENCY"],
  // ゼネラル is the established rendering of GENERAL in company names (ゼネラル・モーターズ).
  ["ゼネラル", "GENERAL"],
  ["コンビナート", "KOMBINAT"],
  // Russian ЗАВОД (plant): the lists' Latin ZAVOD is read as PLANT (legal-forms.ts ABBREVIATIONS,
  // engine 1.7), so that 工場, ザヴォード and Zavod are one word.
  ["ザヴォード", "ZAVOD"],
  ["ジェネラル", "GENERAL"],
  // Industry words.
  ["エンジニアリング", "ENGINEERING"],
  ["テクノロジーズ", "TECHNOLOGIES"],
  ["テクノロジー", "TECHNOLOGY"],
  ["テクノロジ", "TECHNOLOGY"],
  ["テック", "TECH"],
  ["ハイテク", "HIGH TECH"],
  ["イノベーション", "INNOVATION"],
  ["イノベーションズ", "INNOVATIONS"],
  ["システムズ", "SYSTEMS"],
  ["システム", "SYSTEM"],
  ["マイクロシステムズ", "MICROSYSTEMS"],
  ["ソリューションズ", "SOLUTIONS"],
  ["ソリューション", "SOLUTION"],
  ["サービシズ", "SERVICES"],
  ["サービス", "SERVICE"],
  ["センター", "CENTER"],
  ["インダストリーズ", "INDUSTRIES"],
  ["インダストリー", "INDUSTRY"],
  ["インダストリアル", "INDUSTRIAL"],
  ["トレーディング", "TRADING"],
  ["トレード", "TRADE"],
  ["コマーシャル", "COMMERCIAL"],
  ["ビジネス", "BUSINESS"],
  ["マネージメント", "MANAGEMENT"],
  ["マネジメント", "MANAGEMENT"],
  ["マネージング", "MANAGING"],
  ["インベストメンツ", "INVESTMENTS"],
  ["インベストメント", "INVESTMENT"],
  ["キャピタル", "CAPITAL"],
  ["ファイナンス", "FINANCE"],
  ["バンク", "BANK"],
  ["コンサルティング", "CONSULTING"],
  ["ディベロップメント", "DEVELOPMENT"],
  ["デベロップメント", "DEVELOPMENT"],
  ["リサーチ", "RESEARCH"],
  ["インスティテュート", "INSTITUTE"],
  ["インスティチュート", "INSTITUTE"],
  ["サイエンス", "SCIENCE"],
  ["ラボラトリー", "LABORATORY"],
  ["ラボ", "LABORATORY"],
  ["エレクトロニクス", "ELECTRONICS"],
  ["エレクトロニック", "ELECTRONIC"],
  ["エレクトリック", "ELECTRIC"],
  ["エレクトロ", "ELECTRO"],
  ["セミコンダクター", "SEMICONDUCTOR"],
  ["マイクロ", "MICRO"],
  ["チップス", "CHIPS"],
  ["チップ", "CHIP"],
  ["コンピューター", "COMPUTER"],
  ["ソフトウェア", "SOFTWARE"],
  ["ハードウェア", "HARDWARE"],
  ["インフォメーション", "INFORMATION"],
  ["コミュニケーションズ", "COMMUNICATIONS"],
  ["コミュニケーション", "COMMUNICATION"],
  ["ネットワーク", "NETWORK"],
  ["デジタル", "DIGITAL"],
  ["データ", "DATA"],
  ["オプティカル", "OPTICAL"],
  ["オプティクス", "OPTICS"],
  ["フォトニクス", "PHOTONICS"],
  ["レーザー", "LASER"],
  ["レーダー", "RADAR"],
  ["ロボティクス", "ROBOTICS"],
  ["エアロスペース", "AEROSPACE"],
  ["アビエーション", "AVIATION"],
  ["エアラインズ", "AIRLINES"],
  ["エアライン", "AIRLINE"],
  ["ヘリコプターズ", "HELICOPTERS"],
  ["ヘリコプター", "HELICOPTER"],
  ["サテライト", "SATELLITE"],
  ["スペース", "SPACE"],
  ["ミサイル", "MISSILE"],
  ["ディフェンス", "DEFENSE"],
  ["セキュリティー", "SECURITY"],
  ["ロジスティクス", "LOGISTICS"],
  ["ロジスティック", "LOGISTIC"],
  ["トランスポーテーション", "TRANSPORTATION"],
  ["トランスポート", "TRANSPORT"],
  ["シッピング", "SHIPPING"],
  ["マリン", "MARINE"],
  ["エクスポート", "EXPORT"],
  ["インポート", "IMPORT"],
  ["トランス", "TRANS"],
  ["エナジー", "ENERGY"],
  ["エネルギー", "ENERGY"],
  ["ケミカル", "CHEMICAL"],
  ["ファーマシューティカル", "PHARMACEUTICAL"],
  ["メディカル", "MEDICAL"],
  ["マシナリー", "MACHINERY"],
  ["エクイップメント", "EQUIPMENT"],
  ["マテリアルズ", "MATERIALS"],
  ["マテリアル", "MATERIAL"],
  ["プロダクツ", "PRODUCTS"],
  ["マニュファクチャリング", "MANUFACTURING"],
  ["ファクトリー", "FACTORY"],
  ["プラント", "PLANT"],
  ["モーターズ", "MOTORS"],
  ["モーター", "MOTOR"],
  ["オートモーティブ", "AUTOMOTIVE"],
  ["サプライ", "SUPPLY"],
  ["サプライズ", "SUPPLIES"],
  ["マーケット", "MARKET"],
  ["プロモーション", "PROMOTION"],
  ["クリエイティブ", "CREATIVE"],
  ["デザイン", "DESIGN"],
  ["スーパー", "SUPER"],
  ["リンクス", "LINKS"],
  ["フライト", "FLIGHT"],
  ["サポート", "SUPPORT"],
  ["ドメスティック", "DOMESTIC"],
  ["フォーリン", "FOREIGN"],
  ["フリー", "FREE"],
  ["ゾーン", "ZONE"],
  ["ブランチ", "BRANCH"],
  ["アドバンスト", "ADVANCED"],
  ["ダイナミクス", "DYNAMICS"],
  ["インテリジェント", "INTELLIGENT"],
  ["ユニバーサル", "UNIVERSAL"],
  ["ナショナル", "NATIONAL"],
  ["ユナイテッド", "UNITED"],
  ["ワールド", "WORLD"],
  ["スマート", "SMART"],
  ["パワー", "POWER"],
  ["プレシジョン", "PRECISION"],
  ["インスツルメンツ", "INSTRUMENTS"],
  ["デバイス", "DEVICES"],
  ["コンポーネンツ", "COMPONENTS"],
  ["パーツ", "PARTS"],
  ["マシン", "MACHINE"],
  ["メタル", "METAL"],
  ["スチール", "STEEL"],
  ["カーゴ", "CARGO"],
  ["エクスプレス", "EXPRESS"],
  ["エアクラフト", "AIRCRAFT"],
  ["オーシャン", "OCEAN"],
  ["トラスト", "TRUST"],
  ["アライアンス", "ALLIANCE"],
  ["ベンチャーズ", "VENTURES"],
  ["ファーマ", "PHARMA"],
  ["バイオ", "BIO"],
  ["コンストラクション", "CONSTRUCTION"],
  ["オートメーション", "AUTOMATION"],
  ["コントロール", "CONTROL"],
  ["ビジョン", "VISION"],
  ["イメージング", "IMAGING"],
  ["センサー", "SENSOR"],
  ["ナビゲーション", "NAVIGATION"],
  ["マリタイム", "MARITIME"],
  ["ペトロリアム", "PETROLEUM"],
  ["ミネラル", "MINERAL"],
  ["ニュークリア", "NUCLEAR"],
  // English words that brand names glue together (engine 1.7: ブライトウェーブ = Brightwave,
  // アイアンブリッジ = Ironbridge): read as words, the run is also compared glued (kana-reading.ts).
  ["ラジオ", "RADIO"],
  ["ブライト", "BRIGHT"],
  ["ウェーブ", "WAVE"],
  ["ポーラー", "POLAR"],
  ["コア", "CORE"],
  ["ライン", "LINE"],
  ["スカイ", "SKY"],
  ["ホーク", "HAWK"],
  ["ウッド", "WOOD"],
  ["スター", "STAR"],
  ["ゴールド", "GOLD"],
  ["シルバー", "SILVER"],
  ["フィールド", "FIELD"],
  ["ポイント", "POINT"],
  ["ブリッジ", "BRIDGE"],
  ["アイアン", "IRON"],
  ["ストーン", "STONE"],
  ["リンク", "LINK"],
  ["クォーツ", "QUARTZ"],
  ["フォース", "FORCE"],
  ["ハウス", "HOUSE"],
  // Countries whose Japanese name is not the English one read aloud.
  ["ドイツ", "GERMANY"],
  ["イギリス", "BRITAIN"],
  ["オランダ", "NETHERLANDS"],
  ["スイス", "SWITZERLAND"],
  ["トルコ", "TURKEY"],
  ["ギリシャ", "GREECE"],
  // Places and directions that appear inside company names.
  ["ミドルイースト", "MIDDLE EAST"],
  ["イースト", "EAST"],
  ["ウエスト", "WEST"],
  ["ノース", "NORTH"],
  ["サウス", "SOUTH"],
  ["アジア", "ASIA"],
  ["パシフィック", "PACIFIC"],
  ["ヨーロッパ", "EUROPE"],
  ["チャイナ", "CHINA"],
  ["ホンコン", "HONG KONG"],
  // Japanese names of Chinese and Russian cities that are not the sound of their Latin name
  // (Japanese readings or older exonyms: 天津 テンシン, 厦門 アモイ, Москва モスクワ).
  ["ペキン", "BEIJING"],
  ["ナンキン", "NANJING"],
  ["テンシン", "TIANJIN"],
  ["シンセン", "SHENZHEN"],
  ["コワンチョウ", "GUANGZHOU"],
  ["アモイ", "XIAMEN"],
  ["チンタオ", "QINGDAO"],
  ["マカオ", "MACAU"],
  ["モスクワ", "MOSCOW"],
  // Connectors.
  ["アンド", "AND"],
];

/**
 * Comparison key of a katakana word: small kana enlarged, ー dropped, ヴ-row folded into the バ-row
 * and the obsolete ヂ/ヅ/ヰ/ヱ/ヲ into their modern readings — the spelling variants that 外来語の表記
 * allows for one word (センター/センタ, ヴァイオリン/バイオリン, ティ/テイ).
 */
export function kanaWordKey(kana: string): string {
  let out = "";
  const chars = [...kana];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i] as string;
    if (ch === "ー" || ch === "・") {
      continue;
    }
    if (ch === "ヴ") {
      const next = V_ROW[chars[i + 1] ?? ""];
      if (next !== undefined) {
        out += next;
        i++;
      } else {
        out += "ブ";
      }
      continue;
    }
    out += FOLD[ch] ?? ch;
  }
  return out;
}

const V_ROW: Record<string, string> = { ァ: "バ", ィ: "ビ", ェ: "ベ", ォ: "ボ", ュ: "ビユ" };
const FOLD: Record<string, string> = { ...SMALL_TO_LARGE, ヂ: "ジ", ヅ: "ズ", ヰ: "イ", ヱ: "エ", ヲ: "オ" };

const LOANWORDS = new Map<string, string>();
let longestKey = 0;
for (const [kana, latin] of ROWS) {
  const key = kanaWordKey(kana);
  LOANWORDS.set(key, latin);
  longestKey = Math.max(longestKey, key.length);
}

/** Shortest loanword (in kana, ー counted) allowed inside a run; shorter ones only as the run's last word. */
const MIN_INNER_KEY = 4;

/** A word of a katakana run: a dictionary loanword (English spelling) or kana to read phonetically. */
export interface KanaWord {
  text: string;
  loanword: boolean;
}

/**
 * Splits a katakana run into loanwords and the kana between them, left to right, longest dictionary
 * word first. Short loanwords (テック, チップ) are taken only at the end of the run, and no word is
 * split off when it would leave a single kana behind, so that names are not cut into pieces by
 * words hidden inside them.
 */
export function splitKanaWords(run: string): KanaWord[] {
  const chars = [...run];
  const out: KanaWord[] = [];
  let pending = "";
  let i = 0;
  while (i < chars.length) {
    let found: { to: number; latin: string } | undefined;
    for (let to = chars.length; to > i + 1 && found === undefined; to--) {
      const key = kanaWordKey(chars.slice(i, to).join(""));
      if (key.length > longestKey) {
        continue;
      }
      const latin = LOANWORDS.get(key);
      const atEnd = to === chars.length;
      const leavesOne =
        kanaWordKey(pending).length === 1 || kanaWordKey(chars.slice(to).join("")).length === 1;
      if (latin !== undefined && (to - i >= MIN_INNER_KEY || atEnd) && !leavesOne) {
        found = { to, latin };
      }
    }
    if (found === undefined) {
      pending += chars[i];
      i++;
      continue;
    }
    if (pending !== "") {
      out.push({ text: pending, loanword: false });
      pending = "";
    }
    out.push({ text: found.latin, loanword: true });
    i = found.to;
  }
  if (pending !== "") {
    out.push({ text: pending, loanword: false });
  }
  return out;
}

// Names of the Latin letters as katakana writes them (JIS Z 8301 usage and common variants), for
// acronyms spelt out in katakana: イーエルイー → ELE, エム・スター → M Star, アイ・ジェット → I Jet.
const LETTER_NAMES: [string, string][] = [
  ["A", "エー エイ"],
  ["B", "ビー"],
  ["C", "シー"],
  ["D", "ディー デー"],
  ["E", "イー"],
  ["F", "エフ"],
  ["G", "ジー"],
  ["H", "エイチ エッチ"],
  ["I", "アイ"],
  ["J", "ジェー ジェイ"],
  ["K", "ケー ケイ"],
  ["L", "エル"],
  ["M", "エム"],
  ["N", "エヌ"],
  ["O", "オー"],
  ["P", "ピー"],
  ["Q", "キュー"],
  ["R", "アール"],
  ["S", "エス"],
  ["T", "ティー テー"],
  ["U", "ユー"],
  ["V", "ブイ ヴィー"],
  ["W", "ダブリュー"],
  ["X", "エックス"],
  ["Y", "ワイ"],
  ["Z", "ゼット ズィー"],
];

const LETTER_BY_KEY = new Map<string, string>();
const LETTER_ROMAJI = new Map<string, Set<string>>();
for (const [letter, names] of LETTER_NAMES) {
  for (const name of names.split(" ")) {
    LETTER_BY_KEY.set(kanaWordKey(name), letter);
    const romaji = kanaToRomaji(name).toUpperCase();
    LETTER_ROMAJI.set(letter, (LETTER_ROMAJI.get(letter) ?? new Set()).add(romaji));
  }
}

/**
 * An acronym spelt out in katakana, when the whole word is two or more letter names
 * (イーエルイー → "ELE", エーエフオーエックス → "AFOX"); undefined otherwise. A single letter name is
 * left to the phonetic reading (ビー may be "Bee"); `isLetterName` matches it against a lone letter.
 */
export function spellLetters(word: string): string | undefined {
  const chars = [...word];
  let out = "";
  let i = 0;
  while (i < chars.length) {
    let step = 0;
    // Every letter name has two kana at least (エー, エル): a single kana is a syllable even where
    // the folded key (ー dropped) would match one (ジュオユエ Zhuoyue is not G-U-O-U-A).
    for (let to = Math.min(chars.length, i + 5); to > i + 1 && step === 0; to--) {
      const letter = LETTER_BY_KEY.get(kanaWordKey(chars.slice(i, to).join("")));
      if (letter !== undefined) {
        out += letter;
        step = to - i;
      }
    }
    if (step === 0) {
      return undefined;
    }
    i += step;
  }
  return out.length >= 2 ? out : undefined;
}

/** The letter a katakana word names when it is exactly one letter name (エム → M), else undefined. */
export function letterName(word: string): string | undefined {
  return LETTER_BY_KEY.get(kanaWordKey(word));
}

/** True when the romanised kana (`romaji`, upper case) is the katakana name of `letter` (アイ ~ I). */
export function isLetterName(romaji: string, letter: string): boolean {
  return LETTER_ROMAJI.get(letter)?.has(romaji) ?? false;
}

// The katakana each dictionary word was read from, romanised (TECHNOLOGY ← テクノロジー, テクノロジ),
// so that a list spelling the same word its own way (Turkish TEKNOLOJI) is compared by sound.
const KANA_OF_LOANWORD = new Map<string, string[]>();
for (const [kana, word] of ROWS) {
  if (!word.includes(" ")) {
    const romaji = kanaToRomaji(kana)
      .toUpperCase()
      .replace(/[^A-Z]/g, "");
    KANA_OF_LOANWORD.set(word, [...(KANA_OF_LOANWORD.get(word) ?? []), romaji]);
  }
}

/** Romanised katakana renderings of a dictionary loanword (its English spelling), [] when none. */
export function loanwordKana(word: string): readonly string[] {
  return KANA_OF_LOANWORD.get(word) ?? [];
}
