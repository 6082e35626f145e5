import type { TClassificationDetail, TReviewDetail } from "@renkei/contract";
import {
  CLASSIFICATION_STATUS_LABELS,
  DECISION_BODY_LABELS,
  ITEM_KIND_LABELS,
  OUTCOME_LABELS,
  RESULT_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_EVENT_LABELS,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  type ReviewStatus,
} from "@renkei/domain";
import { type DocSection, type ExportDocument, jst } from "./document-model";

// 該非判定書, 非該当証明書 and 取引審査票 (spec §6.3, §6.5): what the office files and hands out.

const ja = (labels: Record<string, { ja: string }>, key: string | null | undefined) =>
  key ? (labels[key]?.ja ?? key) : null;

function evidenceSection(evidence: TClassificationDetail["evidence"]): DocSection {
  return {
    heading: "根拠資料 Evidence",
    table: {
      headers: ["ファイル", "説明", "登録", "SHA-256（先頭16桁）"],
      rows: evidence.map((e) => [
        e.fileName,
        e.note,
        `${e.uploadedBy.displayName} ${jst(e.uploadedAt)}`,
        e.sha256.slice(0, 16),
      ]),
      widths: [0.3, 0.25, 0.25, 0.2],
    },
  };
}

function itemFields(d: TClassificationDetail): [string, string | null][] {
  return [
    ["区分 Kind", ja(ITEM_KIND_LABELS, d.itemKind)],
    ["品名・技術名 Item", d.name],
    ["型番・版 Model", d.model],
    ["製造者 Manufacturer", d.manufacturer],
    ["概要 Description", d.description],
  ];
}

/** 該非判定書: the item, each list clause compared with its specification, the verdict and its sign-off. */
export function classificationDocument(d: TClassificationDetail, issuer: string): ExportDocument {
  return {
    title: "該非判定書",
    issuer,
    refNo: d.refNo,
    sections: [
      { heading: "対象 Item", fields: itemFields(d) },
      {
        heading: "判定 Determination",
        fields: [
          ["総合判定 Result", ja(RESULT_LABELS, d.determination)],
          ["該当項番 List item", d.listItem ? `${d.listItem}項` : null],
          ["該当条項 Clause", d.listClause],
          ["判定基準日 As of", d.assessedOn],
          ["法令データ版 List version", d.listVersion],
          ["判定理由 Basis", d.basis],
        ],
      },
      {
        heading: "パラメータ対比 Specification vs list text",
        table: {
          headers: ["条項", "規制内容（リスト）", "当該品の仕様", "判定"],
          rows: d.parameters.map((p) => [p.clause, p.listText, p.specification, ja(RESULT_LABELS, p.result)]),
          widths: [0.18, 0.36, 0.34, 0.12],
        },
      },
      evidenceSection(d.evidence),
      {
        heading: "作成・確認 Sign-off",
        fields: [
          ["作成者 Prepared by", d.preparedBy.displayName],
          ["作成日 Created", jst(d.createdAt)],
          ["状態 Status", ja(CLASSIFICATION_STATUS_LABELS, d.reviewStatus)],
          ["確認者 Reviewer", d.reviewer?.displayName],
          ["確認日 Reviewed", jst(d.reviewedAt)],
          ["確認コメント Comment", d.reviewComment],
          ["保存期限 Retained until", d.retentionUntil],
        ],
      },
      {
        heading: "利用している取引審査 Used by",
        table: {
          headers: ["整理番号", "件名", "状態"],
          rows: d.usedBy.map((u) => [u.refNo, u.title, ja(REVIEW_STATUS_LABELS, u.status)]),
          widths: [0.25, 0.5, 0.25],
        },
      },
    ],
  };
}

/**
 * 非該当証明書: the institution certifies that the item is not listed in items 1–15. When it falls under
 * item 16 the certificate says the catch-all may still require a licence (spec §4): a 非該当 certificate
 * never clears 用途・需要者 checks.
 */
export function certificateDocument(
  d: TClassificationDetail,
  issuer: string,
  issuedOn: string,
): ExportDocument {
  const what = d.itemKind === "technology" || d.itemKind === "software" ? "技術（プログラムを含む）" : "貨物";
  const paragraphs = [
    `下記の${what}は、外国為替及び外国貿易法に基づく輸出貿易管理令別表第1及び外国為替令別表の1項から15項のいずれにも該当しないことを、${d.assessedOn} 時点の法令に基づき判定したことを証明します。`,
  ];
  if (d.listItem === "16") {
    paragraphs.push(
      "なお、本品は上記各別表の16項（いわゆるキャッチオール規制）の対象となり得ます。用途・需要者の要件またはインフォームに該当する場合は、経済産業大臣の許可が必要です。",
    );
  }
  paragraphs.push("本証明書は上記判定の記録に基づくもので、当該判定後の法令改正・仕様変更には及びません。");
  return {
    title: "非該当証明書",
    issuer,
    refNo: d.refNo,
    sections: [
      { heading: "証明事項 Statement", paragraphs },
      { heading: "対象 Item", fields: itemFields(d) },
      {
        heading: "判定 Determination",
        fields: [
          ["総合判定 Result", ja(RESULT_LABELS, d.determination)],
          ["判定基準日 As of", d.assessedOn],
          ["法令データ版 List version", d.listVersion],
          ["判定理由 Basis", d.basis],
        ],
      },
      {
        heading: "発行 Issue",
        fields: [
          ["発行日 Issued on", issuedOn],
          ["発行機関 Issued by", issuer],
          ["判定確認者 Approved by", d.reviewer?.displayName],
          ["承認日 Approved", jst(d.reviewedAt)],
        ],
      },
    ],
  };
}

