import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { parseProxyList } from "./lib/client-address";

function splitList(value: string): string[] {
  return value
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * Configuration, parsed once at start (architecture §8.10). Every problem is reported together, and
 * the result is frozen. Variables are documented in `.env.example`.
 */
const ZConfig = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Embedded PGlite folder; ignored when DATABASE_URL is set. */
  RENKEI_DATA_DIR: z.string().min(1).default("./data"),
  /** postgres://user:pass@host:port/db — runs on a PostgreSQL server instead of the embedded database. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Set to true behind HTTPS so cookies carry the Secure flag. */
  RENKEI_SECURE_COOKIES: z.enum(["true", "false"]).default("false"),
  /** Failed sign-ins allowed per e-mail address within LOGIN_WINDOW_MINUTES before throttling. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().min(1).default(15),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /** Years export-control records (該非判定, 取引審査) are kept before they may be deleted (spec §6.5). */
  RETENTION_YEARS: z.coerce.number().int().min(1).max(100).default(7),
  /** smtp://user:pass@host:587 — send mail by SMTP; unset, each mail is written to RENKEI_MAIL_DIR. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "must start with smtp:// or smtps://")
    .optional(),
  RENKEI_MAIL_DIR: z.string().min(1).default("./outbox"),
  MAIL_FROM: z.string().min(3).default("Renkei <no-reply@renkei.invalid>"),
  /** The address users reach the app at, for links in e-mails. */
  PUBLIC_URL: z.url().optional(),
  /** Set to false to run no periodic jobs in this process (e.g. when another process runs them). */
  RENKEI_JOBS: z.enum(["true", "false"]).default("true"),
  /** Days a screening hit cleared as a false positive stays suppressed (issue 3 review memory). */
  SCREENING_CLEARANCE_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  /**
   * Comma-separated addresses or CIDR ranges of reverse proxies whose X-Forwarded-For is believed
   * (issue 10: per-address sign-in limits must key on the client, not on the proxy). Empty: none.
   */
  RENKEI_TRUSTED_PROXIES: z
    .string()
    .default("")
    .superRefine((value, ctx) => {
      for (const problem of parseProxyList(splitList(value)).problems) {
        ctx.addIssue({ code: "custom", message: problem });
      }
    }),
  /** Ed25519 key that signs audit checkpoints; kept outside the database (generated on first use). */
  RENKEI_AUDIT_KEY_FILE: z.string().min(1).optional(),
  /**
   * Webhook receivers on the campus network: comma-separated host names, addresses or CIDR ranges that
   * may be private / loopback (everything else must resolve to a public address; issue 10).
   */
  RENKEI_WEBHOOK_ALLOWED_HOSTS: z
    .string()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine(
      (list) => list.every(isHostOrRange),
      "each entry must be a host name, an IP address or a CIDR range (e.g. 10.1.0.0/16)",
    )
    .default([]),
  /** Single sign-on by environment (issue 11, docs/accounts.md): the institution it applies to. */
  SSO_INSTITUTION: z.string().min(1).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_LABEL: z.string().min(1).optional(),
  SAML_ENTRY_POINT: z.url().optional(),
  /** The IdP's signing certificate (PEM or base64 DER). */
  SAML_IDP_CERT: z.string().min(20).optional(),
  SAML_IDP_ISSUER: z.string().min(1).optional(),
  SAML_LABEL: z.string().min(1).optional(),
});

function isHostOrRange(entry: string): boolean {
  const [addr, bits, extra] = entry.split("/");
  if (extra !== undefined || !addr) {
    return false;
  }
  if (bits !== undefined) {
    const n = Number(bits);
    const family = isIP(addr);
    return family !== 0 && Number.isInteger(n) && n >= 0 && n <= (family === 4 ? 32 : 128);
  }
  return isIP(addr) !== 0 || /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(addr);
}

