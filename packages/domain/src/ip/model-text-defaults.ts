import type { ModelTextKind, ModelTextScope } from "./ip-library-types";
import { scopesOf } from "./ip-library-types";

/**
 * Renkei's own starting texts for the model-text library (E5, E14). Written for this project in neutral
 * wording — 「甲」 is the university, 「乙」 the other party — and not taken from any institution's
 * forms. They are a starting point that each institution's legal office revises as new versions; they
 * are not legal advice.
 */
export interface ModelTextDraft {
  kind: ModelTextKind;
  scope: ModelTextScope;
  titleJa: string;
  titleEn: string;
  bodyJa: string;
  bodyEn: string;
}

const NDA_PURPOSE: Record<Exclude<ModelTextScope, "standard">, { ja: string; en: string }> = {
  collaboration_talks: {
    ja: "甲乙間の共同研究又は受託研究の実施の可否を検討すること",
    en: "considering whether the parties will carry out joint or contract research",
  },
  technology_evaluation: {
    ja: "甲の保有する技術の実施許諾又はオプションの可否を乙が評価すること",
    en: "the Recipient's evaluation of a licence or option to the University's technology",
  },
  visit: {
    ja: "乙の者による甲の研究施設の見学及びそれに伴う説明",
    en: "a visit to the University's research facilities and the explanations given during it",
  },
};

function nda(mutual: boolean, scope: Exclude<ModelTextScope, "standard">): ModelTextDraft {
  const p = NDA_PURPOSE[scope];
  const who = mutual ? "甲及び乙は、相手方から" : "乙は、甲から";
  const whoEn = mutual ? "Each party" : "The Recipient";
  const fromEn = mutual ? "the other party" : "the University";
  return {
    kind: mutual ? "nda_mutual" : "nda_one_way",
    scope,
    titleJa: mutual ? "秘密保持契約書（双方向）" : "秘密保持契約書（片方向）",
    titleEn: mutual ? "Mutual Non-Disclosure Agreement" : "One-Way Non-Disclosure Agreement",
    bodyJa: [
      `第1条（目的）本契約は、${p.ja}（以下「本目的」という。）のために開示される秘密情報の取扱いを定める。`,
      "第2条（秘密情報）秘密情報とは、書面・電磁的記録・試料その他の媒体により秘密である旨を明示して開示された技術上又は営業上の情報、及び口頭で開示され開示後30日以内に書面で特定された情報をいう。",
      "第3条（除外）既に公知の情報、開示後に受領者の責によらず公知となった情報、開示前から受領者が保有していた情報、正当な権限を有する第三者から秘密保持義務を負わずに取得した情報、及び秘密情報によらず独自に開発した情報は、秘密情報に含まれない。",
      `第4条（秘密保持）${who}開示された秘密情報を本目的以外に使用せず、本目的のために知る必要のある自己の役員・教職員・従業員に限り開示し、その者に本契約と同等の義務を課す。学生に開示する場合は、事前に開示者の同意を得る。`,
      "第5条（管理）受領者は、善良な管理者の注意をもって秘密情報を管理し、複製は本目的に必要な範囲に限る。",
      "第6条（輸出管理）受領者は、秘密情報の提供・再提供に当たり、外国為替及び外国貿易法その他の輸出管理法令を遵守する。",
      "第7条（権利の不許諾）本契約は、秘密情報に関する特許権その他の権利の実施許諾を含まない。",
      "第8条（返還・廃棄）本契約の終了時又は開示者の求めがあったときは、受領者は秘密情報を返還し又は廃棄し、その旨を書面で通知する。",
      "第9条（期間）本契約の有効期間は締結日から1年とし、秘密保持義務は契約終了後3年間存続する。",
      "第10条（準拠法・管轄）本契約は日本法に準拠し、紛争は甲の所在地を管轄する地方裁判所を第一審の専属的合意管轄裁判所とする。",
    ].join("\n"),
    bodyEn: [
      `Article 1 (Purpose) This Agreement governs confidential information disclosed for ${p.en} (the "Purpose").`,
      'Article 2 (Confidential Information) "Confidential Information" means technical or business information disclosed in writing, electronically, as samples or in any other medium and marked confidential, and information disclosed orally and identified in writing within 30 days of disclosure.',
      "Article 3 (Exclusions) Confidential Information does not include information that is public, becomes public through no fault of the recipient, was held by the recipient before disclosure, is lawfully received from a third party without a duty of confidence, or is developed independently without use of the Confidential Information.",
      `Article 4 (Confidentiality) ${whoEn} shall use Confidential Information received from ${fromEn} only for the Purpose and disclose it only to its officers, faculty, staff and employees who need to know it for the Purpose, binding them to equivalent obligations. Disclosure to students requires the discloser's prior consent.`,
      "Article 5 (Care) The recipient shall keep Confidential Information with the care of a prudent manager and copy it only as the Purpose requires.",
      "Article 6 (Export control) The recipient shall comply with the Foreign Exchange and Foreign Trade Act and other export-control laws when providing or re-providing Confidential Information.",
      "Article 7 (No licence) Nothing in this Agreement grants any licence under patents or other rights in the Confidential Information.",
      "Article 8 (Return) On termination or on the discloser's request, the recipient shall return or destroy the Confidential Information and confirm this in writing.",
      "Article 9 (Term) This Agreement lasts one year from signature; the duty of confidence survives for three years after it ends.",
      "Article 10 (Law and courts) This Agreement is governed by the laws of Japan; the district court having jurisdiction over the University's seat has exclusive first-instance jurisdiction.",
    ].join("\n"),
  };
}

