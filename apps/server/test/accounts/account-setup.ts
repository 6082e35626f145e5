import { japanDate } from "@renkei/domain";
import { and, desc, eq, like } from "drizzle-orm";
import { TOTP } from "otpauth";
import { mailOutbox } from "../../src/db/schema";
import type { Deps } from "../../src/deps";
import type { Clock } from "../../src/lib/clock";
import { TEST_NOW } from "../harness";

/** A clock the test moves forward (token expiry, TOTP steps). */
export function movableClock(iso = TEST_NOW): Clock & { advance(ms: number): void } {
  let now = new Date(iso).getTime();
  return {
    now: () => new Date(now),
    today: () => japanDate(new Date(now)),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** The newest account mail (invitation, reset) to an address, and the set-password token in its link. */
export async function lastMail(deps: Deps, to: string) {
  const [mail] = await deps.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.toAddress, to), like(mailOutbox.kind, "account.%")))
    .orderBy(desc(mailOutbox.createdAt));
  const token = mail ? (/#token=([\w-]+)/.exec(mail.body)?.[1] ?? null) : null;
  return { mail: mail ?? null, token };
}

export function totpCode(secret: string, at: Date): string {
  return new TOTP({ secret, algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp: at.getTime() });
}
