import type { TAuthSettings, TDepartment, ZAuthSettingsUpdate, ZDepartmentInput } from "@renkei/contract";
import { DomainError, type Role, type SignInSettings } from "@renkei/domain";
import { and, asc, count, eq } from "drizzle-orm";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import { departments, institutionAuthSettings, institutions, users } from "../../db/schema";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { appendAudit } from "../audit/audit.writer";

type SettingsRow = typeof institutionAuthSettings.$inferSelect;

export interface OidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  label: string;
}
export interface SamlProvider {
  entryPoint: string;
  idpCert: string;
  idpIssuer: string;
  label: string;
}

export interface EffectiveSso {
  institution: { id: string; code: string; nameJa: string; nameEn: string };
  settings: SignInSettings & { jitEnabled: boolean; jitDefaultRole: Role | null };
  oidc: OidcProvider | null;
  saml: SamlProvider | null;
  fromEnvironment: { oidc: boolean; saml: boolean };
}

const DEFAULT_ROW = (institutionId: string): SettingsRow => ({
  institutionId,
  passwordEnabled: true,
  oidcEnabled: false,
  samlEnabled: false,
  totpRequiredRoles: [],
  jitEnabled: false,
  jitDefaultRole: null,
  oidc: {},
  saml: {},
  version: 0,
  updatedAt: new Date(0),
});

function oidcOf(stored: Record<string, string>): OidcProvider | null {
  return stored.issuer && stored.clientId && stored.clientSecret
    ? {
        issuer: stored.issuer,
        clientId: stored.clientId,
        clientSecret: stored.clientSecret,
        label: stored.label ?? "",
      }
    : null;
}
function samlOf(stored: Record<string, string>): SamlProvider | null {
  return stored.entryPoint && stored.idpCert && stored.idpIssuer
    ? {
        entryPoint: stored.entryPoint,
        idpCert: stored.idpCert,
        idpIssuer: stored.idpIssuer,
        label: stored.label ?? "",
      }
    : null;
}

/**
 * The identity providers and sign-in settings in force for one institution. Providers given by
 * environment variables win over the settings page and are on while set (an operator's decision).
 */
export async function effectiveSso(deps: Deps, institutionCode: string): Promise<EffectiveSso | null> {
  const [row] = await deps.db
    .select({ institution: institutions, settings: institutionAuthSettings })
    .from(institutions)
    .leftJoin(institutionAuthSettings, eq(institutionAuthSettings.institutionId, institutions.id))
    .where(eq(institutions.code, institutionCode));
  if (!row) {
    return null;
  }
  const s = row.settings ?? DEFAULT_ROW(row.institution.id);
  const env = deps.config.sso.institution === institutionCode ? deps.config.sso : null;
  const oidc = env?.oidc ?? oidcOf(s.oidc);
  const saml = env?.saml ?? samlOf(s.saml);
  return {
    institution: row.institution,
    settings: {
      passwordEnabled: s.passwordEnabled,
      oidcEnabled: Boolean(oidc) && (Boolean(env?.oidc) || s.oidcEnabled),
      samlEnabled: Boolean(saml) && (Boolean(env?.saml) || s.samlEnabled),
      totpRequiredRoles: s.totpRequiredRoles as Role[],
      jitEnabled: s.jitEnabled,
      jitDefaultRole: s.jitDefaultRole as Role | null,
    },
    oidc,
    saml,
    fromEnvironment: { oidc: Boolean(env?.oidc), saml: Boolean(env?.saml) },
  };
}

export const ssoUrls = (deps: Deps, code: string) => {
  const base = `${deps.config.publicUrl}/api/v1/auth/sso/${encodeURIComponent(code)}`;
  return {
    oidcRedirect: `${base}/oidc/callback`,
    samlAcs: `${base}/saml/acs`,
    samlMetadata: `${base}/saml/metadata`,
    /** The SP entity ID is the metadata URL (学認 SP registration convention). */
    samlEntityId: `${base}/saml/metadata`,
  };
};