/** Clauses shared by the research and licence texts: export control, anti-social forces, law. */
const COMMON_JA = [
  "（輸出管理）各当事者は、本契約に基づく技術・貨物の提供に当たり輸出管理法令を遵守する。",
  "（反社会的勢力の排除）各当事者は、自己が反社会的勢力に該当しないことを表明し、これに反したときは相手方は催告なく本契約を解除できる。",
  "（準拠法・紛争解決）本契約は日本法に準拠し、紛争は誠実に協議し、解決しないときは日本国内の裁判所又は日本を仲裁地とする仲裁による。",
];
const COMMON_EN = [
  "(Export control) Each party shall comply with export-control laws when providing technology or goods under this Agreement.",
  "(Anti-social forces) Each party represents that it is not an anti-social force; if this proves untrue, the other party may terminate without notice.",
  "(Law and disputes) This Agreement is governed by the laws of Japan; disputes are first discussed in good faith and then settled by a court in Japan or by arbitration seated in Japan.",
];

function numbered(lines: string[], en: boolean): string {
  return lines.map((l, i) => (en ? `Article ${i + 1} ${l}` : `第${i + 1}条${l}`)).join("\n");
}

function standard(kind: ModelTextKind, titleJa: string, titleEn: string, ja: string[], en: string[]) {
  return {
    kind,
    scope: "standard" as const,
    titleJa,
    titleEn,
    bodyJa: numbered([...ja, ...COMMON_JA], false),
    bodyEn: numbered([...en, ...COMMON_EN], true),
  };
}

