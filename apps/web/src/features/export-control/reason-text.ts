import type { I18n } from "../../lib/i18n";
import { reasonText as textOf } from "../../lib/reasons";

/** A workflow refusal reason in the reader's language (the domain words every reason in ja and en). */
export function reasonText(i18n: I18n, reason: unknown): string {
  return textOf(i18n.locale, reason);
}
