/** Written policies (issue 17 item 3). */
export const POLICY_MESSAGES_JA = {
  "nav.policies": "規程",
  "policies.title": "規程（国際連携・秘密情報・利益相反）",
  "policies.help":
    "機関の規程を版ごとに施行日とともに保管します。判断の画面には、その判断の日に施行されていた版が表示されます。",
  "policies.kind.international_collaboration": "国際産学連携ポリシー",
  "policies.kind.confidential_information": "秘密情報管理規程",
  "policies.kind.coi": "利益相反マネジメントポリシー",
  "policies.none": "まだ登録されていません。",
  "policies.version": "第{n}版",
  "policies.effective": "{date} 施行",
  "policies.applied": "適用規程: {title} 第{n}版（{date} 施行）",
  "policies.add": "新しい版を登録",
  "policies.titleJa": "名称（日本語）",
  "policies.titleEn": "名称（英語）",
  "policies.effectiveFrom": "施行日",
  "policies.body": "本文",
  "policies.changeNote": "改正の概要",
  "policies.save": "登録",
  "policies.saveConfirm": "この版を登録します。登録した版は変更できません。よろしいですか。",
} as const;

export const POLICY_MESSAGES_EN: Record<keyof typeof POLICY_MESSAGES_JA, string> = {
  "nav.policies": "Policies",
  "policies.title": "Policies (international collaboration, confidential information, COI)",
  "policies.help":
    "The institution's policies, kept version by version with their effective dates. Each decision shows the version in force on its date.",
  "policies.kind.international_collaboration": "International collaboration policy",
  "policies.kind.confidential_information": "Confidential-information rules",
  "policies.kind.coi": "Conflict-of-interest policy",
  "policies.none": "None yet.",
  "policies.version": "version {n}",
  "policies.effective": "in force from {date}",
  "policies.applied": "Applied policy: {title}, version {n} (in force from {date})",
  "policies.add": "Add a version",
  "policies.titleJa": "Title (Japanese)",
  "policies.titleEn": "Title (English)",
  "policies.effectiveFrom": "In force from",
  "policies.body": "Text",
  "policies.changeNote": "What changed",
  "policies.save": "Add",
  "policies.saveConfirm": "Add this version? A version cannot be changed once added.",
};
