import { compareNames } from "./packages/domain/src/screening/index";
const pairs: [string,string][] = [["ビオン・グループ・イチ・ヴェ・ドゥシュ・ティジャーレット有限会社","Bion Group Ic Ve Dis Ticaret Limited"],["カラサニ・ドゥシュ・ティジャーレット有限会社","Karasani Dis Ticaret Limited Sirketi"],["アイ・ジェット・グローバル DMCC","I JET GLOBAL DMCC"],["イーステック","Eastech"],["アライン・トレーディング・カンパニー・リミテッド","Align Trading Company Limited"]];
for (const [a,b] of pairs) {
  const r = compareNames(a,b,{schema:"organization"});
  console.log(a,b,r.score,r.explanation.method, r.explanation.queryKey, "|", r.explanation.candidateKey, JSON.stringify(r.explanation.matched.map(m=>[m.query,m.candidate,m.kind,m.score])), r.explanation.missingQuery, r.explanation.missingCandidate, r.explanation.rules.map(x=>x.rule));
}
