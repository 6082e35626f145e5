import type { TClassificationDetail, TReviewDetail } from "@renkei/contract";
import {
  CLASSIFICATION_STATUS_LABELS,
  countryName,
  DECISION_BODY_LABELS,
  dataVersionLabel,
  dataVersionLabels,
  ITEM_KIND_LABELS,
  OUTCOME_LABELS,
  RESULT_LABELS,
  REVIEW_DECISION_LABELS,
  REVIEW_EVENT_LABELS,
  REVIEW_STATUS_LABELS,
  REVIEW_STATUSES,
  type ReviewStatus,
  RULE_TITLES_JA,
  type TokuteiCategory,
} from "@renkei/domain";
import { type DocSection, type ExportDocument, jst } from "./document-model";

// 該非判定書, 非該当証明書 and 取引審査票 (spec §6.3, §6.5): what the office files and hands out.

const RESIDENCY_JA: Record<string, string> = { RESIDENT: "居住者", NON_RESIDENT: "非居住者" };
const TOKUTEI_JA: Record<TokuteiCategory, string> = { T1: "類型①", T2: "類型②", T3: "類型③" };

const ja = (labels: Record<string, { ja: string }>, key: string | null | undefined) =>
  key ? (labels[key]?.ja ?? key) : null;

function evidenceSection(evidence: TClassificationDetail["evidence"]): DocSection {
  return {
    heading: "根拠資料",
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
    ["区分", ja(ITEM_KIND_LABELS, d.itemKind)],
    ["品名・技術名", d.name],
    ["型番・版", d.model],
    ["製造者", d.manufacturer],
    ["概要", d.description],
  ];
}

/** 該非判定書: the item, each list clause compared with its specification, the verdict and its sign-off. */
export function classificationDocument(d: TClassificationDetail, issuer: string): ExportDocument {
  return {
    title: "該非判定書",
    issuer,
    refNo: d.refNo,
    sections: [
      { heading: "対象", fields: itemFields(d) },
      {
        heading: "判定",
        fields: [
          ["総合判定", ja(RESULT_LABELS, d.determination)],
          ["該当項番", d.listItem ? `${d.listItem}項` : null],
          ["該当条項", d.listClause],
          ["判定基準日", d.assessedOn],
          ["法令データの版", d.listVersion ? dataVersionLabel("listItems", d.listVersion).ja : null],
          ["判定理由", d.basis],
        ],
      },
      {
        heading: "パラメータ対比（リストの規制内容と当該品の仕様）",
        table: {
          headers: ["条項", "規制内容（リスト）", "当該品の仕様", "判定"],
          rows: d.parameters.map((p) => [p.clause, p.listText, p.specification, ja(RESULT_LABELS, p.result)]),
          widths: [0.18, 0.36, 0.34, 0.12],
        },
      },
      evidenceSection(d.evidence),
      {
        heading: "作成・確認",
        fields: [
          ["作成者", d.preparedBy.displayName],
          ["作成日", jst(d.createdAt)],
          ["状態", ja(CLASSIFICATION_STATUS_LABELS, d.reviewStatus)],
          ["確認者", d.reviewer?.displayName],
          ["確認日", jst(d.reviewedAt)],
          ["確認コメント", d.reviewComment],
          ["保存期限", d.retentionUntil],
        ],
      },
      {
        heading: "この該非判定を利用している取引審査",
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
      { heading: "証明事項", paragraphs },
      { heading: "対象", fields: itemFields(d) },
      {
        heading: "判定",
        fields: [
          ["総合判定", ja(RESULT_LABELS, d.determination)],
          ["判定基準日", d.assessedOn],
          ["法令データの版", d.listVersion ? dataVersionLabel("listItems", d.listVersion).ja : null],
          ["判定理由", d.basis],
        ],
      },
      {
        heading: "発行",
        fields: [
          ["発行日", issuedOn],
          ["発行機関", issuer],
          ["判定確認者", d.reviewer?.displayName],
          ["承認日", jst(d.reviewedAt)],
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
      heading: "取引の概要",
      fields: [
        ["件名", d.title],
        ["申請者", d.applicant.displayName],
        [
          "入力者",
          d.enteredBy.id === d.applicant.id
            ? d.enteredBy.displayName
            : `${d.enteredBy.displayName}（代理入力）`,
        ],
        ["所属", d.departmentName],
        ["相手先", d.counterpartyName],
        ["相手先の国", d.counterpartyCountry ? countryName(d.counterpartyCountry, "ja") : null],
        ["実施予定日", d.plannedOn],
        ["関連する連携案件", d.case ? `${d.case.ref} ${d.case.title}` : null],
        ["内容", d.description],
        ["状態", status],
      ],
    },
    {
      heading: "自己チェック",
      fields: [
        ["内容が正確であることの確認", selfCheck.confirmedAccurate ? "確認済み" : "未確認"],
        ["補足", selfCheck.notes],
        ["提出日時", jst(d.submittedAt)],
      ],
    },
    {
      heading: "該非判定",
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
        heading: "判定エンジンの結果",
        fields: [
          ["判定", ja(OUTCOME_LABELS, result.outcome)],
          ["適用した特例", result.exemption ? RULE_TITLES_JA[result.exemption] : null],
          ["居住性", result.residency ? RESIDENCY_JA[result.residency] : "不明"],
          ["特定類型", result.tokutei.map((t) => TOKUTEI_JA[t]).join("・") || "該当なし"],
          ["基準日", result.asOf],
          ["判定日時", jst(current.assessedAt)],

          [
            "参照した法令データ",
            dataVersionLabels(result.dataVersions)
              .map((l) => l.ja)
              .join("\n"),
          ],
        ],
      },
      {
        heading: "判定理由と根拠",
        table: {
          headers: ["判定理由", "根拠（法令・通達・指針）"],
          rows: result.reasons.map((r) => [r.text.ja, r.citation.ja]),
          widths: [0.55, 0.45],
        },
      },
    );
  }
  sections.push(
    {
      heading: "審査経過",
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
      heading: "決定",
      fields: [
        [
          "部局長の承認",
          d.deptApprovedBy ? `${d.deptApprovedBy.displayName} ${jst(d.deptApprovedAt)}` : null,
        ],
        ["決定", ja(REVIEW_DECISION_LABELS, d.decision)],
        ["決定機関", ja(DECISION_BODY_LABELS, d.decisionBody)],
        ["決定者", d.decidedBy?.displayName],
        ["決定日時", jst(d.decidedAt)],
        ["条件", d.conditions],
        ["理由・所見", d.decisionNote],
        ["保存期限", d.retentionUntil],
      ],
    },
  );
  return { title: "取引審査票", issuer, refNo: d.refNo, sections };
}
