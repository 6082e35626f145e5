/** Audit actions of issue 15 (export control and screening reach every person and party). */
export const EC_REACH_AUDIT_ACTIONS = {
  "case.export_review_reconfirmed": {
    ja: "取引審査の再確認（案件変更後）",
    en: "Transaction review reconfirmed after a case change",
  },
  "screening.list_kind_set": { ja: "リスト種別の設定", en: "List kind set" },
  "party_screening.screened": { ja: "面会先・受入者のリスト照合", en: "Counterparts / visitor screened" },
  "party_screening.decided": { ja: "面会先・受入者の該当判定", en: "Counterpart / visitor match decided" },
  "ownership.edge_added": { ja: "資本・支配関係の登録", en: "Ownership / control edge added" },
  "ownership.edge_withdrawn": { ja: "資本・支配関係の取消", en: "Ownership / control edge withdrawn" },
  "ownership.edges_imported": { ja: "資本・支配関係の取込", en: "Ownership / control edges imported" },
  "screening.list_source_saved": { ja: "リスト取得元の設定", en: "List source saved" },
  "screening.list_fetched": { ja: "リストの定期取得", en: "List fetched" },
  "screening.list_fetch_failed": { ja: "リストの定期取得の失敗", en: "List fetch failed" },
  "ec_appointment.appointed": { ja: "責任者の任命", en: "Officer appointed" },
  "ec_appointment.ended": { ja: "責任者の任期終了", en: "Appointment ended" },
  "self_audit.saved": { ja: "自己監査チェックリストの記録", en: "Self-audit checklist saved" },
  "self_audit.completed": { ja: "自己監査の完了", en: "Self-audit completed" },
  "travel_payments.imported": { ja: "旅費支払データの取込", en: "Travel payments imported" },
} as const satisfies Record<string, { ja: string; en: string }>;
