/** Personal data (issue 17 item 7). */
export const PERSONAL_DATA_MESSAGES_JA = {
  "nav.personalData": "個人データ",
  "pd.title": "個人データの利用目的と保存期間",
  "pd.help":
    "個人データの種類ごとに利用目的と保存期間を定めます。保存期間を過ぎたものは毎日の処理で削除または匿名化されます。法令で保存が必要な記録（輸出管理の記録など）はその期間が終わるまで残ります。",
  "pd.kind": "種類",
  "pd.kind.people": "連携先の担当者",
  "pd.kind.visitors": "受入（来訪者）",
  "pd.kind.desk_questions": "相談窓口への相談",
  "pd.kind.coi_declarations": "利益相反の申告",
  "pd.purpose": "利用目的",
  "pd.months": "保存期間（月）",
  "pd.action": "期間経過後",
  "pd.action.anonymise": "匿名化",
  "pd.action.delete": "削除",
  "pd.save": "保存",
  "pd.dryRun": "件数を確認（変更しない）",
  "pd.run": "今すぐ実行",
  "pd.runConfirm": "保存期間を過ぎた個人データを削除・匿名化します。元に戻せません。よろしいですか。",
  "pd.result":
    "{kind}: 確認 {checked} 件、匿名化 {anonymised} 件、削除 {deleted} 件、保存 {kept} 件（うち法令による保存 {legalHold} 件）",
  "pd.mine": "自分の個人データを出力",
  "pd.mineHelp": "あなたについて Renkei が保存しているデータを JSON で出力します。",
  "pd.download": "JSON をダウンロード",
} as const;

export const PERSONAL_DATA_MESSAGES_EN: Record<keyof typeof PERSONAL_DATA_MESSAGES_JA, string> = {
  "nav.personalData": "Personal data",
  "pd.title": "Purposes and retention of personal data",
  "pd.help":
    "Each kind of personal data has a purpose and a retention period. A daily run removes or anonymises what has passed its period; records a law requires kept (export-control records) stay until that period ends.",
  "pd.kind": "Kind",
  "pd.kind.people": "Partners' staff",
  "pd.kind.visitors": "Visitors",
  "pd.kind.desk_questions": "Questions to the desk",
  "pd.kind.coi_declarations": "COI declarations",
  "pd.purpose": "Purpose",
  "pd.months": "Retention (months)",
  "pd.action": "Afterwards",
  "pd.action.anonymise": "Anonymise",
  "pd.action.delete": "Delete",
  "pd.save": "Save",
  "pd.dryRun": "Count only (change nothing)",
  "pd.run": "Run now",
  "pd.runConfirm": "Remove or anonymise personal data past its period? This cannot be undone.",
  "pd.result":
    "{kind}: {checked} checked, {anonymised} anonymised, {deleted} deleted, {kept} kept ({legalHold} held by law)",
  "pd.mine": "Export my personal data",
  "pd.mineHelp": "Everything Renkei keeps about you, as JSON.",
  "pd.download": "Download JSON",
};
