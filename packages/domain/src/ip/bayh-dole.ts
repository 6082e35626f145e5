import { addDays, addMonths, compareDates, type IsoDate } from "../shared/dates";
import type { Role } from "../shared/roles";
import { type IpReason, ipReason } from "./ip-sources";
import type { AgreementKind, BayhDoleRecordKind } from "./ip-types";

/**
 * Japanese Bayh-Dole (産業技術力強化法第17条; seed 001 §II.3.1 表5): IP from government-commissioned R&D
 * belongs to the institution only while it keeps four promises — (i) report results to the state,
 * (ii) license the state free of charge on request, (iii) license unused IP to a third party on the
 * state's request, (iv) get the state's prior approval before a transfer or the grant of rights. The seed
 * adds: licensing such IP or bringing it into a joint research needs notice to the counterparty and the
 * state's (or funder's) prior approval. Each obligation is met only by a record legal/IP made, with its
 * evidence and date — never by a flag the researcher sets.
 */

/** The one role whose records count: the decision belongs to the IP office, not to the PI. */
export const BAYH_DOLE_RECORDER: Role = "legal_ip";

export interface BayhDoleRecord {
  kind: BayhDoleRecordKind;
  /** The agreement or case the record is about; null for the invention as a whole. */
  subjectId: string | null;
  /** Date of the act (report sent, approval received, notice given). */
  on: IsoDate;
  recordedByRole: Role;
}

export interface BayhDoleAgreement {
  id: string;
  kind: AgreementKind;
  optionGrantsExclusive: boolean;
  /** Signed (or proposed) on; prior approval must be dated on or before it. */
  signedOn: IsoDate | null;
}

export interface BayhDoleFacts {
  bayhDole: boolean;
  /** First filing of the invention: the result the state must hear about (表5 i). */
  firstFiledOn: IsoDate | null;
  agreements: BayhDoleAgreement[];
  /** Collaboration cases into which the invention is brought as background IP. */
  jointResearchCaseIds: string[];
  records: BayhDoleRecord[];
}

export interface BayhDolePolicy {
  /** Days after filing within which the commissioning contract asks for the report (typically 60). */
  reportWithinDays: number;
  /** Years without any licence after which the state may ask to license the IP (表5 iii). */
  unusedAfterYears: number;
}

export const DEFAULT_BAYH_DOLE_POLICY: BayhDolePolicy = { reportWithinDays: 60, unusedAfterYears: 3 };

export interface BayhDoleObligation {
  kind: BayhDoleRecordKind;
  subjectId: string | null;
  dueOn: IsoDate | null;
  status: "open" | "overdue" | "fulfilled";
  /** Blocks signing the agreement / the case's contract until fulfilled. */
  blocking: boolean;
  reasons: IpReason[];
}

function met(
  facts: BayhDoleFacts,
  kind: BayhDoleRecordKind,
  subjectId: string | null,
  notAfter: IsoDate | null,
): BayhDoleRecord | undefined {
  return facts.records.find(
    (r) =>
      r.kind === kind &&
      r.subjectId === subjectId &&
      r.recordedByRole === BAYH_DOLE_RECORDER &&
      (notAfter === null || compareDates(r.on, notAfter) <= 0),
  );
}

function obligation(
  facts: BayhDoleFacts,
  kind: BayhDoleRecordKind,
  subjectId: string | null,
  today: IsoDate,
  opts: { dueOn?: IsoDate | null; blocking?: boolean; notAfter?: IsoDate | null; reason: IpReason },
): BayhDoleObligation {
  const dueOn = opts.dueOn ?? null;
  const fulfilled = met(facts, kind, subjectId, opts.notAfter ?? null) !== undefined;
  const overdue = !fulfilled && dueOn !== null && compareDates(today, dueOn) > 0;
  return {
    kind,
    subjectId,
    dueOn,
    status: fulfilled ? "fulfilled" : overdue ? "overdue" : "open",
    blocking: opts.blocking ?? false,
    reasons: [opts.reason],
  };
}

const transfers = (a: BayhDoleAgreement) =>
  a.kind === "assignment" ||
  a.kind === "exclusive_licence" ||
  (a.kind === "option" && a.optionGrantsExclusive);

