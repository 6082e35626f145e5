import type { TCaseDetail, TCaseHistory } from "@renkei/contract";
import {
  AUDIT_ACTIONS,
  type AuditAction,
  CASE_KIND_LABELS,
  CASE_STAGE_LABELS,
  EMERGING_TECH_LABELS,
  lineReasons,
  PARTICIPANT_KIND_LABELS,
  RESEARCH_AREA_LABELS,
  RISK_LEVEL_LABELS,
  reasonLine,
  renderQuotation,
  SCREENING_STATUS_LABELS,
  upgradeReason,
} from "@renkei/domain";
import type { Deps } from "../../deps";
import type { Actor } from "../../http/context";
import { renderPdf } from "../../lib/pdf";
import { appendAudit } from "../audit/audit.writer";
import { rebuildQuotation } from "../cost/cost-components";
import { withoutHiddenEvents } from "../secrets/case-secrets";
import { caseHistory, createCaseDetailService } from "./case-detail.service";
import { reviewLine } from "./case-export-link";
import { auditActor } from "./case-write";

/**
 * Printable documents: a case's whole file and history for an inspection (issue 5; seed 001 §IV.3
 * 記録を保存), and the quotation (見積書, seed 003 / case 23) rendered by the domain's `renderQuotation`.
 */

const RECORD_LABELS: Record<string, string> = {
  internal_check: "機関内での意向の確認",
  scheme: "連携スキーム",
  negotiation: "交渉",
  research_plan: "研究計画",
  contract_terms: "契約条件",
  agreement_confirmation: "合意内容の確認・周知",
  export_licence: "輸出許可",
  national_project: "国プロ参加",
  closing: "終了手続",
};

const date = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : "—");
const when = (iso: string) => iso.replace("T", " ").slice(0, 19);

/** One line per event: what changed, briefly (the full JSON is in the audit log and its CSV export). */
function summarise(after: unknown): string {
  if (after === null || after === undefined) {
    return "";
  }
  const a = after as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of ["from", "to", "note", "section", "title", "fileName", "body", "flag", "justification"]) {
    const v = a[key];
    if (typeof v === "string" && v !== "") {
      parts.push(`${key}: ${v.length > 160 ? `${v.slice(0, 160)}…` : v}`);
    }
  }
  if (Array.isArray(a.reasons)) {
    parts.push(
      `理由: ${(a.reasons as unknown[]).map((r) => upgradeReason(r).text.ja).join(" / ")}`.slice(0, 400),
    );
  }
  return parts.join("\n") || JSON.stringify(after).slice(0, 300);
}

function flatten(data: unknown, prefix = ""): [string, string][] {
  if (data === null || typeof data !== "object") {
    return [[prefix || "value", data === null ? "—" : String(data)]];
  }
  if (Array.isArray(data)) {
    if (data.every((x) => typeof x !== "object" || x === null)) {
      return [[prefix, data.length ? data.join(", ") : "（なし）"]];
    }
    return data.flatMap((x, i) => flatten(x, `${prefix}[${i + 1}]`));
  }
  return Object.entries(data as Record<string, unknown>).flatMap(([k, v]) =>
    flatten(v, prefix ? `${prefix}.${k}` : k),
  );
}

