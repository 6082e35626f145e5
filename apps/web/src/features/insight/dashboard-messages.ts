/** Texts of the dashboards, hub advice and the case library (issue 16 §4, §6, §7). */
export const SHARING_MESSAGES_JA = {
  "nav.insightDashboard": "ダッシュボード",
  "nav.hubAdvice": "助言依頼",
  "nav.caseLibrary": "リスク事例ライブラリ",
  "dashboard.title": "ダッシュボード",
  "dashboard.help":
    "登録された記録から計算した指標です。グラフの下の表に同じ数値があります。受入額の数値を選ぶと根拠となった記録を表示します。",
  "dashboard.kind.executive": "役員向け",
  "dashboard.kind.export_control": "輸出管理部署向け",
  "dashboard.kind.collaboration": "産学連携部署向け",
  "dashboard.print": "印刷・PDF 保存",
  "dashboard.printHint": "ブラウザの印刷画面で「PDF に保存」を選ぶと PDF になります。",
  "dashboard.tableOf": "「{title}」の表",
  "dashboard.days": "{n}日",
  "dashboard.none": "—",
  "dashboard.asOfNow": "滞留・期限超過は現時点の値、その他は選んだ年度の値です。",
} as const;

export const SHARING_MESSAGES_EN: Record<keyof typeof SHARING_MESSAGES_JA, string> = {
  "nav.insightDashboard": "Dashboards",
  "nav.hubAdvice": "Advice requests",
  "nav.caseLibrary": "Risk case library",
  "dashboard.title": "Dashboards",
  "dashboard.help":
    "Figures computed from the records held here. The table under each chart holds the same numbers. Choose an amount to see the records behind it.",
  "dashboard.kind.executive": "Executive",
  "dashboard.kind.export_control": "Export-control office",
  "dashboard.kind.collaboration": "Collaboration office",
  "dashboard.print": "Print / save as PDF",
  "dashboard.printHint": "Choose “Save as PDF” in the browser's print dialogue to get a PDF.",
  "dashboard.tableOf": "Table: {title}",
  "dashboard.days": "{n} days",
  "dashboard.none": "—",
  "dashboard.asOfNow":
    "Backlog and overdue items are as of now; everything else is for the chosen fiscal year.",
};