async function institutionOf(db: DbOrTx, id: string) {
  const [inst] = await db.select().from(institutions).where(eq(institutions.id, id));
  if (!inst) {
    throw new DomainError("NOT_FOUND", "No such institution");
  }
  return inst;
}

export async function getAuthSettings(deps: Deps, actor: Actor): Promise<TAuthSettings> {
  const inst = await institutionOf(deps.db, actor.institutionId);
  const [stored] = await deps.db
    .select()
    .from(institutionAuthSettings)
    .where(eq(institutionAuthSettings.institutionId, inst.id));
  const s = stored ?? DEFAULT_ROW(inst.id);
  const eff = (await effectiveSso(deps, inst.code))!;
  const urls = ssoUrls(deps, inst.code);
  return {
    nameJa: inst.nameJa,
    nameEn: inst.nameEn,
    passwordEnabled: s.passwordEnabled,
    oidcEnabled: eff.settings.oidcEnabled,
    samlEnabled: eff.settings.samlEnabled,
    totpRequiredRoles: s.totpRequiredRoles as Role[],
    jitEnabled: s.jitEnabled,
    jitDefaultRole: s.jitDefaultRole as Role | null,
    oidc: {
      issuer: eff.oidc?.issuer ?? s.oidc.issuer ?? "",
      clientId: eff.oidc?.clientId ?? s.oidc.clientId ?? "",
      clientSecretSet: Boolean(eff.oidc?.clientSecret ?? s.oidc.clientSecret),
      label: eff.oidc?.label ?? s.oidc.label ?? "",
      fromEnvironment: eff.fromEnvironment.oidc,
      redirectUri: urls.oidcRedirect,
    },
    saml: {
      entryPoint: eff.saml?.entryPoint ?? s.saml.entryPoint ?? "",
      idpIssuer: eff.saml?.idpIssuer ?? s.saml.idpIssuer ?? "",
      idpCertSet: Boolean(eff.saml?.idpCert ?? s.saml.idpCert),
      label: eff.saml?.label ?? s.saml.label ?? "",
      fromEnvironment: eff.fromEnvironment.saml,
      metadataUrl: urls.samlMetadata,
      acsUrl: urls.samlAcs,
    },
    version: s.version === 0 ? 1 : s.version,
  };
}

