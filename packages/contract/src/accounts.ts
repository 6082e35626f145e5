import { ROLES } from "@renkei/domain";
import { z } from "zod";
import { ZSessionResponse } from "./auth";

/** HTTP contract of accounts, sign-in settings and single sign-on (issue 11). Rules live in the domain. */

const email = z.string().trim().toLowerCase().max(254).email("validation.email");
const name = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.too_long");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "validation.too_long")
    .nullish()
    .transform((v) => v || null);

export const ZAdminUser = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    departmentId: z.uuid().nullable(),
    locale: z.enum(["ja", "en"]),
    eppn: z.string().nullable(),
    disabled: z.boolean(),
    deactivatedAt: z.string().nullable(),
    lastSignInAt: z.string().nullable(),
    createdAt: z.string(),
    /** Invited and no password set yet (and never signed in). */
    invitePending: z.boolean(),
    totpEnabled: z.boolean(),
  })
  .meta({ id: "AdminUser" });
export type TAdminUser = z.infer<typeof ZAdminUser>;

export const ZAdminUserQuery = z.object({
  q: z.string().trim().max(200).optional(),
  status: z.enum(["active", "deactivated", "all"]).default("all"),
});

export const ZAdminUserCreate = z
  .object({
    email,
    displayName: name(200),
    role: z.enum(ROLES),
    departmentId: z.uuid().nullable().default(null),
    locale: z.enum(["ja", "en"]).default("ja"),
    eppn: optionalText(254),
    /** Send the set-password invitation now (otherwise the account signs in only by single sign-on). */
    invite: z.boolean().default(true),
  })
  .meta({ id: "AdminUserCreate" });
export type TAdminUserCreate = z.input<typeof ZAdminUserCreate>;

export const ZAdminUserUpdate = z
  .object({
    displayName: name(200).optional(),
    role: z.enum(ROLES).optional(),
    departmentId: z.uuid().nullable().optional(),
    eppn: optionalText(254).optional(),
  })
  .meta({ id: "AdminUserUpdate" });
export type TAdminUserUpdate = z.input<typeof ZAdminUserUpdate>;

export const ZUserImportReport = z
  .object({
    mode: z.enum(["preview", "commit"]),
    rows: z.number().int(),
    valid: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
    preview: z.array(
      z.object({
        row: z.number().int(),
        email: z.string(),
        displayName: z.string(),
        role: z.enum(ROLES),
        departmentId: z.uuid().nullable(),
      }),
    ),
    created: z.number().int(),
  })
  .meta({ id: "UserImportReport" });
export type TUserImportReport = z.infer<typeof ZUserImportReport>;

export const ZUserImportQuery = z.object({
  mode: z.enum(["preview", "commit"]).default("preview"),
  invite: z
    .enum(["true", "false"])
    .default("true")
    .transform((v) => v === "true"),
});

export const ZDepartment = z
  .object({
    id: z.uuid(),
    nameJa: z.string(),
    nameEn: z.string(),
    active: z.boolean(),
    users: z.number().int(),
  })
  .meta({ id: "Department" });
export type TDepartment = z.infer<typeof ZDepartment>;

export const ZDepartmentInput = z
  .object({ nameJa: name(200), nameEn: name(200), active: z.boolean().default(true) })
  .meta({ id: "DepartmentInput" });
export type TDepartmentInput = z.input<typeof ZDepartmentInput>;

const url = z.string().trim().max(2000).url("validation.url");

export const ZAuthSettings = z
  .object({
    nameJa: z.string(),
    nameEn: z.string(),
    passwordEnabled: z.boolean(),
    oidcEnabled: z.boolean(),
    samlEnabled: z.boolean(),
    totpRequiredRoles: z.array(z.enum(ROLES)),
    jitEnabled: z.boolean(),
    jitDefaultRole: z.enum(ROLES).nullable(),
    oidc: z.object({
      issuer: z.string(),
      clientId: z.string(),
      clientSecretSet: z.boolean(),
      label: z.string(),
      fromEnvironment: z.boolean(),
      redirectUri: z.string(),
    }),
    saml: z.object({
      entryPoint: z.string(),
      idpIssuer: z.string(),
      idpCertSet: z.boolean(),
      label: z.string(),
      fromEnvironment: z.boolean(),
      metadataUrl: z.string(),
      acsUrl: z.string(),
    }),
    version: z.number().int(),
  })
  .meta({ id: "AuthSettings" });
