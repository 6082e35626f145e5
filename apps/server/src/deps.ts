import type { Config } from "./config";
import type { Db, DbHandle } from "./db/client";
import type { Clock } from "./lib/clock";
import type { Logger } from "./lib/logger";

/** Everything a service needs, built once in `main.ts` (or by the test harness). No container. */
export interface Deps {
  db: Db;
  handle: DbHandle;
  clock: Clock;
  logger: Logger;
  config: Config;
}