export type Config = Readonly<{
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionTtlHours: number;
  secureCookies: boolean;
  loginMaxFailures: number;
  loginWindowMinutes: number;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  retentionYears: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  mailDir: string;
  publicUrl: string;
  runJobs: boolean;
  screeningClearanceDays: number;
  trustedProxies: readonly string[];
  auditKeyFile: string;
  webhookAllowedHosts: readonly string[];
  /** Identity providers set by environment for the institution `sso.institution` (else settings page). */
  sso: {
    institution: string | undefined;
    oidc: { issuer: string; clientId: string; clientSecret: string; label: string } | null;
    saml: { entryPoint: string; idpCert: string; idpIssuer: string; label: string } | null;
  };
}>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = ZConfig.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const c = parsed.data;
  const problems: string[] = [];
  const oidcSet = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET].filter(Boolean).length;
  const samlSet = [c.SAML_ENTRY_POINT, c.SAML_IDP_CERT, c.SAML_IDP_ISSUER].filter(Boolean).length;
  if (oidcSet > 0 && oidcSet < 3) {
    problems.push("  OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: set all three or none");
  }
  if (samlSet > 0 && samlSet < 3) {
    problems.push("  SAML_ENTRY_POINT, SAML_IDP_CERT, SAML_IDP_ISSUER: set all three or none");
  }
  if ((oidcSet > 0 || samlSet > 0) && !c.SSO_INSTITUTION) {
    problems.push("  SSO_INSTITUTION: required with OIDC_* or SAML_* (the institution code)");
  }
  if (problems.length > 0) {
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  return Object.freeze({
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.RENKEI_DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    sessionTtlHours: c.SESSION_TTL_HOURS,
    secureCookies: c.RENKEI_SECURE_COOKIES === "true",
    loginMaxFailures: c.LOGIN_MAX_FAILURES,
    loginWindowMinutes: c.LOGIN_WINDOW_MINUTES,
    logLevel: c.LOG_LEVEL,
    retentionYears: c.RETENTION_YEARS,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    mailDir: path.resolve(c.RENKEI_MAIL_DIR),
    publicUrl: (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/$/, ""),
    runJobs: c.RENKEI_JOBS === "true",
    screeningClearanceDays: c.SCREENING_CLEARANCE_DAYS,
    trustedProxies: splitList(c.RENKEI_TRUSTED_PROXIES),
    // Beside the data folder, never inside it: a copy of the database (backup, data folder) must not
    // carry the key that can sign for it.
    auditKeyFile: path.resolve(
      c.RENKEI_AUDIT_KEY_FILE ??
        path.join(path.dirname(path.resolve(c.RENKEI_DATA_DIR)), "renkei-keys", "audit-ed25519.pem"),
    ),
    webhookAllowedHosts: Object.freeze(c.RENKEI_WEBHOOK_ALLOWED_HOSTS),
    sso: {
      institution: c.SSO_INSTITUTION,
      oidc:
        c.OIDC_ISSUER && c.OIDC_CLIENT_ID && c.OIDC_CLIENT_SECRET
          ? {
              issuer: c.OIDC_ISSUER,
              clientId: c.OIDC_CLIENT_ID,
              clientSecret: c.OIDC_CLIENT_SECRET,
              label: c.OIDC_LABEL ?? "",
            }
          : null,
      saml:
        c.SAML_ENTRY_POINT && c.SAML_IDP_CERT && c.SAML_IDP_ISSUER
          ? {
              entryPoint: c.SAML_ENTRY_POINT,
              idpCert: c.SAML_IDP_CERT,
              idpIssuer: c.SAML_IDP_ISSUER,
              label: c.SAML_LABEL ?? "",
            }
          : null,
    },
  });
}

/** Redacts credentials in a database URL for logs and banners. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) {
    return `PGlite (embedded) at ${config.dataDir}`;
  }
  return `PostgreSQL ${config.databaseUrl.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@")}`;
}
