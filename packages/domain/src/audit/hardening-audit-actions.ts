/**
 * Audit actions added by the hardening issue (issue 10): reads and outbound calls that an auditor must be
 * able to trace — who downloaded an evidence file, who made the server call a receiver.
 */
export const HARDENING_AUDIT_ACTIONS = {
  "export.evidence.downloaded": { ja: "根拠資料のダウンロード", en: "Evidence downloaded" },
  "webhook.pinged": { ja: "Webhookのテスト送信", en: "Webhook test sent" },
} as const satisfies Record<string, { ja: string; en: string }>;
