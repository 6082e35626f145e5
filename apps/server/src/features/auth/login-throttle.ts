import { DomainError } from "@renkei/domain";
import { and, count, eq, gt, max, sql } from "drizzle-orm";
import type { Tx } from "../../db/client";
import { loginAttempts } from "../../db/schema";
import type { Deps } from "../../deps";

/**
 * Sign-in throttling that holds under concurrency (issue 10 item 2). The attempt is recorded — as a
 * failure until the password proves right — in the same transaction that counts, under per-account and
 * per-address advisory locks: of 100 parallel guesses at one account, at most LOGIN_MAX_FAILURES reach
 * the password check. An address (a campus NAT) is never locked out: past a free allowance its failures
 * cost a doubling wait, capped at a minute, so colleagues behind it can still sign in while a guesser
 * from it gets about one try a minute.
 */
export const ADDRESS_FREE_FAILURES_FACTOR = 4;
const MAX_ADDRESS_DELAY_SECONDS = 60;

/** Seconds an address must wait after its last failure, given its failures in the window. */
export function addressDelaySeconds(failures: number, free: number): number {
  return failures < free ? 0 : Math.min(2 ** (failures - free), MAX_ADDRESS_DELAY_SECONDS);
}

export async function recordAttempt(deps: Deps, email: string, ip: string): Promise<string> {
  const { clock, config } = deps;
  return deps.db.transaction(async (tx: Tx) => {
    // Email lock first, address lock second, always: no two transactions wait on each other in a cycle.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:email:${email}`}))`);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`login:ip:${ip}`}))`);
    const now = clock.now();
    const since = new Date(now.getTime() - config.loginWindowMinutes * 60_000);
    const failed = (col: typeof loginAttempts.email | typeof loginAttempts.ip, value: string) =>
      and(eq(col, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since));
    const [byEmail] = await tx
      .select({ n: count() })
      .from(loginAttempts)
      .where(failed(loginAttempts.email, email));
    if ((byEmail?.n ?? 0) >= config.loginMaxFailures) {
      throw new DomainError("RATE_LIMITED", "Too many failed sign-ins; try again later", {
        retryAfterMinutes: config.loginWindowMinutes,
      });
    }
    const [byIp] = await tx
      .select({ n: count(), last: max(loginAttempts.at) })
      .from(loginAttempts)
      .where(failed(loginAttempts.ip, ip));
    const delay = addressDelaySeconds(byIp?.n ?? 0, config.loginMaxFailures * ADDRESS_FREE_FAILURES_FACTOR);
    const last = byIp?.last ? new Date(byIp.last).getTime() : 0;
    const wait = Math.ceil((last + delay * 1000 - now.getTime()) / 1000);
    if (delay > 0 && wait > 0) {
      throw new DomainError("RATE_LIMITED", "Too many failed sign-ins from this address; wait a moment", {
        retryAfterSeconds: wait,
      });
    }
    const [row] = await tx
      .insert(loginAttempts)
      .values({ email, ip, success: false, at: now })
      .returning({ id: loginAttempts.id });
    return row!.id;
  });
}

/** The password was right: the attempt stops counting as a failure. */
export async function markAttemptSucceeded(tx: Tx, attemptId: string): Promise<void> {
  await tx.update(loginAttempts).set({ success: true }).where(eq(loginAttempts.id, attemptId));
}
