import { type PartyScreening, partyScreeningHold } from "../ec-reach/party-screening";
import { assessExportControl } from "../export-control/assess";
import { mostRestrictive } from "../export-control/outcome";
import type { EulLookup, ExportControlOutcome, ExportControlResult } from "../export-control/result";
import type { ExportControlFactsInput } from "../export-control/schema";
import type { Reason } from "../shared/decision";
import type { TripItem, TripMeeting, TripPlan } from "./trip-plan";

/** One engine run of a trip: one item with one counterpart (or with no named counterpart). */
export interface TripAssessmentPart {
  itemIndex: number | null;
  meetingIndex: number | null;
  facts: ExportControlFactsInput;
  result: ExportControlResult;
}

export interface TripAssessment {
  /** The most restrictive outcome over all parts (a trip is cleared as a whole). */
  outcome: ExportControlOutcome;
  asOf: string;
  parts: TripAssessmentPart[];
  /** What screening the counterparts against every list added (issue 15, B3): holds and prohibitions. */
  screeningReasons?: Reason[];
}

/**
 * The End User List answer for one counterpart from the trip's screening: its confirmed EUL hit, or
 * `null` (screened, no EUL hit); `undefined` when nothing was screened (the engine then says
 * EUL-NOT-SCREENED).
 */
function eulFor(
  screening: PartyScreening | null | undefined,
  meeting: TripMeeting | null,
): EulLookup | null | undefined {
  if (!meeting || !screening || Object.keys(screening.listVersions).length === 0) {
    return undefined;
  }
  const party = screening.parties.find((p) => p.role === "counterpart" && p.name === meeting.organisation);
  const hit = party?.matches.find((m) => m.kind === "eul" && m.decision === "true_match");
  if (!hit) {
    return null;
  }
  return {
    categories: hit.categories.filter((c): c is EulLookup["categories"][number] =>
      ["B", "C", "M", "N", "CW"].includes(c),
    ),
    listVersion: screening.listVersions[hit.list] ?? "",
    matchedName: hit.entryName,
  };
}

const CHANNEL: Record<TripItem["mode"], "in_person" | "carried_media" | "electronic" | null> = {
  presented: "in_person",
  carried: "carried_media",
  sent: "electronic",
  shipped_goods: null,
  carried_goods: null,
};

function itemFacts(item: TripItem) {
  return {
    // `none` is 非該当 (null), `unknown` leaves the item unclassified (the engine then asks for review).
    ...(item.classification === "unknown"
      ? {}
      : { listItem: item.classification === "none" ? null : item.classification }),
    published: item.published,
    purpose: item.purpose,
  };
}

/**
 * The engine facts for one item given to one counterpart during the trip, as of the departure date
 * (spec §2.3 note: assess on the provision date). Technology presented, carried or sent is a provision
 * abroad (TT2) with media export (TT3) or transmission (TT4) where it applies (§1.2); samples and
 * equipment are goods exports to the destination (§3, §4).
 */
export function tripFacts(
  plan: TripPlan,
  item: TripItem | null,
  meeting: TripMeeting | null,
): ExportControlFactsInput {
  const endUser = meeting ? { name: meeting.organisation, country: meeting.country } : undefined;
  const destination = meeting?.country ?? plan.destinationCountry;
  if (item && (item.mode === "shipped_goods" || item.mode === "carried_goods")) {
    return {
      asOf: plan.departOn,
      activity: "goods_export",
      provision: { destinationCountry: destination },
      item: itemFacts(item),
      ...(endUser ? { endUser } : {}),
    };
  }
  const channel = item ? CHANNEL[item.mode] : "in_person";
  // Carried media and transmissions are made in order to provide the technology abroad, in person too.
  const channels = channel === "in_person" ? ["in_person" as const] : ["in_person" as const, channel!];
  return {
    asOf: plan.departOn,
    activity: "technology_provision",
    provision: { place: plan.destinationCountry, channels, destinationCountry: destination },
    ...(item ? { item: itemFacts(item) } : {}),
    ...(endUser ? { endUser } : {}),
  };
}

/**
 * Runs the export-control engine on every item × counterpart of the trip and combines the outcomes.
 * A trip that lists nothing still provides something in person abroad: it is assessed once with an
 * unclassified item, which the engine sends to manual review.
 */
export function assessTrip(plan: TripPlan, screening?: PartyScreening | null): TripAssessment {
  const items: (TripItem | null)[] = plan.items.length > 0 ? plan.items : [null];
  const meetings: (TripMeeting | null)[] = plan.meetings.length > 0 ? plan.meetings : [null];
  const parts: TripAssessmentPart[] = [];
  for (const [i, item] of items.entries()) {
    for (const [m, meeting] of meetings.entries()) {
      const facts = tripFacts(plan, item, meeting);
      const eulLookup = eulFor(screening, meeting);
      parts.push({
        itemIndex: item ? i : null,
        meetingIndex: meeting ? m : null,
        facts,
        result: assessExportControl(facts, eulLookup === undefined ? {} : { eulLookup }),
      });
    }
  }
  // A counterpart found on a list holds the trip until the officer confirms or clears the match; a
  // confirmed sanctions hit prohibits it (issue 15, B3).
  const hold = partyScreeningHold(screening);
  const outcomes = parts.map((p) => p.result.outcome);
  return {
    outcome: mostRestrictive(hold.outcome ? [...outcomes, hold.outcome] : outcomes),
    asOf: plan.departOn,
    parts,
    ...(screening ? { screeningReasons: hold.reasons } : {}),
  };
}