/** Saves the settings page; secrets left empty keep the stored ones; never echoed back. */
export async function updateAuthSettings(
  deps: Deps,
  actor: Actor,
  input: z.output<typeof ZAuthSettingsUpdate>,
) {
  await deps.db.transaction(async (tx) => {
    const inst = await institutionOf(tx, actor.institutionId);
    const [stored] = await tx
      .select()
      .from(institutionAuthSettings)
      .where(eq(institutionAuthSettings.institutionId, inst.id))
      .for("update");
    const before = stored ?? DEFAULT_ROW(inst.id);
    if ((before.version === 0 ? 1 : before.version) !== input.version) {
      throw new DomainError("CONFLICT", "The settings changed since they were loaded", { reason: "stale" });
    }
    const oidc = {
      issuer: input.oidc.issuer,
      clientId: input.oidc.clientId,
      clientSecret: input.oidc.clientSecret || before.oidc.clientSecret || "",
      label: input.oidc.label,
    };
    const saml = {
      entryPoint: input.saml.entryPoint,
      idpIssuer: input.saml.idpIssuer,
      idpCert: input.saml.idpCert.trim() || before.saml.idpCert || "",
      label: input.saml.label,
    };
    if (input.oidcEnabled && !oidcOf(oidc) && !deps.config.sso.oidc) {
      throw incomplete("oidc.issuer");
    }
    if (input.samlEnabled && !samlOf(saml) && !deps.config.sso.saml) {
      throw incomplete("saml.entryPoint");
    }
    const values = {
      passwordEnabled: input.passwordEnabled,
      oidcEnabled: input.oidcEnabled,
      samlEnabled: input.samlEnabled,
      totpRequiredRoles: [...new Set(input.totpRequiredRoles)],
      jitEnabled: input.jitEnabled,
      jitDefaultRole: input.jitDefaultRole,
      oidc,
      saml,
      version: (before.version === 0 ? 1 : before.version) + 1,
      updatedAt: deps.clock.now(),
    };
    await tx
      .insert(institutionAuthSettings)
      .values({ institutionId: inst.id, ...values })
      .onConflictDoUpdate({ target: institutionAuthSettings.institutionId, set: values });
    await tx
      .update(institutions)
      .set({ nameJa: input.nameJa, nameEn: input.nameEn })
      .where(eq(institutions.id, inst.id));
    // Secrets never enter the audit log; only whether they changed.
    const visible = (
      r: Pick<
        SettingsRow,
        | "passwordEnabled"
        | "oidcEnabled"
        | "samlEnabled"
        | "totpRequiredRoles"
        | "jitEnabled"
        | "jitDefaultRole"
      >,
    ) => ({
      passwordEnabled: r.passwordEnabled,
      oidcEnabled: r.oidcEnabled,
      samlEnabled: r.samlEnabled,
      totpRequiredRoles: r.totpRequiredRoles,
      jitEnabled: r.jitEnabled,
      jitDefaultRole: r.jitDefaultRole,
    });
    await appendAudit(tx, {
      institutionId: inst.id,
      actor: { userId: actor.userId, label: actor.displayName },
      action: "institution.settings_changed",
      entityType: "institution",
      entityId: inst.id,
      before: { ...visible(before), nameJa: inst.nameJa, nameEn: inst.nameEn },
      after: {
        ...visible(values),
        nameJa: input.nameJa,
        nameEn: input.nameEn,
        oidcIssuer: oidc.issuer,
        samlIdpIssuer: saml.idpIssuer,
        secretChanged: Boolean(input.oidc.clientSecret),
        idpCertChanged: Boolean(input.saml.idpCert.trim()),
      },
      at: deps.clock.now(),
    });
  });
}

function incomplete(path: string) {
  return new DomainError("VALIDATION_FAILED", "The identity provider is not fully configured", {
    issues: [{ path, message: "accounts.settings.provider_incomplete" }],
  });
}

export async function listDepartments(db: DbOrTx, institutionId: string): Promise<TDepartment[]> {
  const rows = await db
    .select({ d: departments, users: count(users.id) })
    .from(departments)
    .leftJoin(users, and(eq(users.departmentId, departments.id), eq(users.disabled, false)))
    .where(eq(departments.institutionId, institutionId))
    .groupBy(departments.id)
    .orderBy(asc(departments.nameJa));
  return rows.map((r) => ({ ...r.d, users: r.users }));
}

export async function saveDepartment(
  deps: Deps,
  actor: Actor,
  id: string | null,
  input: z.output<typeof ZDepartmentInput>,
): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const auditActor = { userId: actor.userId, label: actor.displayName };
    if (id === null) {
      const [row] = await tx
        .insert(departments)
        .values({ institutionId: actor.institutionId, ...input })
        .returning({ id: departments.id });
      await appendAudit(tx, {
        institutionId: actor.institutionId,
        actor: auditActor,
        action: "department.created",
        entityType: "department",
        entityId: row!.id,
        after: input,
        at: now,
      });
      return row!.id;
    }
    const [before] = await tx
      .select()
      .from(departments)
      .where(and(eq(departments.id, id), eq(departments.institutionId, actor.institutionId)));
    if (!before) {
      throw new DomainError("NOT_FOUND", "No such department");
    }
    await tx.update(departments).set(input).where(eq(departments.id, id));
    await appendAudit(tx, {
      institutionId: actor.institutionId,
      actor: auditActor,
      action: "department.updated",
      entityType: "department",
      entityId: id,
      before: { nameJa: before.nameJa, nameEn: before.nameEn, active: before.active },
      after: input,
      at: now,
    });
    return id;
  });
}
