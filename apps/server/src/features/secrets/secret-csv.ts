/** The register CSV's columns in each reader's language (issue 11 item 5). */
export const SECRET_CSV_HEADER = {
  ja: [
    "件名",
    "区分",
    "由来",
    "方向",
    "相手方",
    "案件",
    "責任者",
    "保管",
    "保管場所",
    "秘密保持期限",
    "状態",
  ],
  en: [
    "Title",
    "Level",
    "Origin",
    "Direction",
    "Partner",
    "Case",
    "Responsible",
    "Storage",
    "Location",
    "Secret until",
    "Status",
  ],
} satisfies Record<"ja" | "en", string[]>;
