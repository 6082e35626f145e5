export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

/**
 * What a log line may say about an error (issue 10: failed-query logs carried a scrypt hash and an
 * e-mail). Drizzle's "Failed query: … params: …" message keeps only the SQL text; the driver's
 * `detail` (which quotes the offending values) is left out; the stack keeps only its frames.
 */
export function errorFields(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) {
    return { err: redact(String(err)) };
  }
  const cause = (err as { cause?: unknown }).cause;
  const code = (err as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
  return {
    err: redact(`${err.name}: ${err.message}`),
    ...(cause instanceof Error ? { cause: redact(cause.message) } : {}),
    ...(typeof code === "string" ? { code } : {}),
    stack: (err.stack ?? "")
      .split("\n")
      .filter((line) => line.startsWith("    at "))
      .join("\n"),
  };
}

/** Cuts query parameters and masks password hashes, tokens and e-mail addresses in free text. */
export function redact(text: string): string {
  return text
    .replace(/\n?params:[\s\S]*$/, "")
    .replace(/scrypt\$[^\s"',]+/g, "scrypt$***")
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "***@***")
    .replace(/\b[0-9a-f]{40,}\b/gi, "***");
}

function safe(value: unknown): unknown {
  if (value instanceof Error) {
    return errorFields(value);
  }
  return typeof value === "string" ? redact(value) : value;
}

/** JSON lines on stderr: one event a line, machine-readable, no dependency. */
export function createLogger(level: LogLevel): Logger {
  const log = (at: Exclude<LogLevel, "silent">) => (msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[at] >= ORDER[level]) {
      const clean = Object.fromEntries(Object.entries(fields ?? {}).map(([k, v]) => [k, safe(v)]));
      process.stderr.write(`${JSON.stringify({ t: new Date().toISOString(), level: at, msg, ...clean })}\n`);
    }
  };
  return { debug: log("debug"), info: log("info"), warn: log("warn"), error: log("error") };
}