/** 取引審査票: the transaction, the self-check, the engine's determination with sources, the route taken. */
export function reviewDocument(d: TReviewDetail, issuer: string): ExportDocument {
  const current = d.determinations[0];
  const result = current?.result;
  const status = REVIEW_STATUSES.includes(d.status as ReviewStatus)
    ? ja(REVIEW_STATUS_LABELS, d.status)
    : d.status;
  const selfCheck = d.selfCheck as { confirmedAccurate?: boolean; notes?: string };
  const sections: DocSection[] = [
    {
      heading: "取引の概要 Transaction",
      fields: [
        ["件名 Title", d.title],
        ["申請者 Applicant", d.applicant.displayName],
        [
          "入力者 Entered by",
          d.enteredBy.id === d.applicant.id
            ? d.enteredBy.displayName
            : `${d.enteredBy.displayName}（代理入力）`,
        ],
        ["所属 Department", d.departmentName],
        ["相手先 Counterparty", d.counterpartyName],
        ["相手先の国 Country", d.counterpartyCountry],
        ["実施予定日 Planned on", d.plannedOn],
        ["関連する共同研究案件 Case", d.caseId],
        ["内容 Description", d.description],
        ["状態 Status", status],
      ],
    },
    {
      heading: "自己チェック Self-check",
      fields: [
        ["内容が正確であることの確認", selfCheck.confirmedAccurate ? "確認済み" : "未確認"],
        ["補足 Notes", selfCheck.notes],
        ["提出日時 Submitted", jst(d.submittedAt)],
      ],
    },
    {
      heading: "該非判定 Classification records",
      table: {
        headers: ["整理番号", "品名", "判定", "項番"],
        rows: d.classifications.map((c) => [c.refNo, c.name, ja(RESULT_LABELS, c.determination), c.listItem]),
        widths: [0.22, 0.43, 0.2, 0.15],
      },
    },
  ];
  if (result && current) {
    sections.push(
      {
        heading: "判定エンジンの結果 Determination",
        fields: [
          ["判定 Outcome", `${ja(OUTCOME_LABELS, result.outcome)}（${result.outcome}）`],
          ["適用した許可例外 Exemption", result.exemption],
          ["居住性 Residency", result.residency],
          ["特定類型 Tokutei", result.tokutei.join(", ") || null],
          ["基準日 As of", result.asOf],
          ["判定日時 Assessed", jst(current.assessedAt)],
          ["エンジン版 Engine", result.engineVersion],
          [
            "データ版 Data versions",
            Object.entries(result.dataVersions)
              .map(([k, v]) => `${k}=${v}`)
              .join("; "),
          ],
        ],
      },
      {
        heading: "判定理由 Reasons (rule · source)",
        table: {
          headers: ["規則", "出典", "内容"],
          rows: result.reasons.map((r) => [r.ruleId, r.sourceId, r.text]),
          widths: [0.2, 0.15, 0.65],
        },
      },
    );
  }
  sections.push(
    {
      heading: "審査経過 Route",
      table: {
        headers: ["日時", "担当", "操作", "コメント"],
        rows: d.events.map((e) => [
          jst(e.at),
          e.actor?.displayName,
          ja(REVIEW_EVENT_LABELS, e.action),
          e.comment,
        ]),
        widths: [0.22, 0.2, 0.2, 0.38],
      },
    },
    {
      heading: "決定 Decision",
      fields: [
        [
          "部局長承認 Department approval",
          d.deptApprovedBy ? `${d.deptApprovedBy.displayName} ${jst(d.deptApprovedAt)}` : null,
        ],
        ["決定 Decision", ja(REVIEW_DECISION_LABELS, d.decision)],
        ["決定機関 Decided by", ja(DECISION_BODY_LABELS, d.decisionBody)],
        ["決定者 Officer", d.decidedBy?.displayName],
        ["決定日時 Decided at", jst(d.decidedAt)],
        ["条件 Conditions", d.conditions],
        ["理由・所見 Note", d.decisionNote],
        ["保存期限 Retained until", d.retentionUntil],
      ],
    },
  );
  return { title: "取引審査票", issuer, refNo: d.refNo, sections };
}
