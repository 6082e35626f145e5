import type { Permission } from "../access/permissions";
import type { Role } from "../shared/roles";

/**
 * A lab's standing export-control profile (issue 17 item 2; seed 000 §3-2): kept once, it pre-fills the
 * later 該非判定 and 取引審査 so the researcher does not re-type what the office already knows.
 */
export const MEMBER_RESIDENCIES = ["resident", "non_resident"] as const;
export type MemberResidency = (typeof MEMBER_RESIDENCIES)[number];

export interface LabTechnology {
  /** 外為令別表 item the technology falls under, or null when judged not listed. */
  listItem: string | null;
  clause: string | null;
  description: string;
}

export interface LabForeignMember {
  name: string;
  country: string;
  residency: MemberResidency;
  /** The member's 特定類型 status as last decided by the office (never self-declared here). */
  tokutei: boolean;
}

export interface LabProfileFacts {
  labName: string;
  fields: string[];
  technologies: LabTechnology[];
  foreignMembers: LabForeignMember[];
  version: number;
  confirmedVersion: number | null;
}

/**
 * Who reads a lab's profile, and so may start a new 該非判定 / 取引審査 form from it: its head; the
 * export-control office (which confirms profiles) and inspection read every lab (seed 000 §3-2).
 */
export interface LabProfileViewer {
  userId: string;
  role: Role;
  /** The caller's permissions (an API token's may be narrower than its role's). */
  can(permission: Permission): boolean;
}

export function readsEveryLabProfile(viewer: Pick<LabProfileViewer, "role" | "can">): boolean {
  return viewer.can("lab_profile.confirm") || viewer.role === "auditor";
}

export function canReadLabProfile(viewer: LabProfileViewer, headUserId: string): boolean {
  return viewer.userId === headUserId || readsEveryLabProfile(viewer);
}

/** Whether the office's confirmation covers the profile as it stands (an edit after it does not). */
export function profileConfirmed(p: Pick<LabProfileFacts, "version" | "confirmedVersion">): boolean {
  return p.confirmedVersion !== null && p.confirmedVersion === p.version;
}

function membersLine(members: LabForeignMember[]): string {
  if (members.length === 0) {
    return "外国籍メンバー: なし / Foreign members: none";
  }
  const nonResident = members.filter((m) => m.residency === "non_resident").length;
  const tokutei = members.filter((m) => m.tokutei).length;
  return `外国籍メンバー: ${members.length}名（非居住者 ${nonResident}名・特定類型 ${tokutei}名） / Foreign members: ${members.length} (${nonResident} non-resident, ${tokutei} specified type)`;
}

/** What a 該非判定 form starts from: the chosen technology of the lab. */
export function classificationPrefill(p: LabProfileFacts, technologyIndex = 0) {
  const tech = p.technologies[technologyIndex] ?? null;
  return {
    itemKind: "technology" as const,
    name: tech?.description.slice(0, 300) ?? "",
    description: [
      p.fields.length > 0 ? `${p.labName}（${p.fields.join("・")}）` : p.labName,
      tech?.description ?? "",
    ]
      .filter(Boolean)
      .join("\n"),
    listItem: tech?.listItem ?? null,
    listClause: tech?.clause ?? null,
  };
}

/**
 * What a 取引審査 form starts from: technology provision of the lab's listed technology, and a line on
 * the lab's foreign members (deemed export, seed 000 §2 みなし輸出) the officer reads with the facts.
 */
export function reviewPrefill(p: LabProfileFacts, technologyIndex = 0) {
  const tech = p.technologies[technologyIndex] ?? null;
  const lines = [
    `研究室 / Lab: ${p.labName}`,
    p.fields.length > 0 ? `分野 / Fields: ${p.fields.join("、")}` : "",
    tech ? `技術 / Technology: ${tech.description}` : "",
    membersLine(p.foreignMembers),
    profileConfirmed(p)
      ? ""
      : "（研究室プロファイルは輸出管理担当の確認前です / profile not yet confirmed by the office）",
  ].filter(Boolean);
  return {
    description: lines.join("\n"),
    facts: {
      activity: "technology_provision" as const,
      ...(tech?.listItem ? { item: { listItem: tech.listItem } } : {}),
    },
  };
}

/**
 * Everything a new 該非判定 or 取引審査 form starts from, per listed technology (at least one entry, so a
 * lab without listed technologies still pre-fills its name, fields and members). The desk's conversion
 * and the forms read this one mapping.
 */
export function labPrefill(p: LabProfileFacts) {
  const count = Math.max(1, p.technologies.length);
  return {
    labName: p.labName,
    confirmed: profileConfirmed(p),
    technologies: Array.from({ length: count }, (_, i) => ({
      description: p.technologies[i]?.description ?? "",
      classification: classificationPrefill(p, i),
      review: reviewPrefill(p, i),
    })),
  };
}
export type LabPrefill = ReturnType<typeof labPrefill>;
