/** API tokens for external systems. */
export const API_TOKEN_MESSAGES_JA = {
  "apiTokens.title": "APIトークン",
  "apiTokens.help":
    "旅費・経費システムなど外部システムが出張のクリアランスを照会するためのトークンです。トークンは作成時に一度だけ表示されます。",
  "apiTokens.create": "トークンを作成",
  "apiTokens.name": "名前（用途）",
  "apiTokens.nameHelp": "例: 旅費システム",
  "apiTokens.permission": "権限",
  "apiTokens.perm.clearance.read": "出張クリアランスの照会",
  "apiTokens.createButton": "作成する",
  "apiTokens.createdTitle": "トークンを作成しました",
  "apiTokens.createdHelp": "このトークンは二度と表示されません。今すぐ外部システムに設定してください。",
  "apiTokens.copy": "コピー",
  "apiTokens.copied": "コピーしました",
  "apiTokens.prefix": "先頭",
  "apiTokens.createdAt": "作成",
  "apiTokens.lastUsedAt": "最終利用",
  "apiTokens.neverUsed": "未使用",
  "apiTokens.revoke": "失効させる",
  "apiTokens.revokedAt": "失効 {date}",
} as const;

export const API_TOKEN_MESSAGES_EN: Record<keyof typeof API_TOKEN_MESSAGES_JA, string> = {
  "apiTokens.title": "API tokens",
  "apiTokens.help":
    "Tokens for external systems, e.g. a travel / expense system checking trip clearances. A token is shown once, when it is created.",
  "apiTokens.create": "Create a token",
  "apiTokens.name": "Name (what it is for)",
  "apiTokens.nameHelp": "e.g. Travel system",
  "apiTokens.permission": "Permission",
  "apiTokens.perm.clearance.read": "Read trip clearances",
  "apiTokens.createButton": "Create",
  "apiTokens.createdTitle": "Token created",
  "apiTokens.createdHelp": "It will not be shown again. Configure it in the external system now.",
  "apiTokens.copy": "Copy",
  "apiTokens.copied": "Copied",
  "apiTokens.prefix": "Starts with",
  "apiTokens.createdAt": "Created",
  "apiTokens.lastUsedAt": "Last used",
  "apiTokens.neverUsed": "Never",
  "apiTokens.revoke": "Revoke",
  "apiTokens.revokedAt": "Revoked {date}",
};