/** Every Bayh-Dole obligation the facts trigger, with its state today. Empty when Bayh-Dole does not apply. */
export function bayhDoleObligations(
  facts: BayhDoleFacts,
  today: IsoDate,
  policy = DEFAULT_BAYH_DOLE_POLICY,
): BayhDoleObligation[] {
  if (!facts.bayhDole) {
    return [];
  }
  const out: BayhDoleObligation[] = [];
  if (facts.firstFiledOn !== null) {
    const dueOn = addDays(facts.firstFiledOn, policy.reportWithinDays);
    out.push(
      obligation(facts, "results_report", null, today, {
        dueOn,
        reason: ipReason(
          "IP-BD-REPORT",
          "seed001§II.3.1",
          `研究成果（${facts.firstFiledOn} 出願）を ${dueOn} までに国へ報告（表5 i）`,
          `Report the result (filed ${facts.firstFiledOn}) to the state by ${dueOn} (Table 5 i)`,
        ),
      }),
    );
  }
  for (const a of facts.agreements) {
    const strong = transfers(a);
    out.push(
      obligation(facts, "prior_approval", a.id, today, {
        blocking: true,
        notAfter: a.signedOn,
        reason: strong
          ? ipReason(
              "IP-BD-APPROVAL-TRANSFER",
              "itsa§17",
              "移転・独占的な権利の設定には国の事前承認が必要（表5 iv）",
              "A transfer or exclusive right needs the state's prior approval (Table 5 iv)",
            )
          : ipReason(
              "IP-BD-APPROVAL-LICENCE",
              "seed001§II.3.1",
              "バイ・ドール対象の知財の実施許諾には予め国又は資金配分機関の承認が必要",
              "Licensing Bayh-Dole IP needs the prior approval of the state or the funder",
            ),
      }),
      obligation(facts, "licensee_notice", a.id, today, {
        blocking: true,
        notAfter: a.signedOn,
        reason: ipReason(
          "IP-BD-NOTICE",
          "seed001§II.3.1",
          "相手方にバイ・ドール対象の知財であること（国の権利）を事前に通知",
          "Tell the counterparty beforehand that the IP is subject to the state's Bayh-Dole rights",
        ),
      }),
    );
  }
  for (const caseId of facts.jointResearchCaseIds) {
    out.push(
      obligation(facts, "prior_approval", caseId, today, {
        blocking: true,
        reason: ipReason(
          "IP-BD-APPROVAL-JOINT",
          "seed001§II.3.1",
          "共同研究に提供する特許等にバイ・ドール対象の知財を含む: 予め国又は資金配分機関の承認が必要",
          "Bayh-Dole IP brought into a joint research needs the prior approval of the state or the funder",
        ),
      }),
      obligation(facts, "licensee_notice", caseId, today, {
        blocking: true,
        reason: ipReason(
          "IP-BD-NOTICE-JOINT",
          "seed001§II.3.1",
          "共同研究の相手方にバイ・ドール対象の知財であることを事前に通知",
          "Tell the joint-research partner beforehand that the IP is Bayh-Dole IP",
        ),
      }),
    );
  }
  out.push(...stateRequests(facts, today));
  return out;
}

/** Obligations the state's requests open (表5 ii and iii): answered by the licence granted. */
function stateRequests(facts: BayhDoleFacts, today: IsoDate): BayhDoleObligation[] {
  const out: BayhDoleObligation[] = [];
  const legal = facts.records.filter((r) => r.recordedByRole === BAYH_DOLE_RECORDER);
  for (const req of legal.filter((r) => r.kind === "state_licence_request")) {
    out.push(
      obligation(facts, "free_licence_to_state", req.subjectId, today, {
        reason: ipReason(
          "IP-BD-STATE-LICENCE",
          "seed001§II.3.1",
          `国が公共の利益のため求めた（${req.on}）: 無償で国に実施許諾する（表5 ii）`,
          `The state asked on ${req.on} in the public interest: license it free of charge (Table 5 ii)`,
        ),
      }),
    );
  }
  for (const req of legal.filter((r) => r.kind === "unused_licence_request")) {
    out.push(
      obligation(facts, "unused_licence_granted", req.subjectId, today, {
        reason: ipReason(
          "IP-BD-UNUSED-LICENCE",
          "seed001§II.3.1",
          `相当期間利用していない知財について国が要請（${req.on}）: 第三者に実施許諾する（表5 iii）`,
          `The state asked on ${req.on} to license unused IP to a third party (Table 5 iii)`,
        ),
      }),
    );
  }
  return out;
}

/** Notes that change no outcome: the IP has been unused long enough for the state to ask (表5 iii). */
export function bayhDoleNotes(
  facts: BayhDoleFacts,
  today: IsoDate,
  policy = DEFAULT_BAYH_DOLE_POLICY,
): IpReason[] {
  if (!facts.bayhDole || facts.firstFiledOn === null || facts.agreements.some((a) => a.signedOn !== null)) {
    return [];
  }
  const since = addMonths(facts.firstFiledOn, policy.unusedAfterYears * 12);
  return compareDates(today, since) >= 0
    ? [
        ipReason(
          "IP-BD-UNUSED",
          "seed001§II.3.1",
          `出願から${policy.unusedAfterYears}年以上実施許諾がない: 国から第三者への許諾を求められることがある`,
          `No licence ${policy.unusedAfterYears}+ years after filing: the state may ask to license it to a third party`,
        ),
      ]
    : [];
}

/** Reasons an agreement or a case may not be signed yet: its blocking Bayh-Dole obligations still open. */
export function bayhDoleBlockers(obligations: BayhDoleObligation[], subjectId: string): IpReason[] {
  return obligations
    .filter((o) => o.subjectId === subjectId && o.blocking && o.status !== "fulfilled")
    .flatMap((o) => o.reasons);
}
