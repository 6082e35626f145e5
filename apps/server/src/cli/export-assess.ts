import { readFileSync } from "node:fs";
import {
  assessExportControl,
  type ExportControlFacts,
  type ExportControlResult,
  isDomainError,
  isIsoDate,
} from "@renkei/domain";
import type { Command } from "commander";
import { institutions } from "../db/schema";
import type { Deps } from "../deps";
import { createAssessService, parseFacts } from "../features/export-control/assess.service";
import {
  defaultEndUserLookup,
  type EndUserLookup,
  endUserLookupNotWired,
} from "../features/export-control/end-user-lookup";
import { systemClock } from "../lib/clock";

export interface AssessCommandOptions {
  input: string;
  json?: boolean;
  asOf?: string;
  institution?: string;
}

export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  today(): string;
}

const processIo: CliIo = {
  readFile: (p) => readFileSync(p === "-" ? 0 : p, "utf8"),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  today: () => systemClock.today(),
};

const OUTCOME_LABELS: Record<ExportControlResult["outcome"], string> = {
  NO_LICENCE: "許可不要 / No licence needed",
  NO_LICENCE_EXEMPT: "許可不要（例外適用）/ No licence (exemption)",
  LICENCE_REQUIRED: "許可が必要 / Licence required",
  MANUAL_REVIEW: "個別審査が必要 / Manual review by the export-control office",
  PROHIBITED: "禁止（制裁措置）/ Prohibited (sanctions)",
};

/** The human-readable summary printed without --json. */
export function formatAssessment(result: ExportControlResult): string {
  const residency =
    result.residency === "RESIDENT"
      ? "RESIDENT（居住者）"
      : result.residency === "NON_RESIDENT"
        ? "NON_RESIDENT（非居住者）"
        : "—";
  const lines = [
    `判定 Outcome:      ${result.outcome} — ${OUTCOME_LABELS[result.outcome]}`,
    `例外 Exemption:    ${result.exemption ?? "—"}`,
    `居住性 Residency:  ${residency}`,
    `特定類型 Tokutei:  ${result.tokutei.length ? result.tokutei.join(", ") : "—"}`,
    `基準日 As of:      ${result.asOf}  (${result.activity}, ${result.engineVersion})`,
    "",
    "理由と根拠 Reasons and legal basis:",
    ...result.reasons.flatMap((r, i) => [
      `  ${String(i + 1).padStart(2)}. ${r.text.ja}（${r.citation.ja}）`,
      `      ${r.text.en} (${r.citation.en}) [${r.ruleId}]`,
    ]),
  ];
  if (result.reviewFlags.length > 0) {
    lines.push("", `要確認 Review flags: ${result.reviewFlags.join(", ")}`);
  }
  lines.push(
    "",
    "データ版 Data versions:",
    ...Object.entries(result.dataVersions).map(([k, v]) => `  ${k.padEnd(18)} ${v}`),
  );
  return `${lines.join("\n")}\n`;
}

function needsScreening(facts: ExportControlFacts, lookup: EndUserLookup) {
  return (
    Boolean(facts.endUser?.name?.trim()) &&
    facts.endUser?.eulCategories === undefined &&
    lookup !== endUserLookupNotWired
  );
}

/**
 * `renkei export-control assess`: reads one JSON object of facts and prints the determination. Exit code 0
 * when assessed (whatever the outcome), 2 on unreadable or invalid input (each bad field named by path).
 * The database is opened only when the end user has to be screened against the End User List.
 */
export async function runAssessCommand(
  opts: AssessCommandOptions,
  io: CliIo = processIo,
  lookup: EndUserLookup = defaultEndUserLookup,
  open?: () => Promise<Deps>,
): Promise<number> {
  const source = opts.input === "-" ? "(standard input)" : opts.input;
  const fail = (message: string) => {
    io.stderr(`${message}\n`);
    return 2;
  };
  let raw: string;
  try {
    raw = io.readFile(opts.input);
  } catch (err) {
    return fail(`Cannot read ${source}: ${(err as Error).message}`);
  }
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (err) {
    return fail(`${source} is not valid JSON: ${(err as Error).message}`);
  }
  if (opts.asOf && !isIsoDate(opts.asOf)) {
    return fail(`--as-of must be a date YYYY-MM-DD (got "${opts.asOf}")`);
  }
  let result: ExportControlResult;
  try {
    const facts = parseFacts(opts.asOf ? { ...(input as object), asOf: opts.asOf } : input);
    if (open && needsScreening(facts, lookup)) {
      const deps = await open();
      try {
        const institutionId = await pickInstitution(deps, opts.institution);
        result = (await createAssessService(deps, lookup).assess(institutionId, facts)).result;
      } finally {
        await deps.handle.close();
      }
    } else {
      result = assessExportControl(facts, { today: io.today() });
    }
  } catch (err) {
    if (isDomainError(err) && err.code === "VALIDATION_FAILED") {
      const issues = (err.details?.issues ?? []) as { path: string; message: string }[];
      return fail(
        [
          `${opts.input}: invalid facts`,
          ...issues.map((i) => `  ${i.path || "(top level)"}: ${i.message}`),
        ].join("\n"),
      );
    }
    if (isDomainError(err)) {
      return fail(`${err.code}: ${err.message}`);
    }
    throw err;
  }
  io.stdout(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatAssessment(result));
  return 0;
}

async function pickInstitution(deps: Deps, code?: string): Promise<string> {
  const rows = await deps.db.select().from(institutions);
  const found = code
    ? rows.find((r) => r.code === code)
    : rows.filter((r) => !r.isHub).length === 1
      ? rows.find((r) => !r.isHub)
      : undefined;
  if (!found) {
    throw new Error(
      code
        ? `No institution with code "${code}"`
        : "Several institutions: give --institution <code> for End User List screening",
    );
  }
  return found.id;
}

/** Adds `renkei export-control assess` (shares the `export-control` group with other export-control commands). */
export function registerExportAssessCommands(program: Command, open: () => Promise<Deps>) {
  const group =
    program.commands.find((c) => c.name() === "export-control") ??
    program.command("export-control").description("Security export control (安全保障貿易管理)");
  group
    .command("assess")
    .description(
      "Assess one technology provision or goods export from a JSON file of facts (docs/export-control-assess.md)",
    )
    .requiredOption("--input <file>", "facts as one JSON object (- for standard input)")
    .option("--json", "print the full determination as JSON")
    .option("--as-of <date>", "assess as of this date (overrides asOf in the file)")
    .option("--institution <code>", "institution whose End User List screening to use")
    .action(async (o: AssessCommandOptions) => {
      process.exitCode = await runAssessCommand(o, processIo, defaultEndUserLookup, open);
    });
}
