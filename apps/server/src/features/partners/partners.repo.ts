import type { TPartnerValues } from "@renkei/contract";
import { foldForSearch, partnerSearchKey, type RiskFlag, stripLegalForms } from "@renkei/domain";
import { and, asc, desc, eq, inArray, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { DbOrTx } from "../../db/client";
import { affiliations, contacts, creditChecks, partners, people, users } from "../../db/schema";

export type PartnerRow = typeof partners.$inferSelect;

export interface PartnerFilters {
  institutionIds: string[];
  q?: string | undefined;
  country?: string | undefined;
  type?: string | undefined;
  risk: RiskFlag[];
  today: string;
}

export function searchKeyOf(p: Pick<TPartnerValues, "legalName" | "nameEn" | "nameRomanized" | "aliases">) {
  return partnerSearchKey([p.legalName, p.nameEn, p.nameRomanized, ...p.aliases]);
}

/** SQL conditions for each risk flag; must agree with `partnerRiskFlags` in the domain. */
function riskCondition(flag: RiskFlag, today: string): SQL {
  switch (flag) {
    case "foreign_government_control":
      return eq(partners.foreignGovControl, true);
    case "state_owned":
      return eq(partners.stateOwned, true);
    case "credit_missing":
      return isNull(partners.latestCreditResult);
    case "credit_expired":
      return lt(partners.latestCreditExpiresOn, today);
    case "credit_caution":
      return eq(partners.latestCreditResult, "caution");
    case "credit_reject":
      return eq(partners.latestCreditResult, "reject");
  }
}

function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function partnerWhere(f: PartnerFilters, foldedQuery: string | null): SQL {
  const conds: SQL[] = [inArray(partners.institutionId, f.institutionIds), isNull(partners.mergedIntoId)];
  if (foldedQuery) {
    // One or two characters (a single kanji, 東芝): trigrams cannot index them, the short-gram index can
    // (migration 0009); the gram set holds every such substring, so membership is the same test as LIKE.
    const byName =
      [...foldedQuery].length <= 2
        ? sql`partner_short_grams(${partners.searchKey}) @> array[${foldedQuery}]::text[]`
        : sql`${partners.searchKey} like ${`%${likeEscape(foldedQuery)}%`}`;
    // A 13-digit query may be a corporate number.
    conds.push(
      /^\d{13}$/.test(foldedQuery) ? (or(byName, eq(partners.corporateNumber, foldedQuery)) as SQL) : byName,
    );
  }
  if (f.country) {
    conds.push(eq(partners.country, f.country));
  }
  if (f.type) {
    conds.push(eq(partners.type, f.type));
  }
  for (const flag of f.risk) {
    conds.push(riskCondition(flag, f.today));
  }
  return and(...conds) as SQL;
}

/**
 * A list page counts its matches only up to this many (the web shows "1,000+"): counting all 40,000
 * partners a one-word search matches cost more than finding the 25 on the page (bench:api, issue 10).
 */
export const COUNT_CAP = 1_000;

export async function listPartners(
  db: DbOrTx,
  where: SQL,
  page: { offset: number; limit: number },
  options: { searched?: boolean } = {},
): Promise<{ rows: PartnerRow[]; total: number; totalCapped: boolean }> {
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${partners} where ${where} limit ${COUNT_CAP + 1}) as matches`);
  const n = counted?.n ?? 0;
  const totalCapped = n > COUNT_CAP;
  const total = Math.min(n, COUNT_CAP);
  if (n === 0 || page.offset >= n) {
    return { rows: [], total, totalCapped };
  }
  // A name search sorts at most the first COUNT_CAP + 1 matches the search indexes give (trigrams, or
  // short grams for 1–2 characters): every match when there are fewer, "the first thousand" of a broad
  // word (the list then says 1,000+). The limit inside the subquery keeps the planner on the search
  // index instead of walking the name index and testing every partner (plans in docs/benchmarks.md).
  // Without a search the list walks the (institution, name) index in order.
  let rows: PartnerRow[];
  if (options.searched) {
    const matches = db
      .select()
      .from(partners)
      .where(where)
      .limit(COUNT_CAP + 1)
      .as("matches");
    rows = (await db
      .select()
      .from(matches)
      .orderBy(asc(matches.legalName), asc(matches.id))
      .limit(page.limit)
      .offset(page.offset)) as PartnerRow[];
  } else {
    rows = await db
      .select()
      .from(partners)
      .where(where)
      .orderBy(asc(partners.legalName), asc(partners.id))
      .limit(page.limit)
      .offset(page.offset);
  }
  return { rows, total, totalCapped };
}

export async function findPartner(
  db: DbOrTx,
  id: string,
  institutionIds: string[],
): Promise<PartnerRow | null> {
  const [row] = await db
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), inArray(partners.institutionId, institutionIds)));
  return row ?? null;
}

export async function loadPartnerRelations(db: DbOrTx, partnerId: string) {
  const affiliationRows = await db
    .select({ a: affiliations, personName: people.name })
    .from(affiliations)
    .innerJoin(people, eq(people.id, affiliations.personId))
    .where(eq(affiliations.partnerId, partnerId))
    .orderBy(desc(affiliations.startedOn));
  const contactRows = await db
    .select()
    .from(contacts)
    .where(eq(contacts.partnerId, partnerId))
    .orderBy(desc(contacts.occurredOn), desc(contacts.createdAt));
  const creditRows = await db
    .select({ c: creditChecks, by: users.displayName })
    .from(creditChecks)
    .innerJoin(users, eq(users.id, creditChecks.checkedBy))
    .where(eq(creditChecks.partnerId, partnerId))
    .orderBy(desc(creditChecks.checkedOn), desc(creditChecks.createdAt));
  return { affiliationRows, contactRows, creditRows };
}

/**
 * Candidates for duplicate detection: same corporate number, or a name form that is trigram-similar to
 * some stretch of the stored key (pg_trgm `<%`, word similarity, which the GIN index serves).
 */
export async function duplicateCandidates(
  db: DbOrTx,
  institutionId: string,
  names: string[],
  corporateNumber: string | null,
  excludeId?: string,
): Promise<PartnerRow[]> {
  const forms = [
    ...new Set(names.map((n) => foldForSearch(stripLegalForms(n))).filter((f) => f.length >= 2)),
  ];
  const matches: SQL[] = forms.map((f) => sql`${f} <% ${partners.searchKey}`);
  if (corporateNumber) {
    matches.push(eq(partners.corporateNumber, corporateNumber));
  }
  if (matches.length === 0) {
    return [];
  }
  const conds: SQL[] = [eq(partners.institutionId, institutionId), isNull(partners.mergedIntoId)];
  if (excludeId) {
    conds.push(sql`${partners.id} <> ${excludeId}`);
  }
  return db
    .select()
    .from(partners)
    .where(and(...conds, or(...matches)))
    .limit(50);
}

/**
 * The partner's newest credit check, as the partner row carries it (list filters by credit status stay
 * one indexed query). Called after a check is added and after a merge moves checks.
 */
export async function latestCredit(db: DbOrTx, partnerId: string) {
  const [latest] = await db
    .select()
    .from(creditChecks)
    .where(eq(creditChecks.partnerId, partnerId))
    .orderBy(desc(creditChecks.checkedOn), desc(creditChecks.createdAt))
    .limit(1);
  return { latestCreditResult: latest?.result ?? null, latestCreditExpiresOn: latest?.expiresOn ?? null };
}
