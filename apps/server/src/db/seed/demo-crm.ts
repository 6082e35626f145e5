import { addMonths } from "@renkei/domain";
import { eq } from "drizzle-orm";
import type { Deps } from "../../deps";
import { createEntryRequestsService } from "../../features/crm/entry-requests.service";
import { createMembershipService } from "../../features/crm/membership.service";
import { createRegisterService } from "../../features/crm/register.service";
import { partners } from "../schema";
import { clearDemoNotices, demoActor } from "./demo-ip";

/**
 * Fictional CRM-depth records for the demo institution (issue 17 item 1), so each page shows something:
 * a department's pending request to enter a partner; research seeds and partners' needs with one match
 * and a reaction at an exhibition; a membership programme with two tiers and two members, one of them
 * due for renewal. Every name is invented; dates follow the clock. Made through the services, so each
 * record has its audit trail.
 */
export async function seedDemoCrm(deps: Deps, institutionId: string): Promise<void> {
  const researcher = await demoActor(deps, institutionId, "researcher");
  const coordinator = await demoActor(deps, institutionId, "coordinator");
  const today = deps.clock.today();
  const byName = new Map(
    (
      await deps.db
        .select({ id: partners.id, name: partners.legalName })
        .from(partners)
        .where(eq(partners.institutionId, institutionId))
    ).map((p) => [p.name, p.id]),
  );
  const partner = (name: string) => {
    const id = byName.get(name);
    if (!id) {
      throw new Error(`demo partner missing: ${name}`);
    }
    return id;
  };
  const sakura = partner("株式会社さくら精機");
  const aoba = partner("株式会社あおば電子");
  const shizuku = partner("株式会社しずく水処理");

  await createEntryRequestsService(deps).create(researcher, {
    kind: "partner",
    organisationName: "Lumenhaus Optik GmbH（架空）",
    country: "DE",
    details: "光学系の展示会で名刺交換。共同研究の打診があったため、連携先として登録をお願いします。",
  });

  const register = createRegisterService(deps);
  const battery = await register.addEntry(researcher, {
    kind: "seed",
    title: "全固体電池の界面制御技術（デモ）",
    summary: "固体電解質と電極の界面抵抗を下げる成膜プロセス。試作セルで評価済み。",
    keywords: ["全固体電池", "界面", "成膜"],
  });
  await register.addEntry(researcher, {
    kind: "seed",
    title: "可視光応答型光触媒による水浄化（デモ）",
    summary: "室内光でも有機物を分解できる光触媒の表面設計。",
    keywords: ["光触媒", "水処理"],
  });
  const need = await register.addEntry(coordinator, {
    kind: "need",
    title: "車載向け電池の長寿命化（デモ）",
    summary: "充放電サイクル寿命を現行の1.5倍にしたい。",
    keywords: ["電池", "車載"],
    partnerId: aoba,
  });
  await register.addEntry(coordinator, {
    kind: "need",
    title: "工場排水の低コスト処理（デモ）",
    keywords: ["水処理"],
    partnerId: shizuku,
  });
  await register.saveMatch(coordinator, {
    seedId: battery,
    needId: need,
    status: "introduced",
    note: "研究室見学を調整中。",
  });
  await register.addReaction(researcher, {
    eventKind: "exhibition",
    eventName: "産学連携フェア 2026（デモ）",
    occurredOn: addMonths(today, -1),
    partnerId: aoba,
    seedId: battery,
    interest: "high",
    note: "試作セルの評価データに強い関心。後日面談を希望。",
  });

  const members = createMembershipService(deps);
  const gold = await members.addTier(coordinator, {
    nameJa: "ゴールド会員",
    nameEn: "Gold member",
    annualFeeYen: 5_000_000,
    benefits: ["研究室訪問の優先手配", "年次シンポジウムへの招待（5名）", "研究シーズ情報の先行提供"],
  });
  await members.addTier(coordinator, {
    nameJa: "シルバー会員",
    nameEn: "Silver member",
    annualFeeYen: 1_500_000,
    benefits: ["年次シンポジウムへの招待（2名）", "研究シーズ情報の提供"],
  });
  // One term ends next month (the renewal is due); the other began recently.
  await members.join(coordinator, { partnerId: sakura, tierId: gold, startedOn: addMonths(today, -11) });
  await members.join(coordinator, { partnerId: aoba, tierId: gold, startedOn: addMonths(today, -2) });

  // Seeding is not news: the demo starts with an empty bell and outbox for these.
  await clearDemoNotices(deps, institutionId, ["crm.request_created"]);
}
