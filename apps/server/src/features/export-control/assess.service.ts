import {
  assessExportControl,
  coiReason,
  DomainError,
  type EulLookup,
  type ExportControlFacts,
  type ExportControlResult,
  isDomainError,
  parseExportControlFacts,
  type Reason,
  withProfileTokutei,
} from "@renkei/domain";
import type { Deps } from "../../deps";
import { profileRecordOf } from "../coi/coi-profile-facts";
import { defaultEndUserLookup, type EndUserLookup, endUserLookupNotWired } from "./end-user-lookup";

/** The screening match behind End User List categories filled in by the service (kept with the result). */
export interface EndUserScreening {
  screened: boolean;
  list: string | null;
  listVersion: string | null;
  sourceId: string | null;
  matchedName: string | null;
  score: number | null;
}

export interface Assessment {
  facts: ExportControlFacts;
  result: ExportControlResult & { endUserScreening?: EndUserScreening };
}

/** Zod issue paths (arrays) become "recipient.entryDate" so the CLI and the web can name the field. */
function withFieldPaths(err: DomainError): DomainError {
  const issues = (err.details?.issues ?? []) as { path?: PropertyKey[] | string; message: string }[];
  return new DomainError(err.code, err.message, {
    issues: issues.map((i) => ({
      path: Array.isArray(i.path) ? i.path.map(String).join(".") : (i.path ?? ""),
      message: i.message,
    })),
  });
}

/** Parses assess input; a bad field throws VALIDATION_FAILED with `details.issues[].path` = the field path. */
export function parseFacts(input: unknown): ExportControlFacts {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new DomainError("VALIDATION_FAILED", "The input must be one JSON object of facts", {
      issues: [{ path: "", message: "expected a JSON object" }],
    });
  }
  try {
    return parseExportControlFacts(input);
  } catch (err) {
    throw isDomainError(err) && err.code === "VALIDATION_FAILED" ? withFieldPaths(err) : err;
  }
}

/**
 * Runs the engine for one institution (issue 4 assessment interface). When the end user is named but its
 * 外国ユーザーリスト categories are not given, they are filled from screening and the reasons say so
 * (EUL-SCREENING with the matched name, list version and score); without a wired screening the end user
 * is reported as not screened.
 */
export function createAssessService(deps: Deps, lookup: EndUserLookup = defaultEndUserLookup) {
  async function screenEndUser(institutionId: string, facts: ExportControlFacts) {
    const endUser = facts.endUser;
    const name = endUser?.name?.trim();
    if (!endUser || !name || endUser.eulCategories !== undefined || lookup === endUserLookupNotWired) {
      return { eulLookup: undefined, screening: undefined };
    }
    const hit = await lookup(deps, institutionId, name, endUser.country ?? null);
    if (!hit) {
      const screening: EndUserScreening = {
        screened: true,
        list: null,
        listVersion: null,
        sourceId: null,
        matchedName: null,
        score: null,
      };
      return { eulLookup: null, screening };
    }
    const eulLookup: EulLookup = {
      categories: hit.categories,
      listVersion: hit.listVersion,
      matchedName: hit.matchedName,
    };
    return { eulLookup, screening: { screened: true, ...hit } satisfies EndUserScreening };
  }

  /**
   * A recipient named as a researcher of the institution (`recipient.profileUserId`): 特定類型② is read
   * from their COI profile, not from the declared share (issue 13 J4). Another institution's user is 400.
   */
  async function withProfile(institutionId: string, facts: ExportControlFacts) {
    const userId = facts.recipient?.profileUserId;
    if (!facts.recipient || !userId) {
      return { engineFacts: facts, profileReasons: [] as Reason[] };
    }
    const record = await profileRecordOf(deps.db, institutionId, userId);
    if (record === undefined) {
      throw new DomainError("VALIDATION_FAILED", "Unknown researcher", {
        issues: [{ path: "recipient.profileUserId", message: "validation.unknown_user" }],
      });
    }
    if (record === null) {
      return { engineFacts: facts, profileReasons: [coiReason("COI-TK2-NO-PROFILE")] };
    }
    const w = withProfileTokutei(facts.recipient, record, facts.asOf ?? deps.clock.today());
    return { engineFacts: { ...facts, recipient: w.recipient }, profileReasons: w.reasons };
  }

  return {
    async assess(institutionId: string, input: unknown, asOf?: string | null): Promise<Assessment> {
      const parsed = parseFacts(input);
      const facts = asOf ? parseFacts({ ...parsed, asOf }) : parsed;
      const { eulLookup, screening } = await screenEndUser(institutionId, facts);
      const { engineFacts, profileReasons } = await withProfile(institutionId, facts);
      const assessed = assessExportControl(engineFacts, {
        today: deps.clock.today(),
        ...(eulLookup !== undefined ? { eulLookup } : {}),
      });
      const result = { ...assessed, reasons: [...profileReasons, ...assessed.reasons] };
      if (screening?.sourceId) {
        for (const r of result.reasons) {
          if (r.ruleId === "EUL-SCREENING") {
            r.text = {
              ...r.text,
              en: `${r.text.en} (list entry ${screening.sourceId}, score ${screening.score})`,
            };
          }
        }
      }
      return { facts, result: screening ? { ...result, endUserScreening: screening } : result };
    },
  };
}

export type AssessService = ReturnType<typeof createAssessService>;
