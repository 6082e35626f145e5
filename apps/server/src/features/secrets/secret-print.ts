import {
  levelName,
  SECRET_ORIGIN_LABELS,
  SECRET_STATUS_LABELS,
  SECRET_STORAGE_LABELS,
  type SecretLevel,
  type SecretOrigin,
  type SecretStorageKind,
} from "@renkei/domain";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { renderPdf } from "../../lib/pdf";
import { logSecretAccess } from "./secret-gate";
import type { ItemFilter } from "./secrets.repo";
import { visibleRegister } from "./secrets.service";

/**
 * The printable register per case or per lab (issue 12 item 9; seed 002 第4章 管理台帳), holding only
 * what the reader may see, with the count of what was left out. No internal ids on paper.
 */
export async function registerPdf(deps: Deps, actor: Actor, f: ItemFilter): Promise<Buffer> {
  const { ctx, visible, hidden } = await visibleRegister(deps.db, actor, f);
  const now = deps.clock.now();
  const scope = f.caseId
    ? `案件 ${visible[0]?.caseRef ?? ""}`
    : f.departmentId
      ? `部局・研究室 ${visible[0]?.departmentName ?? ""}`
      : "機関全体";
  const pdf = await renderPdf({ title: "秘密情報管理台帳", subject: scope }, (w) => {
    w.title("秘密情報管理台帳");
    w.field("範囲", scope);
    w.field("出力日時", `${now.toISOString().replace("T", " ").slice(0, 16)} UTC（${actor.displayName}）`);
    w.field("件数", `${visible.length} 件${hidden > 0 ? `（閲覧権限のない ${hidden} 件を除く）` : ""}`);
    w.table(
      ["件名", "区分", "由来", "相手方", "管理責任者", "保管", "秘密保持期限", "状態"],
      visible.map((r) => [
        r.title,
        levelName(ctx.scheme, r.level as SecretLevel).ja,
        SECRET_ORIGIN_LABELS[r.origin as SecretOrigin].ja,
        r.partnerName ?? "—",
        r.responsibleName,
        `${SECRET_STORAGE_LABELS[r.storageKind as SecretStorageKind].ja}${r.storageLocation ? `: ${r.storageLocation}` : ""}`,
        r.secrecyUntil ?? "—",
        SECRET_STATUS_LABELS[r.status].ja,
      ]),
      [0.2, 0.07, 0.11, 0.14, 0.12, 0.16, 0.1, 0.1],
    );
  });
  await logSecretAccess(
    deps.db,
    actor,
    "export",
    visible.map((r) => ({
      itemId: r.id,
      caseId: r.caseId,
      partnerId: r.partnerId,
      level: r.level,
      action: "view" as const,
    })),
    now,
  );
  return pdf;
}
