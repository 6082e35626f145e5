// 異体字 / old-form / simplified-traditional folding for comparison keys (screening-research.md §1.1.6 and
// §6.2: "fold itaiji/old forms into a comparison key but keep the original"). Each group lists the
// canonical form first; every other character in the group folds to it. Japanese shinjitai, Japanese
// kyūjitai and mainland simplified forms of the same character share one group so that a Japanese
// rendering of a Chinese organisation name (e.g. 創新 vs 创新) still compares equal.
// The table is deliberately small and reviewed by hand; extend it rather than adding a dictionary.
const GROUPS: readonly string[] = [
  // Surname itaiji frequent in Japanese registries.
  "斎齋齊斉",
  "高髙",
  "崎﨑嵜碕",
  "辺邊邉",
  "沢澤",
  "浜濱濵",
  "島嶋嶌岛",
  "富冨",
  "野埜",
  "吉𠮷",
  "曽曾",
  "瀬瀨",
  "浅淺",
  "徳德",
  "恵惠",
  "真眞",
  "弥彌",
  "桜櫻",
  "竜龍龙",
  "寿壽",
  "栄榮荣",
  "黒黑",
  "円圓",
  "条條",
  "広廣广",
  "関關关",
  "来來",
  "与與",
  "万萬",
  "実實实",
  "応應应",
  // Words frequent in organisation names (Japanese shinjitai / traditional / simplified).
  "国國囯",
  "学學",
  "会會",
  "発發发",
  "電电",
  "機机",
  "術术",
  "華华",
  "業业",
  "創创",
  "貿贸",
  "廠厂",
  "東东",
  "門门",
  "長长",
  "車车",
  "開开",
  "軍军",
  "興兴",
  "進进",
  "達达",
  "書书",
  "場场",
  "優优",
  "導导",
  "体體",
  "聯联",
  "網网",
  "資资",
  "訊讯",
  "設设",
  "備备",
  "製制",
  "産產产",
  "際际",
  "衛卫",
  "億亿",
  "貨货",
  "運运",
  "輸输",
  "計计",
  "協协",
  "圧壓压",
  "鋼钢",
  "銀银",
  "売賣卖",
  "買买",
  "経經经",
  "営營营",
  "総總总",
  "鉱鑛矿",
  "医醫",
  "薬藥药",
  "湾灣",
  "台臺",
  "蘭兰",
  "亜亞亚",
  "欧歐",
  "陸陆",
  "雲云",
  "点點",
  "麦麥",
  "剣劍剑",
  "愛爱",
  "啓啟启",
  "検檢检",
  "験驗验",
  "測测",
  "試试",
  "報报",
  "環环",
  "絡络",
  "儀仪",
  "装裝",
  "飛飞",
  "弾彈弹",
  "艦舰",
  "撃擊击",
  "戦戰战",
  "団團团",
  "気氣气",
  "鉄鐵铁",
  "県縣县",
  "図圖图",
  "伝傳传",
  "区區",
  "劃划画",
  "囲圍围",
  "続續续",
  "鎮镇",
  "陽阳",
  "郷鄉乡",
  "盤盘",
  "様樣样",
  "緑綠绿",
  "楽樂乐",
  "歳歲岁",
  "転轉转",
  "鋭銳锐",
  "質质",
  "類类",
  "価價价",
  "観觀观",
  "読讀读",
];

const FOLD = new Map<string, string>();
for (const group of GROUPS) {
  const chars = [...group];
  const canonical = chars[0];
  if (canonical === undefined) {
    continue;
  }
  for (const ch of chars.slice(1)) {
    FOLD.set(ch, canonical);
  }
}

/** Folds kanji/hanzi variants to one canonical character per group (comparison keys only). */
export function foldKanjiVariants(text: string): string {
  let out = "";
  for (const ch of text) {
    out += FOLD.get(ch) ?? ch;
  }
  return out;
}

/** Number of variant characters known to the table (for docs/tests). */
export const KANJI_VARIANT_COUNT = FOLD.size;
