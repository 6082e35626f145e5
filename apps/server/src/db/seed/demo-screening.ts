// Demo screening lists for the fictional demo institution. EVERY name below is invented for Renkei (no
// real list content): an institution's own watch list in the documented CSV format (docs/screening.md)
// and a tiny list in the METI End User List layout, so that a few demo partners have review items in
// the queue and the export-control features can show concern categories.
import type { Deps } from "../../deps";
import { importList } from "../../features/screening/list-import.service";

/** Own watch list (format `csv`: id,name,aliases,country,type,notes). */
export const DEMO_WATCHLIST_CSV = `id,name,aliases,country,type,notes
W-001,National Fictional Aerospace Research Academy,国家架空航天研究院;NFARA,CN,organization,架空のデモ項目：航空宇宙分野の研究機関
W-002,Arrakan Defense Systems FZE,Arrakan Defence Systems;アラカン・ディフェンス・システムズ,AE,organization,架空のデモ項目：防衛装備の再輸出が懸念される
W-003,Blue Lantern Logistics Ltd,藍灯物流有限公司,HK,organization,架空のデモ項目（該当なしの確認用）
W-004,Kestrel Vantor,ケストレル・ヴァントール,ZZ,person,架空の人物（デモ）
`;

/** METI End User List layout (No., 国名・地域名, 企業名・組織名, 別名, 懸念区分, 通常兵器) — fictional rows. */
export const DEMO_EUL_CSV = `No.,国名・地域名 Country or Region,企業名・組織名 Company or Organization,別名 Also Known As,懸念区分 Type of WMD,通常兵器 Conventional weapons
1,中国 China,National Fictional Aerospace Research Academy (国家架空航天研究院),NFARA・Fictional Aerospace Academy,M,
2,ロシア Russia,Uralskie Splavy JSC (ウラルスキエ・スプラヴィ),Ural Alloys,N,
3,アラブ首長国連邦 United Arab Emirates,Arrakan Defence Systems FZ-LLC,Arrakan Defense,,CW
`;

export const DEMO_WATCHLIST_NAME = "学内ウォッチリスト（架空・デモ）";
export const DEMO_EUL_NAME = "外国ユーザーリスト（架空・デモ用）";

const bytes = (text: string) => new TextEncoder().encode(text);

/** Imports both demo lists; the import re-screens the demo partners, which opens their review items. */
export async function seedDemoScreening(
  deps: Deps,
  institutionId: string,
  officer: { userId: string; label: string },
) {
  await importList(
    deps,
    institutionId,
    officer,
    {
      format: "csv",
      name: DEMO_WATCHLIST_NAME,
      source: "デモ用に作成した架空のリスト",
      versionLabel: "2026-04-01",
      publishedOn: "2026-04-01",
      files: [{ name: "demo-watchlist.csv", bytes: bytes(DEMO_WATCHLIST_CSV) }],
    },
    { mode: "commit", notify: false },
  );
  await importList(
    deps,
    institutionId,
    officer,
    {
      format: "meti-eul",
      name: DEMO_EUL_NAME,
      source: "デモ用に作成した架空のリスト（経済産業省の外国ユーザーリストではありません）",
      versionLabel: "2026-04-01",
      publishedOn: "2026-04-01",
      effectiveOn: "2026-04-01",
      files: [{ name: "demo-eul.csv", bytes: bytes(DEMO_EUL_CSV) }],
    },
    { mode: "commit", notify: false },
  );
}
