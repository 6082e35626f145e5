import { addMonths, compareDates, type IsoDate } from "../shared/dates";

/**
 * Records of the export-control workflows are kept for 7 years by default and never deleted before that
 * (spec §6.5 [R]: "retain 7 years after the later of completion or licence expiry"; practice ≥ 5 years,
 * S36). The period is configurable per institution (config RETENTION_YEARS).
 */
export const DEFAULT_RETENTION_YEARS = 7;

/** The last day a record must be kept: `from` (completion / expiry date) plus the retention period. */
export function retainUntil(from: IsoDate, years: number = DEFAULT_RETENTION_YEARS): IsoDate {
  return addMonths(from, years * 12);
}

/** The later of two retention dates (a record re-opened and decided again keeps the longer period). */
export function laterRetention(a: IsoDate | null, b: IsoDate): IsoDate {
  return a && compareDates(a, b) > 0 ? a : b;
}

/** Deletion is allowed only after the retention date has passed (spec §6.5). */
export function deletionAllowed(retainUntilDate: IsoDate | null, today: IsoDate): boolean {
  return retainUntilDate !== null && compareDates(today, retainUntilDate) > 0;
}
