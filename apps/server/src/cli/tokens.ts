import { TOKEN_PERMISSIONS } from "@renkei/domain";
import { type Command, Option } from "commander";
import { eq } from "drizzle-orm";
import { institutions } from "../db/schema";
import type { Deps } from "../deps";
import { createApiToken, listApiTokens, revokeApiToken } from "../features/api-tokens/api-tokens.service";

const CLI_ACTOR = { userId: null, label: "cli" };

async function institutionId(deps: Deps, code: string): Promise<string> {
  const [inst] = await deps.db.select().from(institutions).where(eq(institutions.code, code));
  if (!inst) {
    throw new Error(`No institution with code "${code}"`);
  }
  return inst.id;
}

/** `renkei tokens create`: the token is printed once, on stdout alone so a script can capture it. */
export async function createTokenFromCli(
  deps: Deps,
  o: { institution: string; name: string; permission: string },
): Promise<{ token: string; id: string }> {
  const id = await institutionId(deps, o.institution);
  const { token, row } = await deps.db.transaction((tx) =>
    createApiToken(tx, deps, CLI_ACTOR, { institutionId: id, name: o.name, permission: o.permission }),
  );
  return { token, id: row.id };
}

/** `renkei tokens create | list | revoke`: institution API tokens for external systems. */
export function registerTokenCommands(program: Command, open: () => Promise<Deps>) {
  const tokens = program
    .command("tokens")
    .description("API tokens for external systems (e.g. clearance checks)");
  tokens
    .command("create")
    .description("Create a token; it is printed once and cannot be shown again")
    .requiredOption("--institution <code>", "institution code, e.g. demo")
    .requiredOption("--name <name>", "what the token is for, e.g. 'travel system'")
    .addOption(new Option("--permission <permission>").choices([...TOKEN_PERMISSIONS]).makeOptionMandatory())
    .action(async (o: { institution: string; name: string; permission: string }) => {
      const deps = await open();
      try {
        const { token, id } = await createTokenFromCli(deps, o);
        process.stderr.write(
          `Created token ${id} (${o.permission}). Store it now; it will not be shown again.\n`,
        );
        process.stdout.write(`${token}\n`);
      } finally {
        await deps.handle.close();
      }
    });
  tokens
    .command("list")
    .description("List the tokens of an institution")
    .requiredOption("--institution <code>")
    .action(async (o: { institution: string }) => {
      const deps = await open();
      try {
        for (const t of await listApiTokens(deps.db, await institutionId(deps, o.institution))) {
          const state = t.revokedAt ? `revoked ${t.revokedAt}` : `last used ${t.lastUsedAt ?? "never"}`;
          process.stdout.write(
            `${t.id}  ${t.tokenPrefix}…  ${t.permission.padEnd(16)} ${t.name}  (${state})\n`,
          );
        }
      } finally {
        await deps.handle.close();
      }
    });
  tokens
    .command("revoke <id>")
    .description("Revoke a token")
    .requiredOption("--institution <code>")
    .action(async (id: string, o: { institution: string }) => {
      const deps = await open();
      try {
        const inst = await institutionId(deps, o.institution);
        await deps.db.transaction((tx) => revokeApiToken(tx, deps, CLI_ACTOR, inst, id));
        process.stdout.write(`Revoked ${id}.\n`);
      } finally {
        await deps.handle.close();
      }
    });
}
