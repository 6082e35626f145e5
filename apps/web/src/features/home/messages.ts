import type { HomeItemKey, NavArea } from "@renkei/domain";

/** Home page work items, navigation areas, the search box and the shared list (issue 11 items 3, 4, 7). */
export const HOME_MESSAGES_JA = {
  "home.work": "対応が必要なこと",
  "home.figures": "概況",
  "home.noWork": "いま対応が必要なものはありません。",
  "home.open": "開く",
  "home.members": "相談対応中の機関の概況",
  "home.member.partners": "連携先",
  "home.member.creditMissing": "与信未確認",
  "home.member.foreignGov": "外国政府の支配あり",
  "home.dashboard": "経営指標ダッシュボードを開く",
  "home.auditLog": "監査ログを開く",
  "home.readOnly": "閲覧専用の概況です。記録の変更はできません。",
  "search.label": "横断検索",
  "search.placeholder": "連携先・人物・案件番号・件名・審査・判定・出張・来訪者",
  "search.submit": "検索",
  "search.title": "「{q}」の検索結果",
  "search.none": "見つかりませんでした。表記を変えて（カタカナ・英字・略称など）お試しください。",
  "search.scope": "閲覧できる記録だけを検索しています。",
  "list.filterText": "絞り込み",
  "list.all": "すべて",
  "list.count": "{shown} 件 / 全 {total} 件",
  "list.csv": "CSV 出力",
  "list.excel": "Excel 出力",
  "list.empty": "該当する行はありません。",
  "list.viewBoard": "ボード",
  "list.viewTable": "表",
} as const;

type HomeMessageKey = keyof typeof HOME_MESSAGES_JA;

export const HOME_MESSAGES_EN: Record<HomeMessageKey, string> = {
  "home.work": "Waiting for you",
  "home.figures": "Overview",
  "home.noWork": "Nothing is waiting for you right now.",
  "home.open": "Open",
  "home.members": "Member institutions you advise",
  "home.member.partners": "Partners",
  "home.member.creditMissing": "No credit check",
  "home.member.foreignGov": "Foreign-government control",
  "home.dashboard": "Open the management dashboard",
  "home.auditLog": "Open the audit log",
  "home.readOnly": "A read-only overview: records cannot be changed here.",
  "search.label": "Search",
  "search.placeholder": "Partners, people, case numbers or titles, reviews, classifications, trips, visitors",
  "search.submit": "Search",
  "search.title": "Results for “{q}”",
  "search.none": "Nothing found. Try another form of the name (katakana, Latin letters, a short name).",
  "search.scope": "Only records you may read are searched.",
  "list.filterText": "Filter",
  "list.all": "All",
  "list.count": "{shown} of {total}",
  "list.csv": "CSV",
  "list.excel": "Excel",
  "list.empty": "No rows match.",
  "list.viewBoard": "Board",
  "list.viewTable": "Table",
};

type Bilingual = { ja: string; en: string };

export const HOME_ITEM_LABELS: Record<HomeItemKey, Bilingual> = {
  screening_hits_open: { ja: "確認待ちの照合ヒット", en: "Screening hits awaiting review" },
  reviews_to_decide: { ja: "判断待ちの取引審査", en: "Transaction reviews awaiting your decision" },
  reviews_to_approve: { ja: "部局長確認待ちの取引審査", en: "Transaction reviews awaiting your approval" },
  my_reviews_to_finish: { ja: "提出前・差戻しの取引審査", en: "Your reviews to finish or correct" },
  reviews_in_progress: { ja: "審査中の取引審査", en: "Transaction reviews in progress" },
  visitors_to_review: { ja: "確認待ちの来訪者・受入れ申告", en: "Visitor declarations awaiting review" },
  trips_to_check: { ja: "確認待ちの海外出張", en: "Overseas trips to check" },
  licences_expiring: { ja: "60 日以内に期限が切れる許可", en: "Licences expiring within 60 days" },
  cases_blocked: { ja: "阻害要因のある案件", en: "Blocked cases" },
  cases_active: { ja: "進行中の案件", en: "Cases in progress" },
  monitoring_overdue: { ja: "期限を過ぎたモニタリング", en: "Overdue monitoring" },
  my_cases: { ja: "担当・参加している案件", en: "Your cases" },
  my_tasks: { ja: "自分の未完了タスク", en: "Your open tasks" },
  my_trips: { ja: "確認中の自分の出張", en: "Your trips under review" },
  pledges_to_sign: { ja: "署名が必要な誓約書", en: "Pledges to sign" },
  coi_to_review: { ja: "審査待ちの利益相反申告", en: "COI declarations to review" },
  secret_alerts_open: { ja: "未対応の秘密情報アラート", en: "Open confidential-information alerts" },
  inventions_to_decide: { ja: "帰属判断待ちの発明", en: "Inventions awaiting a decision" },
  partners_total: { ja: "閲覧できる連携先", en: "Partners you can read" },
};

/** The navigation areas (連携案件 / 連携先 / 照合 / 輸出管理 / 管理 and the newer ones). */
export const NAV_AREA_LABELS: Record<NavArea, Bilingual> = {
  cases: { ja: "連携案件", en: "Collaborations" },
  desk: { ja: "相談窓口", en: "Consultation desk" },
  partners: { ja: "連携先", en: "Partners" },
  screening: { ja: "照合", en: "Screening" },
  export_control: { ja: "輸出管理", en: "Export control" },
  coi: { ja: "利益相反", en: "Conflicts of interest" },
  ip: { ja: "知財", en: "IP" },
  secrets: { ja: "秘密情報", en: "Confidential information" },
  insight: { ja: "指標", en: "Indicators" },
  admin: { ja: "管理", en: "Administration" },
};
