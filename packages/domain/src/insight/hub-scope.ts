/**
 * What a member institution lets its hub see (seed 000 fn 16: a core university advises smaller ones, and
 * how far shared information reaches must be minded; seed-coverage X6, N1, N2). The registry is the
 * base; restricted contacts and credit checks are each granted on their own and never come with it.
 */
export const HUB_SCOPES = [
  "registry",
  "restricted_contacts",
  "credit_checks",
  "cases",
  "advice",
  "figures",
] as const;
export type HubScope = (typeof HUB_SCOPES)[number];

export const HUB_SCOPE_LABELS: Record<HubScope, { ja: string; en: string }> = {
  registry: { ja: "連携先台帳の閲覧", en: "Read the partner registry" },
  restricted_contacts: { ja: "限定公開の接触履歴の閲覧", en: "Read restricted contact records" },
  credit_checks: { ja: "与信確認の閲覧", en: "Read credit checks" },
  cases: { ja: "連携案件の閲覧（読み取りのみ）", en: "Read collaboration cases (read-only)" },
  advice: { ja: "取引審査・該非判定への助言", en: "Advise on transaction reviews and classifications" },
  figures: {
    ja: "主要指標の閲覧（他の参加機関と並べて表示）",
    en: "Read key figures (side by side with other members)",
  },
};

/** Scopes that only make sense on top of the registry. */
const NEEDS_REGISTRY: readonly HubScope[] = ["restricted_contacts", "credit_checks"];

/** Orders and checks a requested set of scopes; null with a message when it is not a valid grant. */
export function normaliseHubScopes(
  requested: readonly HubScope[],
): { scopes: HubScope[] } | { error: { ja: string; en: string } } {
  const scopes = HUB_SCOPES.filter((s) => requested.includes(s));
  if (scopes.length === 0) {
    return {
      error: { ja: "許可する範囲を一つ以上選んでください", en: "Choose at least one scope to grant" },
    };
  }
  if (scopes.some((s) => NEEDS_REGISTRY.includes(s)) && !scopes.includes("registry")) {
    return {
      error: {
        ja: "接触履歴・与信の閲覧には連携先台帳の閲覧も必要です",
        en: "Restricted contacts and credit checks need the registry scope too",
      },
    };
  }
  return { scopes };
}

/**
 * Whether a reader may see `what` of a record owned by `ownerInstitutionId`: everything of its own
 * institution (subject to its role), and of a member only what that member's grant to the reader's hub says.
 */
export function hubMaySee(
  reader: { institutionId: string; hubScopes: Readonly<Record<string, readonly HubScope[]>> },
  ownerInstitutionId: string,
  what: HubScope,
): boolean {
  if (reader.institutionId === ownerInstitutionId) {
    return true;
  }
  return reader.hubScopes[ownerInstitutionId]?.includes(what) ?? false;
}