export type TAuthSettings = z.infer<typeof ZAuthSettings>;

export const ZAuthSettingsUpdate = z
  .object({
    version: z.number().int().min(1),
    nameJa: name(200),
    nameEn: name(200),
    passwordEnabled: z.boolean(),
    oidcEnabled: z.boolean(),
    samlEnabled: z.boolean(),
    totpRequiredRoles: z.array(z.enum(ROLES)).max(ROLES.length),
    jitEnabled: z.boolean(),
    jitDefaultRole: z.enum(ROLES).nullable(),
    oidc: z.object({
      issuer: z.union([url, z.literal("")]),
      clientId: z.string().trim().max(500),
      /** Empty keeps the stored secret. */
      clientSecret: z.string().max(2000).default(""),
      label: z.string().trim().max(100).default(""),
    }),
    saml: z.object({
      entryPoint: z.union([url, z.literal("")]),
      idpIssuer: z.string().trim().max(2000),
      /** PEM or base64 certificate of the IdP's signing key; empty keeps the stored one. */
      idpCert: z.string().max(20_000).default(""),
      label: z.string().trim().max(100).default(""),
    }),
  })
  .refine((s) => !s.jitEnabled || s.jitDefaultRole !== null, {
    path: ["jitDefaultRole"],
    message: "validation.required",
  })
  .meta({ id: "AuthSettingsUpdate" });
export type TAuthSettingsUpdate = z.input<typeof ZAuthSettingsUpdate>;

/** The sign-in page's choices: password, and each institution's identity providers. */
export const ZSignInMethods = z
  .object({
    sso: z.array(
      z.object({
        protocol: z.enum(["oidc", "saml"]),
        institutionNameJa: z.string(),
        institutionNameEn: z.string(),
        label: z.string(),
        startUrl: z.string(),
      }),
    ),
  })
  .meta({ id: "SignInMethods" });
export type TSignInMethods = z.infer<typeof ZSignInMethods>;

export const ZSecondFactorChallenge = z
  .object({ secondFactor: z.object({ challenge: z.string(), mode: z.enum(["verify", "enrol"]) }) })
  .meta({ id: "SecondFactorChallenge" });
export type TSecondFactorChallenge = z.infer<typeof ZSecondFactorChallenge>;

/** A password sign-in either opens a session or asks for the second factor. */
export const ZSignInResult = z.union([ZSessionResponse, ZSecondFactorChallenge]);
export type TSignInResult = z.infer<typeof ZSignInResult>;

export const ZTotpCode = z
  .string()
  .trim()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(/^(\d{6}|[a-z0-9]{10})$/i, "accounts.totp.code_format"));

export const ZTotpChallengeRequest = z.object({ challenge: z.string().min(10).max(200), code: ZTotpCode });
export const ZTotpEnrolStart = z.object({ challenge: z.string().min(10).max(200) });

export const ZTotpEnrolment = z
  .object({ secret: z.string(), uri: z.string(), qrSvg: z.string() })
  .meta({ id: "TotpEnrolment" });
export type TTotpEnrolment = z.infer<typeof ZTotpEnrolment>;

export const ZTotpConfirmed = z
  .object({ recoveryCodes: z.array(z.string()), session: ZSessionResponse.nullable() })
  .meta({ id: "TotpConfirmed" });
export type TTotpConfirmed = z.infer<typeof ZTotpConfirmed>;

export const ZPasswordResetRequest = z.object({ email });
export const ZPasswordTokenQuery = z.object({ token: z.string().min(10).max(200) });
export const ZPasswordTokenInfo = z
  .object({ purpose: z.enum(["invite", "reset"]), email: z.string(), displayName: z.string() })
  .meta({ id: "PasswordTokenInfo" });
export type TPasswordTokenInfo = z.infer<typeof ZPasswordTokenInfo>;
export const ZSetPasswordRequest = z.object({
  token: z.string().min(10).max(200),
  password: z.string().min(1, "validation.required").max(200),
});

export const ZAccount = z
  .object({
    locale: z.enum(["ja", "en"]),
    totpEnabled: z.boolean(),
    totpRequired: z.boolean(),
    recoveryCodesLeft: z.number().int(),
  })
  .meta({ id: "Account" });
export type TAccount = z.infer<typeof ZAccount>;
export const ZPreferences = z.object({ locale: z.enum(["ja", "en"]) });
