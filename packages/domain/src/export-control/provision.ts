import type { Reason } from "../shared/decision";
import type { ProvisionKind, Residency, TokuteiStatus } from "./result";
import type { Activity, ExportControlFacts } from "./schema";
import { because } from "./trace";

export interface ProvisionClassification {
  kinds: ProvisionKind[];
  /** TT1 cannot be ruled out because recipient/特定類型 facts are missing (outcome capped at review). */
  tt1Possible: boolean;
  /** Goods: where they go (null when unknown or domestic). */
  goodsDestination: string | null;
  reasons: Reason[];
}

const abroad = (country: string | undefined): country is string => country !== undefined && country !== "JP";

/**
 * The regulated kinds of the transaction (spec §1.2; 外為法25条1項前段/後段, 25条3項, S59/S14): TT1 to a
 * non-resident (or a 特定類型 resident, deemed), TT1b evident re-provision, TT2 provision abroad, TT3
 * media carried/sent abroad and TT4 electronic transmission received abroad — the latter two only in
 * connection with a TT1/TT2 transaction. For goods, whether the goods leave Japan (輸出).
 */
export function classifyProvision(
  facts: ExportControlFacts,
  residency: Residency | null,
  tokuteiStatus: TokuteiStatus,
  activity: Activity = facts.activity ?? "technology_provision",
): ProvisionClassification {
  const reasons: Reason[] = [];
  const p = facts.provision ?? {};
  if (activity === "goods_export") {
    const dest = p.destinationCountry ?? facts.endUser?.country;
    if (!dest) {
      return {
        kinds: [],
        tt1Possible: false,
        goodsDestination: null,
        reasons: [because("PK-GOODS-NO-DEST")],
      };
    }
    if (dest === "JP") {
      return {
        kinds: [],
        tt1Possible: false,
        goodsDestination: null,
        reasons: [because("PK-GOODS-DOMESTIC")],
      };
    }
    return {
      kinds: ["GOODS_EXPORT"],
      tt1Possible: false,
      goodsDestination: dest,
      reasons: [because("PK-GOODS-EXPORT", dest)],
    };
  }

  const kinds: ProvisionKind[] = [];
  let tt1Possible = false;
  if (residency === "NON_RESIDENT") {
    kinds.push("TT1_RES_TO_NONRES");
    reasons.push(because("PK-TT1"));
  } else if (residency === "RESIDENT" && tokuteiStatus === "APPLICABLE") {
    // Since 2022-05-01 a 特定類型 resident is treated like a non-resident (S01, S10).
    kinds.push("TT1_RES_TO_NONRES");
    reasons.push(because("PK-TT1-DEEMED"));
  } else if (residency === null || tokuteiStatus === "UNKNOWN") {
    tt1Possible = true;
    reasons.push(
      because(
        "PK-TT1-POSSIBLE",
        residency === null ? "residency unknown" : "specified-category status unknown",
      ),
    );
  }
  if (p.evidentReprovision) {
    kinds.push("TT1b_RES_TO_RES_REPROVISION");
    reasons.push(because("PK-TT1B"));
  }
  if (abroad(p.place)) {
    kinds.push("TT2_PROVISION_ABROAD");
    reasons.push(because("PK-TT2", `place ${p.place}`));
  } else if (abroad(p.destinationCountry)) {
    // Since 2009 a provision in Japan for receipt/use abroad is a cross-border transaction even between
    // residents (S14 Q1), e.g. an e-mail to a colleague on a trip abroad.
    kinds.push("TT2_PROVISION_ABROAD");
    reasons.push(because("PK-TT2", `received or used in ${p.destinationCountry}`));
  } else if (facts.recipient?.remoteFromAbroad) {
    kinds.push("TT2_PROVISION_ABROAD");
    reasons.push(because("PK-TT2", "recipient works remotely from abroad"));
  }
  const related = kinds.length > 0 || tt1Possible;
  const channels = p.channels ?? [];
  const leaves = abroad(p.place) || abroad(p.destinationCountry);
  if (related && leaves && channels.includes("carried_media")) {
    kinds.push("TT3_MEDIA_EXPORT");
    reasons.push(because("PK-TT3", "one FEFTA Art. 25(1) licence also covers the media export"));
  }
  const receivedAbroad = leaves || facts.recipient?.remoteFromAbroad === true;
  if (related && receivedAbroad && channels.includes("electronic")) {
    kinds.push("TT4_TELECOM_SEND");
    reasons.push(because("PK-TT4"));
  }
  if (!related) {
    reasons.push(because("PK-NONE"));
  }
  return { kinds, tt1Possible, goodsDestination: null, reasons };
}
