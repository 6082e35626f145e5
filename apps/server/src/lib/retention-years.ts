import { DEFAULT_RETENTION_YEARS } from "@renkei/domain";
import type { Config } from "../config";

/**
 * Years records are kept (spec §6.5; default 7). The export-control branch adds `RETENTION_YEARS` to
 * the config as `retentionYears`; until that is merged the default applies.
 */
export function retentionYears(config: Config): number {
  const configured = (config as { retentionYears?: unknown }).retentionYears;
  return typeof configured === "number" && Number.isInteger(configured) && configured > 0
    ? configured
    : DEFAULT_RETENTION_YEARS;
}
