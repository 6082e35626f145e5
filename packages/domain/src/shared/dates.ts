/** Calendar-date helpers on ISO `YYYY-MM-DD` strings, independent of the machine's time zone. */

export type IsoDate = string;

/** Year 0000 does not exist in PostgreSQL's calendar (1 BC is followed by AD 1): refused (issue 10). */
const ISO_DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) {
    return false;
  }
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Adds whole calendar months; the day is clamped to the end of the target month (1/31 + 1 month = 2/28). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(ty).padStart(4, "0")}-${String(tm + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date in Japan (JST, UTC+9, no DST) for an instant: deadlines and "as of" dates are Japanese dates. */
export function japanDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