export function createCasePrintService(deps: Deps) {
  const detail = createCaseDetailService(deps);

  return {
    async historyPdf(actor: Actor, caseId: string): Promise<{ pdf: Buffer; ref: string }> {
      const c: TCaseDetail = await detail.get(actor, caseId);
      const events: TCaseHistory["items"] = [];
      let before: number | undefined;
      for (;;) {
        const page = await caseHistory(deps.db, actor.institutionId, caseId, { before, limit: 500 });
        events.push(...page.items);
        if (page.nextBefore === null) {
          break;
        }
        before = page.nextBefore;
      }
      events.reverse();
      // The history PDF is a read path too: events about items the reader may not see are left out.
      const { row } = await detail.loadVisible(actor, caseId);
      const shown = withoutHiddenEvents(events, await detail.secretsOf(actor, row));
      const printedAt = deps.clock.now().toISOString();
      const pdf = await renderPdf({ title: `連携案件記録 ${c.ref}`, subject: c.title }, (w) => {
        w.title(`連携案件記録 ${c.ref}`);
        w.field("件名", c.title);
        w.field("種別", CASE_KIND_LABELS[c.kind].ja);
        w.field("現在の段階", CASE_STAGE_LABELS[c.stage].ja);
        w.field("研究責任者", c.pi?.displayName);
        w.field("部局", c.departments.map((d) => d.nameJa).join("、"));
        w.field("研究分野", c.field.area ? RESEARCH_AREA_LABELS[c.field.area].ja : null);
        w.field(
          "エマージング技術（表6）",
          c.field.emergingTech
            .map((t) => `${EMERGING_TECH_LABELS[t].no}. ${EMERGING_TECH_LABELS[t].ja}`)
            .join("、") || "該当なし",
        );
        w.field("登録", `${when(c.createdAt)}（${c.createdBy?.displayName ?? "—"}）`);
        w.field("契約締結日", date(c.contractSignedOn));
        w.field(
          "利益相反（委員会の判定）",
          c.coi.outcome === "open"
            ? "全研究者について判定済み"
            : c.coi.reasons.map((r) => r.text.ja).join("／"),
        );
        w.field("ハイリスク評価", `${RISK_LEVEL_LABELS[c.risk.level].ja}`);
        w.field("安全保障輸出管理", c.exportReview ? reviewLine(c.exportReview) : "取引審査なし");
        w.field("出力日時", `${when(printedAt)}（${actor.displayName}）`);

        w.heading("現在の阻害要因");
        w.paragraph(
          c.blockers.reasons.length
            ? c.blockers.reasons.map((r) => `・${r.text.ja}（${r.citation.ja}）`).join("\n")
            : "なし",
        );

        w.heading("連携先");
        w.table(
          ["名称", "国", "リスト照合", "信用調査", "リスク"],
          c.partners.map((p) => [
            p.name,
            p.country,
            SCREENING_STATUS_LABELS[p.screening.status as keyof typeof SCREENING_STATUS_LABELS]?.ja ??
              p.screening.status,
            p.credit ? `${p.credit.result}（${p.credit.checkedOn}）` : "未実施",
            RISK_LEVEL_LABELS[p.riskLevel].ja,
          ]),
          [0.34, 0.08, 0.18, 0.22, 0.18],
        );
        w.heading("参加者");
        w.table(
          ["氏名", "区分", "役割", "インフォームド・コンセント", "誓約書"],
          c.participants.map((p) => [
            p.name,
            PARTICIPANT_KIND_LABELS[p.kind].ja,
            p.roleOnCase,
            date(p.informedConsentOn),
            date(p.pledgeOn),
          ]),
        );
        w.heading("資金");
        w.table(
          ["種別", "資金提供元", "日本版バイ・ドール"],
          c.funding.map((f) => [f.kind, f.funder, f.bayhDole ? "対象" : "—"]),
        );
        w.heading("秘密保持契約");
        w.table(
          ["相手方", "締結日", "有効期限", "状態"],
          c.ndas.map((n) => [
            n.partnerIds.map((id) => c.partners.find((p) => p.partnerId === id)?.name ?? id).join("、"),
            date(n.signedOn),
            date(n.expiresOn),
            n.terminated ? "終了" : n.current ? "有効" : "無効",
          ]),
        );
        for (const [section, label] of Object.entries(RECORD_LABELS)) {
          const r = c.records[section];
          if (!r) {
            continue;
          }
          w.heading(`${label}（${when(r.updatedAt)} ${r.updatedBy?.displayName ?? ""}）`);
          w.table(["項目", "内容"], flatten(r.data), [0.4, 0.6]);
        }
        w.heading("秘密情報の開示記録");
        w.table(
          ["開示日", "項目", "相手方", "記録者"],
          c.disclosures.map((d) => [
            d.disclosedOn,
            d.itemId,
            c.partners.find((p) => p.partnerId === d.partnerId)?.name ?? d.partnerId,
            d.recordedBy?.displayName,
          ]),
        );
        w.heading("モニタリング");
        w.table(
          ["種別", "件名", "期限・日付", "完了"],
          c.monitoring.items.map((m) => [
            m.kind,
            m.title,
            m.dueOn,
            m.cancelled ? "中止" : date(m.completedOn),
          ]),
        );
        w.heading("タスク");
        w.table(
          ["件名", "担当", "期限", "完了"],
          c.tasks.map((t) => [
            t.title,
            t.assignee?.displayName,
            date(t.dueOn),
            t.done ? date(t.doneAt) : "未完了",
          ]),
        );
        w.heading("文書");
        w.table(
          ["ファイル", "区分", "登録", "SHA-256"],
          c.documents.map((d) => [d.fileName, d.category, when(d.uploadedAt), d.sha256.slice(0, 16)]),
          [0.3, 0.12, 0.28, 0.3],
        );
        w.heading("コメント");
        w.table(
          ["日時", "投稿者", "本文"],
          [...c.comments].reverse().map((m) => [when(m.createdAt), m.author?.displayName, m.body]),
          [0.2, 0.2, 0.6],
        );
        if (c.secretsHidden.documents + c.secretsHidden.disclosures + c.secretsHidden.planItems > 0) {
          w.heading("閲覧権限のない秘密情報");
          w.paragraph(
            `文書 ${c.secretsHidden.documents} 件、開示記録 ${c.secretsHidden.disclosures} 件、開示計画の項目 ${c.secretsHidden.planItems} 件は、秘密区分により出力に含まれていません。`,
          );
        }
        w.heading(`履歴（監査ログ ${shown.length} 件）`);
        w.table(
          ["日時", "操作者", "操作", "内容"],
          shown.map((e) => [
            when(e.at),
            e.actorLabel,
            AUDIT_ACTIONS[e.action as AuditAction]?.ja ?? e.action,
            summarise(e.after),
          ]),
          [0.18, 0.17, 0.2, 0.45],
        );
      });
      await deps.db.transaction((tx) =>
        appendAudit(tx, {
          institutionId: actor.institutionId,
          actor: auditActor(actor),
          action: "case.history_exported",
          entityType: "case",
          entityId: caseId,
          after: { events: shown.length, bytes: pdf.length },
          at: deps.clock.now(),
        }),
      );
      return { pdf, ref: c.ref };
    },

    async quotationPdf(actor: Actor, caseId: string, quotationId: string, lang: "ja" | "en") {
      const row = await detail.quotation(actor, caseId, quotationId);
      const { row: caseRow } = await detail.loadVisible(actor, caseId);
      const q = await rebuildQuotation(deps.db, row, caseRow.ref);
      const lines = renderQuotation(q, lang);
      const [head, meta, ...rest] = lines;
      const total = rest.pop() ?? "";
      const title = lang === "ja" ? "御見積書" : "Quotation";
      const pdf = await renderPdf({ title: `${title} ${caseRow.ref}`, subject: caseRow.title }, (w) => {
        w.title(title);
        w.paragraph(head ?? "");
        w.paragraph(meta ?? "");
        w.paragraph(lang === "ja" ? `件名: ${caseRow.title}` : `Subject: ${caseRow.title}`);
        w.table(
          lang === "ja" ? ["区分", "内訳", "金額"] : ["Item", "Detail", "Amount"],
          [...rest, total].map((l) => l.split("\t")),
          [0.25, 0.5, 0.25],
        );
        w.heading(lang === "ja" ? "間接経費率の根拠" : "Why this indirect rate");
        w.paragraph(q.reasons.map((r) => `・${r.text[lang]}（${r.citation[lang]}）`).join("\n"));
        // Issue 17 item 4: why the indirect cost is itemised and the secrecy cost is priced, and whether
        // the partner has agreed to the latter (it is out of the total until then).
        const why = lineReasons(q.lines);
        if (why.length > 0 || q.notes.length > 0) {
          w.heading(
            lang === "ja" ? "内訳・秘密管理費用について" : "About the breakdown and the secrecy cost",
          );
          w.paragraph([...why, ...q.notes].map((r) => `・${reasonLine(r, lang)}`).join("\n"));
        }
      });
      return { pdf, ref: caseRow.ref, text: lines.join("\n") };
    },
  };
}
