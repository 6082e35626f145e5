// Fictional 該非判定 record used by several export-control tests.
export const oscilloscopeRecord = {
  itemKind: "goods",
  name: "デジタルオシロスコープ（中古）",
  model: "DSO-7777T",
  manufacturer: "架空計測株式会社",
  description: "研究室で使用していた汎用オシロスコープ",
  listItem: "16",
  listClause: "輸出令別表第1 7項(11) / 貨物等省令第6条第十一号",
  determination: "not_applicable",
  parameters: [
    {
      clause: "7項(11) オシロスコープ",
      listText: "実時間帯域幅が…を超えるもの",
      specification: "帯域幅 200 MHz、サンプリング 2 GS/s",
      result: "not_applicable",
    },
  ],
  basis: "規制値を下回るため非該当。HS 9030.20 のため16項(1)の対象。",
};
