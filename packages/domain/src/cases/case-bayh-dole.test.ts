import { describe, expect, it } from "vitest";
import { readyCase, TODAY, terms } from "./case-fixtures";
import type { CaseBayhDole } from "./case-schemas";
import { contractGate } from "./contract-gate";

const bgInvention = { inventionId: "inv-1", title: "電極材料" };
const rec = (kind: "prior_approval" | "licensee_notice", role: "legal_ip" | "researcher" = "legal_ip") => ({
  kind,
  on: "2026-11-01",
  recordedByRole: role,
});
const exclusiveResults = terms({
  results: {
    ownership: "joint",
    assignmentToPartner: false,
    exclusiveLicenceToPartner: true,
    ipCostsAllocated: true,
  },
});
const governmentFunding = [
  {
    fundingId: "f1",
    kind: "government_commissioned" as const,
    funder: "NEDO",
    bayhDole: true,
    restrictsForeignCollaboration: false,
  },
];

const rules = (bayhDole: CaseBayhDole, extra = {}) =>
  contractGate(readyCase({ bayhDole, ...extra }), TODAY)
    .reasons.map((r) => r.ruleId)
    .filter((id) => id.includes("BD") || id.includes("bayh"));

describe("the case's contract gate reads legal/IP's Bayh-Dole records (X3)", () => {
  it.each<[string, CaseBayhDole, Record<string, unknown>, string[]]>([
    ["no Bayh-Dole IP involved", { records: [], backgroundInventions: [] }, {}, []],
    [
      "background Bayh-Dole invention without records",
      { records: [], backgroundInventions: [bgInvention] },
      {},
      ["IP-BD-APPROVAL-JOINT", "IP-BD-NOTICE-JOINT"],
    ],
    [
      "records the PI made do not count",
      {
        records: [rec("prior_approval", "researcher"), rec("licensee_notice", "researcher")],
        backgroundInventions: [bgInvention],
      },
      {},
      ["IP-BD-APPROVAL-JOINT", "IP-BD-NOTICE-JOINT"],
    ],
    [
      "approval and notice recorded by legal/IP",
      { records: [rec("prior_approval"), rec("licensee_notice")], backgroundInventions: [bgInvention] },
      {},
      [],
    ],
    [
      "exclusive licence of Bayh-Dole results without a recorded approval",
      { records: [], backgroundInventions: [] },
      { funding: governmentFunding, contractTerms: exclusiveResults },
      ["CT-RF-bayh_dole_transfer_without_approval"],
    ],
    [
      "… with legal/IP's recorded approval",
      { records: [rec("prior_approval")], backgroundInventions: [] },
      { funding: governmentFunding, contractTerms: exclusiveResults },
      [],
    ],
  ])("%s", (_n, bayhDole, extra, expected) => {
    expect(rules(bayhDole, extra)).toEqual(expected);
  });
});
