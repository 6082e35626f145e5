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

/** The finance system's CSV columns (header row, any order). */
export const PAYMENT_COLUMNS = [
  "payment_ref",
  "traveller_email",
  "traveller_name",
  "destination_country",
  "depart_on",
  "return_on",
  "trip_ref",
  "amount_yen",
  "paid_on",
] as const;

export interface PaymentRow {
  paymentRef: string;
  travellerEmail: string;
  travellerName: string;
  destinationCountry: string;
  departOn: IsoDate;
  returnOn: IsoDate;
  tripRef: string | null;
  amountYen: number;
  paidOn: IsoDate;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parses the payments CSV (already split into rows). Every problem is reported with its line number;
 * one bad row rejects the whole file (the import writes nothing).
 */
export function parsePayments(rows: string[][]): { payments: PaymentRow[]; errors: string[] } {
  const [header, ...body] = rows;
  const col = (name: string) => (header ?? []).map((h) => h.trim().toLowerCase()).indexOf(name);
  const missing = PAYMENT_COLUMNS.filter((c) => c !== "trip_ref" && c !== "traveller_name" && col(c) === -1);
  if (!header || missing.length > 0) {
    return { payments: [], errors: [`missing columns: ${missing.join(", ") || "header"}`] };
  }
  const errors: string[] = [];
  const payments: PaymentRow[] = [];
  body.forEach((r, i) => {
    const get = (c: string) => (col(c) === -1 ? "" : (r[col(c)] ?? "").trim());
    const line = i + 2;
    const p: PaymentRow = {
      paymentRef: get("payment_ref"),
      travellerEmail: get("traveller_email").toLowerCase(),
      travellerName: get("traveller_name"),
      destinationCountry: get("destination_country").toUpperCase(),
      departOn: get("depart_on"),
      returnOn: get("return_on"),
      tripRef: get("trip_ref") || null,
      amountYen: Number(get("amount_yen")),
      paidOn: get("paid_on"),
    };
    const bad = [
      p.paymentRef ? null : "payment_ref",
      p.travellerEmail.includes("@") ? null : "traveller_email",
      /^[A-Z]{2}$/.test(p.destinationCountry) ? null : "destination_country",
      DATE.test(p.departOn) ? null : "depart_on",
      DATE.test(p.returnOn) && p.returnOn >= p.departOn ? null : "return_on",
      Number.isInteger(p.amountYen) && p.amountYen >= 0 ? null : "amount_yen",
      DATE.test(p.paidOn) ? null : "paid_on",
    ].filter((x): x is string => x !== null);
    if (bad.length > 0) {
      errors.push(`line ${line}: ${bad.join(", ")}`);
    } else {
      payments.push(p);
    }
  });
  if (new Set(payments.map((p) => p.paymentRef)).size < payments.length) {
    errors.push("duplicate payment_ref");
  }
  return { payments, errors };
}
