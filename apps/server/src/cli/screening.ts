// `renkei lists …` and `renkei screen …` (issue 3 "Interfaces"; documented in docs/screening.md).
import { readFile } from "node:fs/promises";
import path from "node:path";
import { LIST_FORMATS, type ListFormat } from "@renkei/contract";
import { isDomainError, screenName } from "@renkei/domain";
import { type Command, Option } from "commander";
import { asc } from "drizzle-orm";
import type { Db } from "../db/client";
import { institutions } from "../db/schema";
import type { Deps } from "../deps";
import { groupListArgs, indexFromFiles, runBatchFile } from "../features/screening/batch-file";
import { institutionIndex } from "../features/screening/index-cache";
import { importList } from "../features/screening/list-import.service";
import { createListsService } from "../features/screening/lists.service";
import { toMatch, versionLabels } from "../features/screening/screening.mapper";

const CLI_ACTOR = { userId: null, label: "cli" };

/** The institution named by --institution, or the only non-hub institution when there is one. */
async function resolveInstitution(db: Db, code: string | undefined): Promise<{ id: string; code: string }> {
  const all = await db.select().from(institutions).orderBy(asc(institutions.code));
  if (code) {
    const found = all.find((i) => i.code === code);
    if (!found) {
      throw new Error(
        `No institution with code "${code}" (known: ${all.map((i) => i.code).join(", ") || "none"})`,
      );
    }
    return found;
  }
  const members = all.filter((i) => !i.isHub);
  if (members.length !== 1) {
    throw new Error(`Give --institution <code> (known: ${all.map((i) => i.code).join(", ") || "none"})`);
  }
  return members[0]!;
}

