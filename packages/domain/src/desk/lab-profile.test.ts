import { describe, expect, it } from "vitest";
import { hasPermission } from "../access/permissions";
import { ROLES, type Role } from "../shared/roles";
import {
  canReadLabProfile,
  classificationPrefill,
  type LabProfileFacts,
  labPrefill,
  profileConfirmed,
  readsEveryLabProfile,
  reviewPrefill,
} from "./lab-profile";

const lab: LabProfileFacts = {
  labName: "材料工学研究室",
  fields: ["複合材料", "航空宇宙"],
  technologies: [
    { listItem: "4", clause: "4(3)", description: "炭素繊維複合材の成形技術" },
    { listItem: null, clause: null, description: "一般的な材料試験" },
  ],
  foreignMembers: [
    { name: "A", country: "CN", residency: "resident", tokutei: true },
    { name: "B", country: "US", residency: "non_resident", tokutei: false },
  ],
  version: 3,
  confirmedVersion: 3,
};

describe("lab profile pre-fill (seed 000 §3-2)", () => {
  it("starts a 該非判定 from the chosen listed technology", () => {
    expect(classificationPrefill(lab)).toMatchObject({
      itemKind: "technology",
      listItem: "4",
      listClause: "4(3)",
    });
    expect(classificationPrefill(lab, 1).listItem).toBeNull();
  });

  it("starts a 取引審査 as technology provision of the listed item and counts the foreign members", () => {
    const r = reviewPrefill(lab);
    expect(r.facts).toEqual({ activity: "technology_provision", item: { listItem: "4" } });
    expect(r.description).toContain("外国籍メンバー: 2名（非居住者 1名・特定類型 1名）");
    expect(r.description).not.toContain("確認前");
  });

  it("leaves the item open when the technology is not listed, and says an edited profile is unconfirmed", () => {
    const r = reviewPrefill({ ...lab, version: 4 }, 1);
    expect(r.facts).toEqual({ activity: "technology_provision" });
    expect(r.description).toContain("確認前");
  });

  it("treats a confirmation of an older version as no confirmation", () => {
    expect(profileConfirmed({ version: 2, confirmedVersion: 1 })).toBe(false);
    expect(profileConfirmed({ version: 2, confirmedVersion: null })).toBe(false);
    expect(profileConfirmed({ version: 2, confirmedVersion: 2 })).toBe(true);
  });

  it("pre-fills one entry per listed technology, and one for a lab without any", () => {
    const all = labPrefill(lab);
    expect(all.confirmed).toBe(true);
    expect(all.technologies.map((x) => x.description)).toEqual([
      "炭素繊維複合材の成形技術",
      "一般的な材料試験",
    ]);
    expect(all.technologies[1]?.classification).toEqual(classificationPrefill(lab, 1));
    expect(all.technologies[0]?.review).toEqual(reviewPrefill(lab, 0));
    const bare = labPrefill({ ...lab, technologies: [], confirmedVersion: null });
    expect(bare.confirmed).toBe(false);
    expect(bare.technologies).toHaveLength(1);
    expect(bare.technologies[0]?.classification).toMatchObject({ name: "", listItem: null });
    expect(bare.technologies[0]?.review.description).toContain("材料工学研究室");
    expect(bare.technologies[0]?.review.facts).toEqual({ activity: "technology_provision" });
    expect(labPrefill({ ...lab, fields: [] }).technologies[0]?.classification.description).toBe(
      "材料工学研究室\n炭素繊維複合材の成形技術",
    );
    expect(labPrefill(lab).technologies[0]?.classification.description).toContain(
      "材料工学研究室（複合材料・航空宇宙）",
    );
  });
});

describe("who reads a lab's profile, and so starts a form from it (seed 000 §3-2)", () => {
  const every: Role[] = ["export_control_officer", "auditor"];
  it.each(ROLES.map((role) => [role, every.includes(role)] as const))(
    "%s reads every lab: %s",
    (role, all) => {
      const can = (p: Parameters<typeof hasPermission>[1]) => hasPermission(role, p);
      expect(readsEveryLabProfile({ role, can })).toBe(all);
      expect(canReadLabProfile({ userId: "u1", role, can }, "head")).toBe(all);
      // Every head reads their own lab, whatever the role.
      expect(canReadLabProfile({ userId: "head", role, can }, "head")).toBe(true);
    },
  );
});
