/** Notifications and mail outbox (platform). */
export const NOTIFICATION_MESSAGES_JA = {
  "nav.notifications": "通知",
  "nav.outbox": "送信メール",
  "notifications.title": "通知",
  "notifications.help": "あなた宛ての通知です。同じ内容はメールでも送られます。",
  "notifications.bell": "通知（未読 {n} 件）",
  "notifications.empty": "通知はありません。",
  "notifications.markAllRead": "すべて既読にする",
  "notifications.unread": "未読",
  "outbox.title": "送信メール",
  "outbox.help":
    "システムが送信した（または送信待ちの）メールです。SMTP サーバーを設定していない場合は、ここと送信フォルダーに保存されます。",
  "outbox.to": "宛先",
  "outbox.subject": "件名",
  "outbox.createdAt": "作成日時",
  "outbox.status": "状態",
  "outbox.sent": "送信済み",
  "outbox.pending": "送信待ち",
  "outbox.failed": "送信失敗（{n} 回）",
  "outbox.empty": "メールはありません。",
} as const;

export const NOTIFICATION_MESSAGES_EN: Record<keyof typeof NOTIFICATION_MESSAGES_JA, string> = {
  "nav.notifications": "Notifications",
  "nav.outbox": "Sent mail",
  "notifications.title": "Notifications",
  "notifications.help": "Notices for you. The same notices are also sent by e-mail.",
  "notifications.bell": "Notifications ({n} unread)",
  "notifications.empty": "No notifications.",
  "notifications.markAllRead": "Mark all read",
  "notifications.unread": "Unread",
  "outbox.title": "Sent mail",
  "outbox.help":
    "Mail the system has sent or is about to send. Without an SMTP server it is kept here and in the outbox folder.",
  "outbox.to": "To",
  "outbox.subject": "Subject",
  "outbox.createdAt": "Created",
  "outbox.status": "Status",
  "outbox.sent": "Sent",
  "outbox.pending": "Waiting",
  "outbox.failed": "Failed ({n} {n:attempt|attempts})",
  "outbox.empty": "No mail.",
};