function fail(err: unknown): never {
  const message = isDomainError(err)
    ? `${err.code}: ${err.message}${err.details ? ` ${JSON.stringify(err.details)}` : ""}`
    : err instanceof Error
      ? err.message
      : String(err);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function withDeps<T>(open: () => Promise<Deps>, fn: (deps: Deps) => Promise<T>): Promise<T> {
  const deps = await open();
  try {
    return await fn(deps);
  } catch (err) {
    await deps.handle.close();
    fail(err);
  } finally {
    await deps.handle.close().catch(() => undefined);
  }
}

const formatOption = () =>
  new Option("--format <format>", "list file format").choices([...LIST_FORMATS]).makeOptionMandatory();

export function registerScreeningCommands(program: Command, open: () => Promise<Deps>) {
  const lists = program.command("lists").description("Restricted-party screening lists");

  lists
    .command("import")
    .description("Import a new version of a list (stored beside older versions, with its diff)")
    .addOption(formatOption())
    .requiredOption("--name <list-name>", 'list name shown in results, e.g. "METI 外国ユーザーリスト"')
    .option("--institution <code>", "institution code (default: the only member institution)")
    .option("--source <text>", "where the file came from (URL or note)")
    .option("--version-label <label>", "version / publication as the source states it")
    .option("--published <date>", "publication date YYYY-MM-DD")
    .option("--effective <date>", "date the version applies from, YYYY-MM-DD")
    .option("--preview", "only report counts and diff; store nothing")
    .argument("<files...>", "the list file(s); OFAC: sdn.csv alt.csv add.csv")
    .action(
      async (
        files: string[],
        o: {
          format: ListFormat;
          name: string;
          institution?: string;
          source?: string;
          versionLabel?: string;
          published?: string;
          effective?: string;
          preview?: boolean;
        },
      ) => {
        await withDeps(open, async (deps) => {
          const inst = await resolveInstitution(deps.db, o.institution);
          const report = await importList(
            deps,
            inst.id,
            CLI_ACTOR,
            {
              format: o.format,
              name: o.name,
              source: o.source,
              versionLabel: o.versionLabel,
              publishedOn: o.published,
              effectiveOn: o.effective,
              files: await Promise.all(
                files.map(async (f) => ({
                  name: path.basename(f),
                  bytes: new Uint8Array(await readFile(f)),
                })),
              ),
            },
            {
              mode: o.preview ? "preview" : "commit",
              onProgress: (m) => process.stderr.write(`  ${m}\n`),
            },
          );
          const out = process.stdout;
          if (report.unchanged) {
            out.write(
              `${o.name}: identical to version ${report.seq} (${report.versionLabel}); nothing imported.\n`,
            );
            return;
          }
          out.write(
            `${o.preview ? "Preview of" : "Imported"} ${o.name} version ${report.seq} (${report.versionLabel}) ` +
              `for ${inst.code}: ${report.entryCount} entries; added ${report.added}, changed ${report.changed}, ` +
              `removed ${report.removed}.\n  sha256 ${report.fileSha256}\n`,
          );
          if (report.rescreen) {
            out.write(
              `  re-screened ${report.rescreen.subjects} partners/people against added/changed entries: ` +
                `${report.rescreen.newHits} new hit(s) for review.\n`,
            );
          }
          if (report.warnings.length > 0) {
            out.write(
              `  ${report.warnings.length} warning(s), e.g. ${report.warnings.slice(0, 3).join("; ")}\n`,
            );
          }
        });
      },
    );

  lists
    .command("list")
    .description("Show the lists and their version in force")
    .option("--institution <code>", "institution code")
    .option("--json", "print JSON")
    .action(async (o: { institution?: string; json?: boolean }) => {
      await withDeps(open, async (deps) => {
        const inst = await resolveInstitution(deps.db, o.institution);
        const items = await createListsService(deps).lists({ institutionId: inst.id });
        if (o.json) {
          process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
          return;
        }
        if (items.length === 0) {
          process.stdout.write(
            `No lists for ${inst.code}. Import one with: renkei lists import --format … --name … FILE\n`,
          );
        }
        for (const l of items) {
          const v = l.latest;
          process.stdout.write(
            `${l.name}  [${l.format}]  version ${v?.seq ?? "-"} (${v?.versionLabel ?? "-"}), ${v?.entryCount ?? 0} entries, ` +
              `${l.versionCount} version(s), imported ${v?.importedAt.slice(0, 10) ?? "-"}\n`,
          );
        }
      });
    });

  const screen = program
    .command("screen")
    .description('Screen a name: renkei screen "<name>" [--country CC] [--json]; or: renkei screen batch …')
    .argument("<name>", "the name to screen (any script)")
    .option("--country <cc>", "country of the party (ISO code), a score qualifier")
    .option("--institution <code>", "institution code")
    .option("--json", "print the result as JSON")
    .action(async (name: string, o: { country?: string; institution?: string; json?: boolean }) => {
      await withDeps(open, async (deps) => {
        const inst = await resolveInstitution(deps.db, o.institution);
        const idx = await institutionIndex(deps.db, inst.id);
        const result = screenName(idx.index, { name, ...(o.country ? { country: o.country } : {}) });
        const matches = result.matches.map((m) => toMatch(m, idx));
        if (o.json) {
          process.stdout.write(
            `${JSON.stringify(
              {
                query: result.query,
                normalizedQuery: result.normalizedQuery,
                engineVersion: result.engineVersion,
                configVersion: result.configVersion,
                threshold: result.threshold,
                listVersions: versionLabels(idx),
                matches,
              },
              null,
              2,
            )}\n`,
          );
          return;
        }
        if (Object.keys(idx.versions).length === 0) {
          process.stdout.write(`No lists imported for ${inst.code}.\n`);
          return;
        }
        const hits = matches.filter((m) => m.isMatch);
        process.stdout.write(
          `${hits.length} match(es) at or above ${result.threshold} for "${name}" (${result.normalizedQuery}):\n`,
        );
        for (const m of matches) {
          process.stdout.write(
            `  ${m.isMatch ? "MATCH" : "     "} ${m.score.toFixed(3)}  ${m.name}  [${m.list} ${m.sourceId}]` +
              `${m.name !== m.entryName ? ` = ${m.entryName}` : ""}\n`,
          );
        }
      });
    });

  const tokens: { kind: "file" | "format"; value: string }[] = [];
  screen
    .command("batch")
    .description("Screen every row of a CSV (id,name[,country]) and write JSON lines")
    .requiredOption("--input <queries.csv>", "CSV with columns id,name and optional country")
    .requiredOption("--output <results.jsonl>", "one JSON line per query")
    .option(
      "--list <file>",
      "screen against this list file instead of the database (repeatable)",
      (v: string) => {
        tokens.push({ kind: "file", value: v });
        return v;
      },
    )
    .option(
      `--list-format <format>`,
      `format of the preceding --list file(s): ${LIST_FORMATS.join(", ")}`,
      (v: string) => {
        if (!(LIST_FORMATS as readonly string[]).includes(v)) {
          throw new Error(`--list-format must be one of ${LIST_FORMATS.join(", ")}`);
        }
        tokens.push({ kind: "format", value: v });
        return v;
      },
    )
    .option("--threshold <score>", "match threshold (default: the engine's)", Number.parseFloat)
    .option("--institution <code>", "institution code (database mode)")
    .action(async (o: { input: string; output: string; threshold?: number; institution?: string }) => {
      const progress = (m: string) => process.stderr.write(`  ${m}\n`);
      const write = (r: { queries: number; withMatch: number }) =>
        process.stdout.write(
          `Screened ${r.queries} name(s): ${r.withMatch} with a match. Results in ${o.output}\n`,
        );
      try {
        const specs = groupListArgs(tokens);
        if (specs.length > 0) {
          progress(`building the index from ${specs.map((s) => s.files.join("+")).join(", ")} (no database)`);
          const index = await indexFromFiles(specs);
          write(await runBatchFile({ ...o, index, onProgress: progress }));
          return;
        }
      } catch (err) {
        fail(err);
      }
      await withDeps(open, async (deps) => {
        const inst = await resolveInstitution(deps.db, o.institution);
        const idx = await institutionIndex(deps.db, inst.id);
        write(await runBatchFile({ ...o, index: idx.index, onProgress: progress }));
      });
    });
}