const RESEARCH_JA = [
  "（成果の帰属）研究成果に係る知的財産権は、発明者の所属に応じて帰属し、双方の者が共同でした発明は甲乙の共有とし、持分は貢献度により協議して定める。",
  "（バックグラウンドIP）各当事者が契約前から保有する知的財産権は本契約により移転せず、研究の実施に必要な範囲で無償で使用を認める。事業化のための実施は別途協議する。",
  "（共有特許）共有特許の出願・維持費用は持分に応じて負担し、第三者への実施許諾には相手方の同意を要する。乙が自ら実施する場合、甲は実施しないことの補償（不実施補償）について協議を求めることができる。",
  "（ソフトウェア）研究の過程で作成したプログラムの著作権は作成者の所属に帰属し、研究目的の相互利用を認める。オープンソースとして公開する場合は事前に協議する。",
  "（公表）各当事者は研究成果を公表できる。公表予定日の30日前までに相手方に通知し、相手方は秘密情報又は出願予定の発明が含まれる場合に限り、60日を超えない範囲で延期を求めることができる。学生の学位論文の公表は妨げない。",
  "（第三者の参加）第三者を研究に参加させるときは、事前に書面で相手方の同意を得、その者に本契約と同等の義務を課す。",
  "（期間・延長・解除）本契約は研究期間の満了により終了し、双方の書面合意により延長できる。相手方が重大な違反を是正しないときは、30日の催告の上で解除できる。秘密保持及び成果の取扱いに関する定めは終了後も所定の期間存続する。",
];
const RESEARCH_EN = [
  "(Results) IP in the results belongs according to the inventors' affiliation; inventions made jointly are co-owned, with shares agreed according to contribution.",
  "(Background IP) IP each party held before this Agreement is not transferred; each may use the other's free of charge as far as the research needs. Commercial use is agreed separately.",
  "(Co-owned patents) Filing and maintenance costs of co-owned patents are shared by ownership; licensing a third party needs the other co-owner's consent. Where the Company exploits a co-owned patent itself, the University may ask to agree compensation for its non-exploitation.",
  "(Software) Copyright in programs written in the research belongs to the author's employer; each party may use them for research. Release as open source is agreed in advance.",
  "(Publication) Each party may publish the results after notifying the other 30 days before; the other may ask for a delay of up to 60 days only to protect its confidential information or an invention to be filed. Students' theses are not held back.",
  "(Third parties) A third party joins the research only with the other party's prior written consent and under obligations equivalent to this Agreement.",
  "(Term, extension, termination) This Agreement ends when the research period ends and may be extended by written agreement. A party may terminate on 30 days' notice if the other does not cure a material breach. Confidentiality and results clauses survive for their stated periods.",
];

