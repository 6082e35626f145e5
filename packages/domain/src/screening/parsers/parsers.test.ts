import { describe, expect, it } from "vitest";
import { parseCsv } from "../../shared/csv";
import { parseBisDpl } from "./bis-dpl";
import { parseCsl } from "./csl";
import { parseFtmJsonLines } from "./ftm";
import { parseMetiEul, splitMetiAliases, splitMetiName } from "./meti-eul";
import { parseMofaDesignations } from "./mofa-designation";
import { parseOfacSdn } from "./ofac";
import { parseUnConsolidatedXml } from "./un-xml";
import { parseWatchlistCsv } from "./watchlist";

// All samples below are fictional and written for these tests.

describe("parseCsv", () => {
  it.each([
    [
      "simple",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["quoted comma", '"a,b",c', [["a,b", "c"]]],
    ["doubled quote", '"say ""hi""",x', [['say "hi"', "x"]]],
    ["embedded newline", '"line1\nline2",x', [["line1\nline2", "x"]]],
    [
      "CRLF",
      "a,b\r\nc,d\r\n",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["BOM", "\ufeffa,b", [["a", "b"]]],
    ["empty fields", "a,,c", [["a", "", "c"]]],
  ])("%s", (_, input, expected) => {
    expect(parseCsv(input)).toEqual(expected);
  });

  it("reads tab-separated quoted rows", () => {
    expect(parseCsv('"x"\t"y z"\n', "\t")).toEqual([["x", "y z"]]);
  });
});

describe("METI End User List rows", () => {
  const rows = [
    [
      "No.",
      "国名・地域名\nCountry or Region",
      "企業名・組織名\nCompany or Organization",
      "別名\nAlso Known As",
      "懸念区分\nType of WMD",
      "通常兵器\nConventional weapons",
    ],
    [
      "1",
      "架空国 Fictland",
      "Example Aerospace Institute (エグザンプル航空宇宙研究所)",
      "EAI・Example Aero・アイ・ジェット",
      "M, N",
      "",
    ],
    ["2", "架空国 Fictland", "Sample Optics Co., Ltd.", "", "B", "CW"],
    ["", "", "(continued)", "Sample Optical", "", ""],
  ];
  const result = parseMetiEul(rows);

  it("parses entries keyed by No.", () => {
    expect(result.entries.map((e) => e.sourceId)).toEqual(["1", "2"]);
  });

  it("splits the Japanese name out of the English cell", () => {
    expect(result.entries[0]?.names.slice(0, 2)).toEqual([
      { value: "Example Aerospace Institute", kind: "primary", script: "latin", lang: "eng" },
      { value: "エグザンプル航空宇宙研究所", kind: "native", script: "japanese", lang: "jpn" },
    ]);
  });

  it("splits aliases on ・ but not inside katakana names", () => {
    expect(splitMetiAliases("EAI・Example Aero・アイ・ジェット")).toEqual([
      "EAI",
      "Example Aero",
      "アイ・ジェット",
    ]);
  });

  it("keeps WMD and conventional-weapons codes as programs", () => {
    expect(result.entries[0]?.programs).toEqual(["M", "N"]);
    expect(result.entries[1]?.programs).toEqual(["B", "CW"]);
  });

  it("appends continuation rows to the previous entry", () => {
    expect(result.entries[1]?.names.map((n) => n.value)).toContain("Sample Optical");
  });

  it("extracts the English country", () => {
    expect(result.entries[0]?.countries).toEqual(["Fictland"]);
  });

  it("works without a header row", () => {
    expect(parseMetiEul(rows.slice(1)).entries.length).toBe(2);
  });

  it("leaves short bracketed Latin text in the English name", () => {
    expect(splitMetiName("Example (HK) Ltd").english).toBe("Example (HK) Ltd");
  });
});

describe("MOFA designation text", () => {
  const text = [
    "○ 架空の告示",
    "指定日：2030年1月1日",
    "最終更新日：2030年2月1日",
    "1 有限会社サンプル（別称、サンプル・トレード及びエス・ティー）",
    "Sample LLC, a.k.a. the following two aliases:",
    "-Sample Trade; and",
    "-ST.",
    "所在地：1 Example Street, Fictcity, Fictland.2 エグザンプル・テック有限会社（例子科技有限公司）",
    "Example Tech Limited",
    "所在地：2 Example Road, Fictcity, Fictland.",
  ].join("\n");
  const result = parseMofaDesignations(text);

  it("finds numbered entries, including one glued to the previous address", () => {
    expect(result.entries.map((e) => e.sourceId)).toEqual(["1", "2"]);
    expect(result.updated).toBe("2030年2月1日");
  });

  it("reads Japanese name, 別称 aliases, English name and a.k.a. aliases", () => {
    expect(result.entries[0]?.names.map((n) => `${n.kind}:${n.value}`)).toEqual([
      "primary:Sample LLC",
      "native:有限会社サンプル",
      "alias:サンプル・トレード",
      "alias:エス・ティー",
      "alias:Sample Trade",
      "alias:ST",
    ]);
  });

  it("reads the Chinese name in brackets and the address", () => {
    expect(result.entries[1]?.names.map((n) => n.value)).toContain("例子科技有限公司");
    expect(result.entries[1]?.addresses).toEqual(["2 Example Road, Fictcity, Fictland."]);
    expect(result.entries[1]?.countries).toEqual(["Fictland"]);
  });
});

describe("OFAC SDN CSVs", () => {
  const result = parseOfacSdn({
    sdn: '10,"EXAMPLE TRADING CO., LTD.",-0- ,"FICT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"Website example.test."\n20,"DOE, John",individual,"FICT] [FICT2",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n',
    alt: '10,1,"aka","EXAMPLE TRADE",-0- \n20,2,"fka","DOE, Johnny",-0- \n',
    add: '10,5,"1 Example St","Fictcity","Fictland",-0- \n',
  });

  it("merges names and addresses by ent_num", () => {
    expect(result.entries).toHaveLength(2);
    expect(result.entries[0]).toMatchObject({
      sourceId: "10",
      schema: "organization",
      countries: ["Fictland"],
      addresses: ["1 Example St, Fictcity, Fictland"],
      programs: ["FICT"],
    });
    expect(result.entries[0]?.names.map((n) => n.value)).toEqual([
      "EXAMPLE TRADING CO., LTD.",
      "EXAMPLE TRADE",
    ]);
  });

  it("maps individuals and former names", () => {
    expect(result.entries[1]?.schema).toBe("person");
    expect(result.entries[1]?.names[1]).toMatchObject({ value: "DOE, Johnny", kind: "former" });
    expect(result.entries[1]?.programs).toEqual(["FICT", "FICT2"]);
  });
});

describe("US CSL CSV", () => {
  const header =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids";
  const row =
    '"abc","Entity List (EL) - Bureau of Industry and Security","","","","Example Research Institute 13; and any successor, sub-unit, or subsidiary thereof","","1 Example Rd, Fictcity, FL","","","","","","","","","","","","","","","ERI-13; Example Institute 13","","","","","",""';
  const result = parseCsl(`${header}\n${row}\n`);

  it("strips the successor clause, splits aliases and reads the address country", () => {
    expect(result.entries[0]?.names.map((n) => n.value)).toEqual([
      "Example Research Institute 13",
      "ERI-13",
      "Example Institute 13",
    ]);
    expect(result.entries[0]?.countries).toEqual(["FL"]);
    expect(result.entries[0]?.programs).toEqual(["Entity List (EL) - Bureau of Industry and Security"]);
    expect(result.warnings).toEqual([]);
  });
});

describe("BIS Denied Persons List", () => {
  const text =
    '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"\n' +
    '"JANE EXAMPLE"\t"1 A ST"\t"X"\t""\t"FL"\t"1"\t"01/02/2030"\t""\t"Y"\t""\t""\t""\n' +
    '"JANE EXAMPLE"\t"2 B ST"\t"Y"\t""\t"FL"\t"2"\t"01/02/2030"\t""\t"Y"\t""\t""\t""\n';

  it("groups address rows of one order", () => {
    const r = parseBisDpl(text);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.sourceId).toBe("JANE EXAMPLE|01/02/2030");
    expect(r.entries[0]?.addresses).toHaveLength(2);
  });
});

describe("UN consolidated XML", () => {
  const xml = `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2030-01-01">
  <INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>EXAMPLE</SECOND_NAME>
  <UN_LIST_TYPE>Fict</UN_LIST_TYPE><REFERENCE_NUMBER>FXi.001</REFERENCE_NUMBER><NAME_ORIGINAL_SCRIPT>Джон</NAME_ORIGINAL_SCRIPT>
  <NATIONALITY><VALUE>Fictland</VALUE></NATIONALITY>
  <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Johnny Ex &amp; Co</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>JE</ALIAS_NAME></INDIVIDUAL_ALIAS>
  <INDIVIDUAL_ALIAS><QUALITY/><ALIAS_NAME/></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS>
  <ENTITIES><ENTITY><DATAID>2</DATAID><FIRST_NAME>EXAMPLE FRONT</FIRST_NAME><REFERENCE_NUMBER>FXe.001</REFERENCE_NUMBER>
  <ENTITY_ADDRESS><CITY>Fictcity</CITY><COUNTRY>Fictland</COUNTRY></ENTITY_ADDRESS></ENTITY></ENTITIES></CONSOLIDATED_LIST>`;
  const r = parseUnConsolidatedXml(xml);

  it("reads individuals and entities with reference numbers", () => {
    expect(r.entries.map((e) => [e.sourceId, e.schema])).toEqual([
      ["FXi.001", "person"],
      ["FXe.001", "organization"],
    ]);
    expect(r.generated).toBe("2030-01-01");
  });

  it("reads names, original script, alias quality and entities", () => {
    expect(r.entries[0]?.names.map((n) => `${n.kind}:${n.value}`)).toEqual([
      "primary:JOHN EXAMPLE",
      "native:Джон",
      "alias:Johnny Ex & Co",
      "weak-alias:JE",
    ]);
    expect(r.entries[1]?.addresses).toEqual(["Fictcity, Fictland"]);
  });
});

describe("FollowTheMoney JSON lines", () => {
  const text = [
    JSON.stringify({
      id: "x-1",
      schema: "Company",
      properties: { name: ["Example Ltd"], alias: ["Ex"], country: ["fl"] },
    }),
    JSON.stringify({ id: "x-2", schema: "Sanction", properties: { entity: ["x-1"] } }),
    JSON.stringify({ op: "DEL", entity: { id: "x-3" } }),
    JSON.stringify({
      op: "ADD",
      entity: { id: "x-4", schema: "Person", properties: { name: ["Jane Example"], weakAlias: ["JE"] } },
    }),
    "not json",
  ].join("\n");
  const r = parseFtmJsonLines(text);

  it("keeps matchable schemata, handles deltas and reports bad lines", () => {
    expect(r.entries.map((e) => [e.sourceId, e.schema])).toEqual([
      ["x-1", "organization"],
      ["x-4", "person"],
    ]);
    expect(r.deleted).toEqual(["x-3"]);
    expect(r.entries[1]?.names[1]?.kind).toBe("weak-alias");
    expect(r.warnings).toEqual(["line 5: invalid JSON"]);
  });
});

describe("own watch list CSV", () => {
  it("parses the documented columns", () => {
    const r = parseWatchlistCsv(
      'id,name,aliases,country,type,notes\nW-1,Example Trading,"エグザンプル;Ex Trading",CN;HK,organization,note\nW-2,,x,,,\n',
    );
    expect(r.entries[0]).toMatchObject({ sourceId: "W-1", schema: "organization", countries: ["CN", "HK"] });
    expect(r.entries[0]?.names.map((n) => n.value)).toEqual([
      "Example Trading",
      "エグザンプル",
      "Ex Trading",
    ]);
    expect(r.warnings).toEqual(["line 3: id and name are required"]);
  });

  it("rejects a file without id/name columns", () => {
    expect(parseWatchlistCsv("foo,bar\n1,2").warnings).toEqual(["header must contain at least id and name"]);
  });
});
