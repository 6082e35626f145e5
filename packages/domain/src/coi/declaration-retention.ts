import type { RetentionSubject } from "../personal-data/retention-rules";
import { addMonths, type IsoDate } from "../shared/dates";
import type { DeclarationState } from "./coi-schemas";

/**
 * COI declarations under the retention rules (issue 17 item 7; issue 13 §3 "approved declarations
 * archived unchanged"). An approved declaration is the committee's record: it is kept whole for at
 * least `COI_ARCHIVE_MONTHS` after its validity ends — the database refuses any change before that —
 * and then its content (self-check, interests) is erased under the institution's rule. A declaration
 * under review or with a management plan in force is in use; an abandoned draft runs from its last save.
 */
export const COI_ARCHIVE_MONTHS = 60;

export interface DeclarationRetentionFacts {
  status: DeclarationState;
  validUntil: IsoDate | null;
  lastSavedOn: IsoDate;
  activePlan: boolean;
  alreadyErased: boolean;
}

export function declarationRetentionSubject(d: DeclarationRetentionFacts): RetentionSubject {
  const archived = d.status === "approved" || d.status === "expired";
  return {
    referenceDate: archived ? d.validUntil : d.lastSavedOn,
    legalHoldUntil: archived && d.validUntil ? addMonths(d.validUntil, COI_ARCHIVE_MONTHS) : null,
    // Still approved (the daily job has not expired it), under review, or managed by a plan in force.
    inUse: d.status === "approved" || d.status === "submitted" || d.activePlan,
    alreadyErased: d.alreadyErased,
  };
}
