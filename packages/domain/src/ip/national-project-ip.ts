import type { IsoDate } from "../shared/dates";
import type { Role } from "../shared/roles";
import type { DataAccessLevel, NpResultDecision } from "./ip-library-types";
import { type IpReason, ipReason } from "./ip-sources";
import { type SecrecyFacts, secrecyGate } from "./secrecy-check";

/**
 * A national project's IP records (seed 004 §4, G4, G9–G12): a publish / patent / keep-secret decision
 * per result, the data-management plan, and the important technologies the project handles.
 */

/** Seed 004 §4(1): the decision belongs to the IP office, never to the researcher who made the result. */
export const NP_RESULT_DECIDERS: readonly Role[] = ["legal_ip"];

export interface ResultDecisionInput {
  decision: NpResultDecision;
  reason: string;
  role: Role;
  /** The 非公開 facts of the linked invention, when the result is one; null when none is linked. */
  invention: SecrecyFacts | null;
  today: IsoDate;
}

/**
 * Why a decision on a result cannot be recorded (empty: it can). Publishing an invention goes through
 * the 特許出願非公開 check (J6) like any other publication; patenting needs the disclosure filed first,
 * so the docket and the Bayh-Dole report follow the invention.
 */
export function resultDecisionRefusals(input: ResultDecisionInput): IpReason[] {
  const out: IpReason[] = [];
  if (!NP_RESULT_DECIDERS.includes(input.role)) {
    out.push(
      ipReason(
        "NP-RESULT-ROLE",
        "seed004§4(1)",
        "成果の公表・権利化・秘匿の判断は知財担当が記録する",
        "The IP office records whether a result is published, patented or kept secret",
      ),
    );
  }
  if (input.reason.trim() === "") {
    out.push(
      ipReason(
        "NP-RESULT-REASON",
        "seed004§4(1)",
        "判断の理由を記入する",
        "Give the reason for the decision",
      ),
    );
  }
  if (input.decision === "patent" && input.invention === null) {
    out.push(
      ipReason(
        "NP-RESULT-PATENT-DISCLOSURE",
        "seed004§4(1)",
        "権利化するには、先に発明届を登録して成果に紐づける",
        "To patent a result, file its invention disclosure first and link it",
      ),
    );
  }
  if (input.decision === "publish" && input.invention !== null) {
    const gate = secrecyGate("publication", input.invention, input.today);
    out.push(...gate.reasons.filter(() => gate.outcome === "denied"));
  }
  return out;
}

export interface DataSetPlan {
  name: string;
  access: DataAccessLevel;
  /** Why it is open or closed (the guideline asks for the reasoning). */
  reason: string;
  /** Where open data is published; for shared / closed data, where it is kept. */
  repository: string;
  /** Who manages it (closed data is managed like sensitive technology). */
  manager: string;
}

export interface DataPlanCheck {
  refusals: IpReason[];
  warnings: IpReason[];
}

/**
 * Seed 004 §4(2) and the METI data-management guideline: each dataset is open, shared among the
 * participants or closed, with its reason; closed and shared data are managed like sensitive technology,
 * so they need a manager; open data needs the place it is published. Important technologies in the
 * project make open data a point to check (§4(4)).
 */
export function checkDataPlan(datasets: DataSetPlan[], importantTechTagged: boolean): DataPlanCheck {
  const refusals: IpReason[] = [];
  const warnings: IpReason[] = [];
  const names = new Set<string>();
  for (const d of datasets) {
    const key = d.name.trim();
    if (names.has(key)) {
      refusals.push(
        ipReason(
          "NP-DATA-DUP",
          "seed004§4(2)",
          `データ「${key}」が重複している`,
          `Dataset "${key}" is listed twice`,
        ),
      );
    }
    names.add(key);
    if (d.reason.trim() === "") {
      refusals.push(
        ipReason(
          "NP-DATA-REASON",
          "seed004§4(2)",
          `データ「${key}」のオープン・クローズの理由がない`,
          `Dataset "${key}" has no reason for being open or closed`,
        ),
      );
    }
    if (d.access !== "open" && d.manager.trim() === "") {
      refusals.push(
        ipReason(
          "NP-DATA-MANAGER",
          "seed004§4(2)",
          `非公開のデータ「${key}」の管理者が決まっていない（機微技術と同様に管理）`,
          `Non-public dataset "${key}" has no manager (managed like sensitive technology)`,
        ),
      );
    }
    if (d.access === "open" && d.repository.trim() === "") {
      warnings.push(
        ipReason(
          "NP-DATA-REPOSITORY",
          "seed004§4(2)",
          `オープンにするデータ「${key}」の公開先が未定`,
          `Where open dataset "${key}" is published is not yet set`,
        ),
      );
    }
    if (d.access === "open" && importantTechTagged) {
      warnings.push(
        ipReason(
          "NP-DATA-IMPORTANT-TECH",
          "seed004§4(4)",
          `重要技術を扱うプロジェクト: 公開するデータ「${key}」に重要技術の情報が含まれないか確認する`,
          `The project handles important technologies: check that open dataset "${key}" holds none of their information`,
        ),
      );
    }
  }
  return { refusals, warnings };
}

export interface TechListItem {
  code: string;
  labelJa: string;
  labelEn: string;
}

/** A new version of the important-technology list: codes unique and every item named in ja and en. */
export function techListRefusals(items: TechListItem[]): IpReason[] {
  const out: IpReason[] = [];
  const seen = new Set<string>();
  for (const i of items) {
    if (seen.has(i.code)) {
      out.push(
        ipReason(
          "NP-TECH-DUP",
          "seed004§4(4)",
          `重要技術の区分「${i.labelJa}」が重複している`,
          `Important technology "${i.labelEn}" is listed twice`,
        ),
      );
    }
    seen.add(i.code);
    if (i.labelJa.trim() === "" || i.labelEn.trim() === "") {
      out.push(
        ipReason(
          "NP-TECH-LABEL",
          "seed004§4(4)",
          "重要技術には日本語と英語の名称が必要",
          "Each important technology needs a Japanese and an English name",
        ),
      );
    }
  }
  return out;
}

/** Tags must come from the list version the project is tagged against. */
export function techTagRefusals(codes: string[], list: TechListItem[]): IpReason[] {
  const known = new Set(list.map((i) => i.code));
  const unknown = codes.filter((c) => !known.has(c));
  return unknown.length === 0
    ? []
    : [
        ipReason(
          "NP-TECH-UNKNOWN",
          "seed004§4(4)",
          `重要技術リストにない区分が指定された（${unknown.length} 件）`,
          `${unknown.length} tag(s) are not on the important-technology list`,
        ),
      ];
}
