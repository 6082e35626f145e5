// Public two-name comparison used by partner duplicate detection (issue 2) and by the name-pair
// benchmark. Stable signature: compareNames(a, b) → { score 0..1, explanation }.
import { DEFAULT_CONFIG, type ScreeningConfig } from "./config";
import { normalizeName } from "./normalize";
import { type NameExplanation, scoreNames } from "./score-names";
import type { EntitySchema } from "./types";

/** Options for compareNames. */
export interface CompareOptions {
  /** "organization" disables initials matching; "person" disables legal-form stripping. */
  schema?: EntitySchema;
  config?: ScreeningConfig;
}

/**
 * Compares two names in any script and returns a score in [0, 1] with a structured explanation.
 * `a` is treated as the query and `b` as the candidate (extra tokens in `a` cost slightly more).
 * A score ≥ DEFAULT_THRESHOLD means "same name" for screening purposes.
 */
export function compareNames(
  a: string,
  b: string,
  options: CompareOptions = {},
): { score: number; explanation: NameExplanation } {
  const schema = options.schema;
  const na = normalizeName(a, { schema });
  const nb = normalizeName(b, { schema });
  const isOrganization =
    schema === "organization" || (schema === undefined && na.legalForms.length + nb.legalForms.length > 0);
  return scoreNames(na, nb, options.config ?? DEFAULT_CONFIG, isOrganization);
}
