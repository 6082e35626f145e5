import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { institutions } from "../db/schema";
import type { Deps } from "../deps";
import { runRetention } from "../features/personal-data/retention.service";

/** `renkei personal-data retention [--dry-run] [--institution CODE]` (issue 17 item 7). */
export function registerPersonalDataCommands(program: Command, open: () => Promise<Deps>) {
  const pd = program.command("personal-data").description("Personal data: retention (個人情報の保存期間)");
  pd.command("retention")
    .description("Remove or anonymise personal data past its retention period; legal holds are kept")
    .option("--dry-run", "count what would be removed, change nothing")
    .option("--institution <code>", "only this institution")
    .action(async (opts: { dryRun?: boolean; institution?: string }) => {
      const deps = await open();
      const rows = await deps.db
        .select({ id: institutions.id, code: institutions.code })
        .from(institutions)
        .where(opts.institution ? eq(institutions.code, opts.institution) : undefined);
      if (rows.length === 0) {
        process.stderr.write(`No institution ${opts.institution ?? ""}\n`);
        await deps.handle.close();
        process.exit(2);
      }
      for (const inst of rows) {
        const r = await runRetention(deps, inst.id, {
          trigger: "cli",
          dryRun: opts.dryRun === true,
          actor: { userId: null, label: "renkei personal-data retention" },
        });
        process.stdout.write(`${JSON.stringify({ institution: inst.code, ...r })}\n`);
      }
      await deps.handle.close();
    });
}
