import { japanDate } from "@renkei/domain";

/** Injected so tests can fix "now"; production uses the system clock. */
export interface Clock {
  now(): Date;
  /** Today's date in Japan (YYYY-MM-DD). */
  today(): string;
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => japanDate(new Date()),
};

export function fixedClock(iso: string): Clock {
  const d = new Date(iso);
  return { now: () => new Date(d), today: () => japanDate(d) };
}