/** The built-in starting set: every kind, NDAs in every scope. */
export function defaultModelTexts(): ModelTextDraft[] {
  const ndas = (["nda_one_way", "nda_mutual"] as const).flatMap((k) =>
    scopesOf(k).map((s) => nda(k === "nda_mutual", s as Exclude<ModelTextScope, "standard">)),
  );
  const others: ModelTextDraft[] = [
    standard(
      "joint_research",
      "共同研究契約書",
      "Joint Research Agreement",
      [
        "（目的）甲及び乙は、別紙に定める研究題目について、各自の研究者が分担して共同研究を行う。",
        ...RESEARCH_JA,
      ],
      [
        "(Purpose) The parties carry out joint research on the subject in the Schedule, each with its own researchers.",
        ...RESEARCH_EN,
      ],
    ),
    standard(
      "contract_research",
      "受託研究契約書",
      "Contract Research Agreement",
      [
        "（目的）甲は、乙の委託を受けて別紙に定める研究を行い、その結果を乙に報告する。",
        "（研究費）乙は、直接経費及び間接経費を甲の請求に基づき支払う。研究の中止によっても既に支出した費用は返還しない。",
        ...RESEARCH_JA,
      ],
      [
        "(Purpose) The University carries out the research in the Schedule on the Company's commission and reports the results to it.",
        "(Costs) The Company pays the direct and indirect costs on the University's invoice. Costs spent are not refunded if the research stops.",
        ...RESEARCH_EN,
      ],
    ),
    standard(
      "mta",
      "研究成果有体物提供契約書（MTA）",
      "Material Transfer Agreement",
      [
        "（提供）提供者は、別紙の研究材料（以下「本材料」という。）を受領者に提供する。",
        "（使用）受領者は、本材料を別紙の研究目的に限り使用し、人への投与・商業目的の使用をしない。",
        "（第三者への移転）受領者は、本材料及びその派生物を提供者の書面による同意なく第三者に移転しない。",
        "（成果）本材料を使用して得た発明は受領者が提供者に通知し、その取扱いを協議する。",
        "（保証の否認）本材料は現状有姿で提供され、提供者は性質・安全性について保証しない。",
        "（期間）本契約は締結日から2年間有効とし、終了時に受領者は残存する本材料を返還又は廃棄する。",
      ],
      [
        "(Supply) The Provider supplies the research material in the Schedule (the Material) to the Recipient.",
        "(Use) The Recipient uses the Material only for the research purpose in the Schedule, never in humans or for commercial purposes.",
        "(Transfer) The Recipient does not transfer the Material or its derivatives to a third party without the Provider's written consent.",
        "(Results) The Recipient notifies the Provider of inventions made with the Material and discusses their handling.",
        "(No warranty) The Material is supplied as is; the Provider gives no warranty of its properties or safety.",
        "(Term) This Agreement lasts two years; at its end the Recipient returns or destroys the remaining Material.",
      ],
    ),
    standard(
      "option",
      "オプション契約書",
      "Option Agreement",
      [
        "（オプションの付与）甲は、乙に対し、別紙の特許等について実施許諾を受けるか否かを評価する期間（オプション期間）中、他の者と実施許諾の交渉をしない。",
        "（オプション料）乙は、オプション料を甲に支払う。オプション料は返還しない。",
        "（評価）乙は、オプション期間中、評価の目的に限り本特許等を実施できる。",
        "（行使）乙がオプション期間中に書面で行使したときは、甲乙は誠実に実施許諾契約の締結を協議する。独占的な許諾は甲の知的財産方針の範囲内とする。",
        "（期間・延長）オプション期間は1年とし、甲の書面による同意で1回に限り延長できる。",
      ],
      [
        "(Option) During the option period the University does not negotiate a licence to the patents in the Schedule with anyone else while the Company evaluates them.",
        "(Option fee) The Company pays a non-refundable option fee.",
        "(Evaluation) During the option period the Company may practise the patents for evaluation only.",
        "(Exercise) If the Company exercises the option in writing within the period, the parties negotiate a licence in good faith. Exclusivity is granted only within the University's IP policy.",
        "(Term, extension) The option period is one year, extendable once with the University's written consent.",
      ],
    ),
    standard(
      "licence",
      "特許実施許諾契約書",
      "Patent Licence Agreement",
      [
        "（実施許諾）甲は、乙に対し、別紙の特許等について、別紙の分野及び地域における通常実施権を許諾する。独占的な許諾とする場合はその旨及び理由を別紙に記載する。",
        "（対価）乙は、契約一時金、ランニング・ロイヤルティ（正味販売額に料率を乗じた額）、マイルストーン及び最低実施料を別紙のとおり支払う。",
        "（報告）乙は、各事業年度の正味販売額及び実施料の計算を、事業年度終了後60日以内に甲に報告する。甲は帳簿の監査を求めることができる。",
        "（再実施許諾）乙は、甲の書面による事前の同意なく再実施許諾をしない。",
        "（権利の維持）本特許等は甲の資産として甲が管理し、譲渡しない。",
        "（不実施）乙が正当な理由なく3年間実施しないときは、甲は独占性を解消し又は本契約を解除できる。",
        "（期間・解除）本契約は最後に消滅する本特許等の存続期間満了まで有効とする。支払の遅延が60日を超えたときは、甲は催告の上解除できる。",
      ],
      [
        "(Licence) The University grants the Company a non-exclusive licence under the patents in the Schedule in the field and territory stated there. Any exclusivity and its reason are stated in the Schedule.",
        "(Consideration) The Company pays the upfront fee, running royalties (the rate times net sales), milestones and the minimum annual royalty in the Schedule.",
        "(Reports) The Company reports each business year's net sales and royalty calculation within 60 days of its end; the University may audit its books.",
        "(Sublicences) The Company grants no sublicence without the University's prior written consent.",
        "(Assets) The patents remain the University's assets, managed by it and not assigned.",
        "(Non-use) If the Company does not practise the patents for three years without good reason, the University may end the exclusivity or terminate.",
        "(Term, termination) This Agreement lasts until the last patent expires. The University may terminate after notice if a payment is more than 60 days late.",
      ],
    ),
  ];
  return [...ndas, ...others];
}
