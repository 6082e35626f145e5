import type { Config } from "../config";

/** Years export-control records are kept (spec §6.5; config RETENTION_YEARS, default 7). */
export function retentionYears(config: Config): number {
  return config.retentionYears;
}
