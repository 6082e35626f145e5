import { z } from "zod";
import {
  type Bilingual,
  PLEDGE_REQUIREMENTS,
  type PledgeRequirement,
  type SecretLevel,
} from "./secret-types";

/**
 * The institution's classification scheme (issue 12 item 1, seed-coverage H1). Defaults follow seed 003
 * (名古屋大学・三重大学: 秘 / 厳秘 / 機密) and seed 002 第3章 (handling of each level: access, storage,
 * copying, printing, taking out, external services, disposal). Names and rules are per institution.
 */

/** How far a level reaches: the whole institution, the people on the case, or only the access list. */
export const SECRET_REACHES = ["institution", "case", "access_list"] as const;
export type SecretReach = (typeof SECRET_REACHES)[number];

/** A handling step: free, only with the responsible person's approval, or never. */
export const HANDLING_RULES = ["allowed", "approval", "forbidden"] as const;
export type HandlingRule = (typeof HANDLING_RULES)[number];

/** What a download gives: the file, the file stamped on every page, or a view in the browser only. */
export const DOWNLOAD_MODES = ["file", "stamped", "view_only"] as const;
export type DownloadMode = (typeof DOWNLOAD_MODES)[number];

/** The student rule of a level (seed 003 名古屋大学 学生の取扱; Shizuoka likewise). */
export const STUDENT_RULES = ["allowed", "contract_or_permission", "never"] as const;
export type StudentRule = (typeof STUDENT_RULES)[number];

const ZBilingual = z.object({ ja: z.string().trim().min(1).max(200), en: z.string().trim().min(1).max(200) });
const ZNote = z.object({ ja: z.string().max(500), en: z.string().max(500) });

export const ZLevelRule = z.object({
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  name: ZBilingual,
  reach: z.enum(SECRET_REACHES),
  copying: z.enum(HANDLING_RULES),
  printing: z.enum(HANDLING_RULES),
  takingOut: z.enum(HANDLING_RULES),
  /** Sending to external services, generative AI included (seed 002 第3章; research-security J11). */
  externalServices: z.enum(HANDLING_RULES),
  download: z.enum(DOWNLOAD_MODES),
  student: z.enum(STUDENT_RULES),
  storage: ZNote,
  disposal: ZNote,
});
export type LevelRule = z.infer<typeof ZLevelRule>;

export const ZSecretScheme = z
  .object({
    levels: z.array(ZLevelRule).length(4),
    pledgeRequirement: z.enum(PLEDGE_REQUIREMENTS),
  })
  .refine((s) => s.levels.every((l, i) => l.level === i), {
    message: "levels must be 0, 1, 2, 3 in order",
    path: ["levels"],
  })
  .refine(
    (s) =>
      s.levels.every(
        (l, i) => i === 0 || l.reach !== "institution" || s.levels[i - 1]!.reach === "institution",
      ),
    {
      message: "a higher level cannot reach further than a lower one",
      path: ["levels"],
    },
  );
export type SecretScheme = z.infer<typeof ZSecretScheme>;

export const DEFAULT_SECRET_SCHEME: SecretScheme = {
  pledgeRequirement: "always",
  levels: [
    {
      level: 0,
      name: { ja: "公開", en: "Public" },
      reach: "institution",
      copying: "allowed",
      printing: "allowed",
      takingOut: "allowed",
      externalServices: "allowed",
      download: "file",
      student: "allowed",
      storage: { ja: "制限なし", en: "No restriction" },
      disposal: { ja: "通常の廃棄", en: "Ordinary disposal" },
    },
    {
      level: 1,
      name: { ja: "秘", en: "Confidential" },
      reach: "case",
      copying: "approval",
      printing: "allowed",
      takingOut: "approval",
      externalServices: "forbidden",
      download: "stamped",
      student: "contract_or_permission",
      storage: {
        ja: "施錠できる場所・アクセス制限のあるフォルダ",
        en: "Locked place or access-controlled folder",
      },
      disposal: { ja: "シュレッダー・データ消去", en: "Shred or wipe" },
    },
    {
      level: 2,
      name: { ja: "厳秘", en: "Strictly confidential" },
      reach: "access_list",
      copying: "forbidden",
      printing: "approval",
      takingOut: "forbidden",
      externalServices: "forbidden",
      download: "view_only",
      student: "never",
      storage: {
        ja: "施錠保管・閲覧者を限定したシステム",
        en: "Locked storage, system limited to named readers",
      },
      disposal: { ja: "廃棄証明を残して廃棄", en: "Destroy with a certificate" },
    },
    {
      level: 3,
      name: { ja: "機密", en: "Top secret" },
      reach: "access_list",
      copying: "forbidden",
      printing: "forbidden",
      takingOut: "forbidden",
      externalServices: "forbidden",
      download: "view_only",
      student: "never",
      storage: { ja: "専用の施錠保管庫・隔離された環境", en: "Dedicated locked store, isolated environment" },
      disposal: {
        ja: "責任者立会いのもと廃棄し証明を残す",
        en: "Destroy in the officer's presence, with a certificate",
      },
    },
  ],
};

export function levelRule(scheme: SecretScheme, level: SecretLevel): LevelRule {
  return scheme.levels[level]!;
}

export function levelName(scheme: SecretScheme, level: SecretLevel): Bilingual {
  return levelRule(scheme, level).name;
}

/**
 * Whether a student must sign the pledge before working on a case (issue 12 item 8; X7): the
 * institution decides: always, only when a partner asked for it, or not for students employed by the
 * institution (their employment contract already binds them, seed 003 名古屋大学).
 */
export function pledgeRequired(
  requirement: PledgeRequirement,
  student: { employed: boolean; partnerRequiresPledge: boolean },
): boolean {
  switch (requirement) {
    case "always":
      return true;
    case "when_partner_asks":
      return student.partnerRequiresPledge;
    case "not_for_employed":
      return !student.employed;
  }
}
