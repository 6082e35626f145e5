import cluster from "node:cluster";
import { existsSync, writeFileSync } from "node:fs";
import { checkPasswordPolicy, PASSWORD_PROBLEM_TEXT, ROLES, type Role } from "@renkei/domain";
import { Command, Option } from "commander";
import { eq } from "drizzle-orm";
import { createApp, OPENAPI_INFO } from "../app";
import { startWorkers } from "../cluster";
import { ConfigError, loadConfig } from "../config";
import { backupTo, restoreFrom } from "../db/backup";
import { createDb } from "../db/client";
import { DataDirLockedError } from "../db/data-dir-lock";
import { migrateDb } from "../db/migrate";
import { institutions } from "../db/schema";
import { seedDemo } from "../db/seed/dev-seed";
import { checkpointLogFile, createCheckpoint, readCheckpointLog } from "../features/audit/audit-checkpoint";
import { loadOrCreateSigningKey, publicKeyPem, readPublicKey } from "../features/audit/audit-key";
import { verifyAudit } from "../features/audit/audit-verify";
import { createUser } from "../features/users/users.service";
import { ensureWebBuilt } from "../lib/web-build";
import { openDeps, startServer } from "../server";
import { registerExportAssessCommands } from "./export-assess";
import { registerJobCommands } from "./jobs";
import { registerPersonalDataCommands } from "./personal-data";
import { registerScreeningCommands } from "./screening";
import { registerTokenCommands } from "./tokens";

const program = new Command("renkei").description(
  "Renkei 連携 — collaboration, screening and export control",
);

function config() {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
}

program
  .command("serve")
  .description("Start the web app and API (migrates; seeds the demo institution on first run)")
  .option("--build-web", "build the web UI first when it is missing or out of date")
  .option("--no-seed", "do not seed the demo institution")
  .option("--workers <n>", "app processes sharing the port and one PostgreSQL (needs DATABASE_URL)", "1")
  .action(async (opts: { buildWeb?: boolean; seed: boolean; workers: string }) => {
    const workers = Number(opts.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
      throw new ConfigError("--workers must be a whole number from 1 to 64");
    }
    if (opts.buildWeb && !cluster.isWorker && !ensureWebBuilt()) {
      process.stderr.write("Web UI build failed; the API still starts.\n");
    }
    if (workers > 1 || cluster.isWorker) {
      await startWorkers(config(), { seed: opts.seed, workers });
    } else {
      await startServer(config(), { seed: opts.seed });
    }
  });

const db = program.command("db").description("Database maintenance");
db.command("migrate")
  .description("Apply pending migrations")
  .action(async () => {
    const handle = await createDb({ url: config().databaseUrl, dataDir: config().dataDir });
    await migrateDb(handle);
    await handle.close();
    process.stdout.write("Migrations applied.\n");
  });
db.command("seed")
  .description("Seed data")
  .requiredOption("--demo", "the fictional demo institution")
  .action(async () => {
    const deps = await openDeps(config());
    const { created } = await seedDemo(deps);
    await deps.handle.close();
    process.stdout.write(
      created ? "Demo institution seeded.\n" : "Demo institution already present; nothing to do.\n",
    );
  });

const usersCmd = program.command("users").description("Accounts");
usersCmd
  .command("create")
  .description("Create an account")
  .requiredOption("--email <email>")
  .requiredOption("--name <displayName>")
  .addOption(new Option("--role <role>").choices([...ROLES]).makeOptionMandatory())
  .requiredOption("--institution <code>", "institution code, e.g. demo")
  .option("--password <password>", "initial password (or RENKEI_NEW_PASSWORD)")
  .action(async (o: { email: string; name: string; role: Role; institution: string; password?: string }) => {
    const password = o.password ?? process.env.RENKEI_NEW_PASSWORD;
    if (!password) {
      process.stderr.write("Give --password or set RENKEI_NEW_PASSWORD.\n");
      process.exit(2);
    }
    const problems = checkPasswordPolicy(password, { email: o.email });
    if (problems.length > 0) {
      for (const p of problems) {
        process.stderr.write(`${PASSWORD_PROBLEM_TEXT[p].ja}\n${PASSWORD_PROBLEM_TEXT[p].en}\n`);
      }
      process.exit(2);
    }
    const deps = await openDeps(config());
    try {
      const [inst] = await deps.db.select().from(institutions).where(eq(institutions.code, o.institution));
      if (!inst) {
        throw new Error(`No institution with code "${o.institution}"`);
      }
      const row = await deps.db.transaction((tx) =>
        createUser(
          tx,
          deps,
          { userId: null, label: "cli" },
          { institutionId: inst.id, email: o.email, displayName: o.name, role: o.role, password },
        ),
      );
      process.stdout.write(`Created ${row.email} (${row.role}) id=${row.id}\n`);
    } finally {
      await deps.handle.close();
    }
  });

