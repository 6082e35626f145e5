#!/usr/bin/env node
// `npm test`: every tier (domain unit, server integration on PGlite, browser journeys), then the server
// integration suite again on PostgreSQL when TEST_DATABASE_URL names a server (.ci/run starts one).
// Prints the closing line "N passed, N failed" that CI reads.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dir = mkdtempSync(path.join(tmpdir(), "renkei-test-"));
const totals = { passed: 0, failed: 0, skipped: 0 };

function lane(name, args, env = {}) {
  const out = path.join(dir, `${name}.json`);
  process.stdout.write(`\n=== ${name} ===\n`);
  const res = spawnSync(
    "npx",
    ["vitest", "run", ...args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`],
    {
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  let report;
  try {
    report = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    process.stdout.write(`${name}: no report (vitest exited with ${res.status})\n`);
    totals.failed += 1;
    return;
  }
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests + (report.numFailedTestSuites ?? 0);
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  if (res.status !== 0 && report.numFailedTests === 0 && !report.numFailedTestSuites) {
    totals.failed += 1;
  }
}

const { TEST_DATABASE_URL, ...withoutPg } = process.env;
lane("pglite", [], { TEST_DATABASE_URL: "" });
if (TEST_DATABASE_URL) {
  lane("postgresql", ["--project", "server"], { TEST_DATABASE_URL });
} else {
  process.stdout.write(
    "\nPostgreSQL lane skipped: set TEST_DATABASE_URL=postgres://… (CI's .ci/run starts a server).\n",
  );
}
void withoutPg;
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(totals.failed > 0 ? 1 : 0);
