/**
 * Texts of the shared form pieces (issue 11 item 6): pickers, the confirmation dialog, and the natural
 * wording of field problems that the server reports as keys (`validation.…`).
 */
export const UI_FORM_MESSAGES_JA = {
  "picker.country.placeholder": "国名で検索（日本語・英語・コード）",
  "picker.case.placeholder": "案件番号または件名で検索",
  "picker.partner.placeholder": "連携先名で検索",
  "picker.nothingFound": "見つかりません",
  "picker.typeToSearch": "1文字以上入力すると候補を表示します",
  "confirm.cancel": "キャンセル",
  "confirm.reason": "理由",
  "confirm.reasonHelp": "記録と履歴に残ります。",
  "validation.reason_required": "理由を入力してください。",
  "validation.choose_from_list": "一覧から選んでください。",
  "validation.choose_option": "選択肢から選んでください。",
  "validation.invalid": "入力内容を確認してください。",
  "validation.too_few": "少なくとも1件選んでください。",
  "validation.too_small": "値が小さすぎます。",
  "validation.too_big": "値が大きすぎます。",
  /** A problem named by its field, for summaries outside the field itself. */
  "validation.labelled": "「{label}」: {message}",
  "validation.required.labelled": "{label}を入力してください。",
} as const;

export const UI_FORM_MESSAGES_EN: Record<keyof typeof UI_FORM_MESSAGES_JA, string> = {
  "picker.country.placeholder": "Search by name (Japanese or English) or code",
  "picker.case.placeholder": "Search by case number or title",
  "picker.partner.placeholder": "Search by partner name",
  "picker.nothingFound": "Nothing found",
  "picker.typeToSearch": "Type at least one character to see matches",
  "confirm.cancel": "Cancel",
  "confirm.reason": "Reason",
  "confirm.reasonHelp": "Kept on the record and in its history.",
  "validation.reason_required": "Please give the reason.",
  "validation.choose_from_list": "Please choose one from the list.",
  "validation.choose_option": "Please choose one of the options.",
  "validation.invalid": "Please check this entry.",
  "validation.too_few": "Please choose at least one.",
  "validation.too_small": "This value is too small.",
  "validation.too_big": "This value is too large.",
  "validation.labelled": "{label}: {message}",
  "validation.required.labelled": "Please enter the {label}.",
};
