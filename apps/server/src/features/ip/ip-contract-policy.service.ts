import type { TIpContractPolicy, ZIpContractPolicyInput } from "@renkei/contract";
import type { z } from "zod";
import type { DbOrTx } from "../../db/client";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { loadCaseSettings, saveCaseSettings } from "../cases/case-settings";
import { auditIp } from "./ip-write";

/**
 * The contract policy the IP office owns (X4, X9): whether third-country arbitration (seed 001 case 27)
 * is off, a warning or an unwaivable red flag. It is stored with the case settings the contract rules
 * read, but only legal/IP changes it — the coordinator whose contract it flags cannot switch it off.
 */
export function createIpContractPolicyService(deps: Deps) {
  const { db, clock } = deps;

  async function read(on: DbOrTx, institutionId: string): Promise<TIpContractPolicy> {
    const s = await loadCaseSettings(on, institutionId);
    return {
      thirdCountryArbitration: s.policy.thirdCountryArbitration,
      standardIndirectRatePercent: s.costRates.standardIndirectRatePercent,
      enhancedIndirectRatePercent: s.costRates.enhancedIndirectRatePercent,
    };
  }

  return {
    get: (actor: Actor) => read(db, actor.institutionId),

    async save(actor: Actor, input: z.output<typeof ZIpContractPolicyInput>): Promise<void> {
      const now = clock.now();
      await db.transaction(async (tx) => {
        const settings = await loadCaseSettings(tx, actor.institutionId);
        const before = { thirdCountryArbitration: settings.policy.thirdCountryArbitration };
        await saveCaseSettings(
          tx,
          actor.institutionId,
          {
            ...settings,
            policy: { ...settings.policy, thirdCountryArbitration: input.thirdCountryArbitration },
          },
          actor.userId,
          now.toISOString(),
        );
        await auditIp(
          tx,
          actor,
          "ip_settings.contract_policy_updated",
          { type: "institution", id: actor.institutionId },
          { before, after: input },
          now,
        );
      });
    },
  };
}
