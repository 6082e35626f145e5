import { type Reason, reason } from "../shared/decision";

/** A Japanese and an English text; the UI shows Japanese first. */
export interface IpLabel {
  ja: string;
  en: string;
}

import { IP_SOURCES } from "../citations/ip";

export { IP_SOURCES };

export type IpSourceId = keyof typeof IP_SOURCES;

/** A reason of the IP rules: a Reason whose source is one of the IP sources above. */
export interface IpReason extends Reason {
  sourceId: IpSourceId;
}

export function ipReason(ruleId: string, sourceId: IpSourceId, ja: string, en: string): IpReason {
  return { ...reason(ruleId, sourceId, ja, en), sourceId };
}
