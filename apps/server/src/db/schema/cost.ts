import { sql } from "drizzle-orm";
import { check, date, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { caseQuotations, cases } from "./cases";
import { institutions } from "./institutions";
import { users } from "./users";

/**
 * Cost components of the quotation (issue 17 item 4; seed 001 case 23, seed 000 §3-2(1)). The partner's
 * active agreement to the secrecy cost lives in `quotation_secrecy_agreements` (crm.ts, one per quotation);
 * a withdrawn agreement moves here with the reason, so the history stays and a corrected one can be recorded.
 */

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });
const day = (name: string) => date(name, { mode: "string" });

/** The institution's split of the indirect cost and its secrecy cost per level; defaults apply when absent. */
export const costComponentSettings = pgTable("cost_component_settings", {
  institutionId: uuid("institution_id")
    .primaryKey()
    .references(() => institutions.id),
  /** `{ intake, contractIp, clerical }` in whole percent, summing to 100 (validated by the domain). */
  indirectShares: jsonb("indirect_shares").notNull(),
  /** `{ "1": yen, "2": yen, "3": yen }` per item and month at each confidentiality level. */
  secrecyMonthlyYen: jsonb("secrecy_monthly_yen").notNull(),
  updatedBy: uuid("updated_by").references(() => users.id),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** A withdrawn partner agreement to a quotation's secrecy cost, with why it was withdrawn. */
export const quotationSecrecyWithdrawals = pgTable(
  "quotation_secrecy_withdrawals",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    institutionId: uuid("institution_id").notNull(),
    quotationId: uuid("quotation_id")
      .notNull()
      .references(() => caseQuotations.id),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id),
    agreedOn: day("agreed_on").notNull(),
    partnerSignatory: text("partner_signatory").notNull(),
    evidence: text("evidence").notNull(),
    recordedBy: uuid("recorded_by")
      .notNull()
      .references(() => users.id),
    recordedAt: ts("recorded_at").notNull(),
    reason: text("reason").notNull(),
    withdrawnBy: uuid("withdrawn_by")
      .notNull()
      .references(() => users.id),
    withdrawnAt: ts("withdrawn_at").notNull().defaultNow(),
  },
  (t) => [
    check("quotation_secrecy_withdrawals_reason", sql`length(trim(${t.reason})) > 0`),
    index("quotation_secrecy_withdrawals_quotation").on(t.quotationId),
  ],
);
