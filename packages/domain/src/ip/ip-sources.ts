import { type Reason, reason } from "../shared/decision";

/** A Japanese and an English text; the UI shows Japanese first. */
export interface IpLabel {
  ja: string;
  en: string;
}

import { IP_SOURCES } from "../citations/ip";

export { IP_SOURCES };

/** The IP tables' own sources, and the two seed sections the national-project and NDA rules share with
 * the case rules (their citations live once, in the seed catalogue). */
export type IpSourceId = keyof typeof IP_SOURCES | "seed004§4(4)" | "seed001§IV.2-5";

/** A reason of the IP rules: a Reason whose source is one of the IP sources above. */
export interface IpReason extends Reason {
  sourceId: IpSourceId;
}

export function ipReason(ruleId: string, sourceId: IpSourceId, ja: string, en: string): IpReason {
  return { ...reason(ruleId, sourceId, ja, en), sourceId };
}
