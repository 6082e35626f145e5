import { addDays, type IsoDate } from "../shared/dates";

/**
 * Japanese administrative holidays (行政機関の休日に関する法律第1条): Saturdays, Sundays, national holidays
 * (国民の祝日に関する法律, with 振替休日 and 国民の休日) and 29 December – 3 January. Rules as in force from
 * 2020; the one-off moves of 2020/2021 (Olympics) are listed. A holiday declared by a special act later
 * must be added here — the office's own announcement prevails.
 */

function ymd(y: number, m: number, d: number): IsoDate {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function weekday(date: IsoDate): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** The n-th Monday of a month. */
function nthMonday(y: number, m: number, n: number): IsoDate {
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const day = 1 + ((8 - first) % 7) + (n - 1) * 7;
  return ymd(y, m, day);
}

/** Equinox days by the usual approximation, valid 1980–2099 (the cabinet gazette fixes them a year ahead). */
function equinox(y: number, base: number): number {
  return Math.floor(base + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));
}

const SPECIAL: Record<number, { drop: IsoDate[]; add: IsoDate[] }> = {
  2020: { drop: ["2020-07-20", "2020-08-11", "2020-10-12"], add: ["2020-07-23", "2020-07-24", "2020-08-10"] },
  2021: { drop: ["2021-07-19", "2021-08-11", "2021-10-11"], add: ["2021-07-22", "2021-07-23", "2021-08-08"] },
};

const cache = new Map<number, Set<IsoDate>>();

/** The national holidays of year `y` (祝日, 振替休日, 国民の休日). */
export function nationalHolidays(y: number): Set<IsoDate> {
  const hit = cache.get(y);
  if (hit) {
    return hit;
  }
  const special = SPECIAL[y] ?? { drop: [], add: [] };
  const base = [
    ymd(y, 1, 1),
    nthMonday(y, 1, 2),
    ymd(y, 2, 11),
    ymd(y, 2, 23),
    ymd(y, 3, equinox(y, 20.8431)),
    ymd(y, 4, 29),
    ymd(y, 5, 3),
    ymd(y, 5, 4),
    ymd(y, 5, 5),
    nthMonday(y, 7, 3),
    ymd(y, 8, 11),
    nthMonday(y, 9, 3),
    ymd(y, 9, equinox(y, 23.2488)),
    nthMonday(y, 10, 2),
    ymd(y, 11, 3),
    ymd(y, 11, 23),
  ]
    .filter((d) => !special.drop.includes(d))
    .concat(special.add);
  const days = new Set(base);
  // 国民の休日: a weekday between two holidays is a holiday (e.g. the September "silver week").
  for (const d of base) {
    const next = addDays(d, 2);
    const between = addDays(d, 1);
    if (days.has(next) && !days.has(between) && weekday(between) !== 0) {
      days.add(between);
    }
  }
  // 振替休日: a holiday on a Sunday moves to the next day that is not a holiday.
  for (const d of [...days].sort()) {
    if (weekday(d) === 0) {
      let sub = addDays(d, 1);
      while (days.has(sub)) {
        sub = addDays(sub, 1);
      }
      days.add(sub);
    }
  }
  cache.set(y, days);
  return days;
}

/** Whether government offices (incl. the JPO) are closed on `date`. */
export function isAdministrativeHoliday(date: IsoDate): boolean {
  const w = weekday(date);
  const md = date.slice(5);
  if (w === 0 || w === 6 || md >= "12-29" || md <= "01-03") {
    return true;
  }
  return nationalHolidays(Number(date.slice(0, 4))).has(date);
}

/** The first day on or after `date` on which the office is open (特許法第3条第2項). */
export function nextBusinessDay(date: IsoDate): IsoDate {
  let d = date;
  while (isAdministrativeHoliday(d)) {
    d = addDays(d, 1);
  }
  return d;
}
