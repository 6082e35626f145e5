import { compareDates, type IsoDate } from "../shared/dates";

/**
 * Travel-payment reconciliation (issue 15 item 7; seed 001 p.53: the office audits travel payments once
 * a year; spec C12/O4). Each payment the finance system made for overseas travel is matched with a trip
 * clearance: the reference the traveller quoted, else the traveller's cleared trip to that country whose
 * dates cover the payment's. A payment without a cleared trip is listed.
 */

export interface TravelPayment {
  paymentRef: string;
  travellerUserId: string | null;
  destinationCountry: string;
  departOn: IsoDate;
  returnOn: IsoDate;
  tripRef: string | null;
}

export interface TripClearance {
  ref: string;
  travellerId: string;
  destinationCountry: string;
  departOn: IsoDate;
  returnOn: IsoDate;
  status: string;
}

export type PaymentStatus = "cleared" | "no_trip" | "not_cleared" | "mismatch";

function covers(t: TripClearance, p: TravelPayment): boolean {
  return (
    t.destinationCountry === p.destinationCountry &&
    compareDates(t.departOn, p.departOn) <= 0 &&
    compareDates(p.returnOn, t.returnOn) <= 0
  );
}

/**
 * cleared: a cleared trip of the traveller covers the payment (country and dates); mismatch: the quoted
 * trip exists but is another traveller's, country or dates; not_cleared: the trip is not (yet) cleared;
 * no_trip: nothing matches.
 */
export function reconcilePayment(
  p: TravelPayment,
  trips: TripClearance[],
): { status: PaymentStatus; clearanceRef: string | null } {
  if (p.tripRef) {
    const t = trips.find((x) => x.ref === p.tripRef);
    if (t) {
      if (t.travellerId !== p.travellerUserId || !covers(t, p)) {
        return { status: "mismatch", clearanceRef: t.ref };
      }
      return { status: t.status === "cleared" ? "cleared" : "not_cleared", clearanceRef: t.ref };
    }
  }
  const own = trips.filter((t) => t.travellerId === p.travellerUserId && covers(t, p));
  const cleared = own.find((t) => t.status === "cleared");
  if (cleared) {
    return { status: "cleared", clearanceRef: cleared.ref };
  }
  return own[0]
    ? { status: "not_cleared", clearanceRef: own[0].ref }
    : { status: "no_trip", clearanceRef: null };
}