const auditCmd = program.command("audit").description("Audit log");
auditCmd
  .command("verify")
  .description(
    "Recompute the hash chain and check the signed checkpoints; exit 1 when anything was edited or deleted",
  )
  .option("--json", "print the report as JSON")
  .option("--public-key <file>", "the checkpoint public key an auditor was given (default: the key file)")
  .action(async (o: { json?: boolean; publicKey?: string }) => {
    const cfg = config();
    const deps = await openDeps(cfg);
    const keyFile = o.publicKey ?? (existsSync(cfg.auditKeyFile) ? cfg.auditKeyFile : undefined);
    const report = await verifyAudit(deps.db, {
      publicKey: keyFile ? readPublicKey(keyFile) : undefined,
      checkpointLog: readCheckpointLog(checkpointLogFile(cfg.auditKeyFile)),
    });
    await deps.handle.close();
    if (o.json) {
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    } else if (report.ok) {
      process.stdout.write(
        `Audit log intact: ${report.events} events in ${report.institutions} institution chain(s), ${report.checkpoints} signed checkpoint(s)${report.signaturesChecked ? "" : " (signatures NOT checked: no public key)"}.\n`,
      );
    } else {
      process.stdout.write(`Audit log TAMPERED: ${report.problems.length} problem(s)\n`);
      for (const p of report.problems) {
        process.stdout.write(
          `  ${p.problem} institution=${p.institutionId ?? "-"} seq=${p.seq ?? "-"}${p.detail ? ` (${p.detail})` : ""}\n`,
        );
      }
    }
    process.exitCode = report.ok ? 0 : 1;
  });
auditCmd
  .command("checkpoint")
  .description("Sign the head of every chain now (the server also does so every hour)")
  .action(async () => {
    const deps = await openDeps(config());
    try {
      const row = await createCheckpoint(deps);
      process.stdout.write(
        row ? `Checkpoint ${row.seq} signed.\n` : "No chain moved since the last checkpoint.\n",
      );
    } finally {
      await deps.handle.close();
    }
  });
auditCmd
  .command("public-key")
  .description("Print the public key of the checkpoint signing key, for an auditor")
  .option("--output <file>")
  .action((o: { output?: string }) => {
    const pem = publicKeyPem(loadOrCreateSigningKey(config().auditKeyFile));
    if (o.output) {
      writeFileSync(o.output, pem);
    } else {
      process.stdout.write(pem);
    }
  });

program
  .command("backup <file>")
  .description("Write all data to a gzip'd backup file (embedded or server database)")
  .action(async (file: string) => {
    const deps = await openDeps(config());
    const summary = await backupTo(deps.handle, file);
    await deps.handle.close();
    const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
    process.stdout.write(
      `Backup written to ${file}: ${rows} rows in ${Object.keys(summary.tables).length} tables.\n`,
    );
  });

program
  .command("restore <file>")
  .description("Replace all data with a backup file (stop the server first)")
  .option("--yes", "confirm that current data will be replaced")
  .action(async (file: string, o: { yes?: boolean }) => {
    if (!o.yes) {
      process.stderr.write("Restore replaces ALL current data. Run again with --yes to confirm.\n");
      process.exit(2);
    }
    const handle = await createDb({ url: config().databaseUrl, dataDir: config().dataDir });
    const summary = await restoreFrom(handle, file);
    await handle.close();
    const rows = Object.values(summary.tables).reduce((a, b) => a + b, 0);
    process.stdout.write(`Restored ${rows} rows from ${file}.\n`);
  });

program
  .command("openapi")
  .description("Print or write the OpenAPI document")
  .option("--output <file>")
  .action(async (o: { output?: string }) => {
    const handle = await createDb({ url: "memory://" });
    const app = createApp({ db: handle.db, handle } as never, { webDir: null });
    const doc = JSON.stringify(app.getOpenAPI31Document(OPENAPI_INFO), null, 2);
    await handle.close();
    if (o.output) {
      writeFileSync(o.output, `${doc}\n`);
    } else {
      process.stdout.write(`${doc}\n`);
    }
  });

registerJobCommands(program, () => openDeps(config()));
registerPersonalDataCommands(program, () => openDeps(config()));
registerScreeningCommands(program, () => openDeps(config()));
registerTokenCommands(program, () => openDeps(config()));
registerExportAssessCommands(program, () => openDeps(config()));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(3);
  }
  throw err;
}
