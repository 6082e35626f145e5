// METI 外国ユーザーリスト (End User List). Published as a PDF table; the server extracts rows (from a
// CSV/xlsx conversion or a PDF table extractor) and passes `string[][]`. Columns since the
// 2025-10-09 revision (screening-research.md §3.1): No. / 国名・地域名 / 企業名・組織名 (English, with
// the Japanese name in （…）) / 別名 (aliases separated by ・) / 懸念区分 (B, C, M, N) / 通常兵器 (CW).
import type { EntryName, ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, unique, uniqueNames } from "./common";

type Column = "no" | "country" | "name" | "aliases" | "wmd" | "cw";

const HEADER_PATTERNS: [Column, RegExp][] = [
  ["no", /^\s*no\.?\s*$|^番号$/i],
  ["country", /国名|country/i],
  ["name", /企業名|組織名|company|organi[sz]ation/i],
  ["aliases", /別名|also known/i],
  ["wmd", /懸念区分|type of wmd/i],
  ["cw", /通常兵器|conventional/i],
];

const POSITIONAL: Column[] = ["no", "country", "name", "aliases", "wmd", "cw"];

function findHeader(rows: string[][]): { index: number; columns: Map<Column, number> } | undefined {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const row = rows[r] ?? [];
    const columns = new Map<Column, number>();
    row.forEach((cellText, i) => {
      for (const [col, pattern] of HEADER_PATTERNS) {
        if (!columns.has(col) && pattern.test(cellText.normalize("NFKC").trim())) {
          columns.set(col, i);
          break;
        }
      }
    });
    if (columns.has("name") && columns.has("no")) {
      return { index: r, columns };
    }
  }
  return undefined;
}

/** Splits "English Name (日本語名)" into the English name and the Japanese names in brackets. */
export function splitMetiName(cell: string): { english: string; japanese: string[] } {
  const text = cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  const japanese: string[] = [];
  // A bracketed run with ≥3 non-Latin characters is a Japanese/Chinese name (OpenSanctions crawler rule).
  const english = text
    .replace(/\(([^()]*)\)/g, (whole, inner: string) => {
      if ((inner.match(/[\u0250-\uffff]/g) ?? []).length >= 3) {
        japanese.push(inner.trim());
        return " ";
      }
      return whole;
    })
    .replace(/\s+/g, " ")
    .trim();
  return { english, japanese };
}

/**
 * Splits the alias column. "・" separates aliases, except between two kana, where it is the
 * nakaguro inside one katakana name (アイ・ジェット): METI uses it both ways (§3.1 parsing hazards).
 */
export function splitMetiAliases(cell: string): string[] {
  const text = cell.normalize("NFKC");
  const parts: string[] = [];
  let current = "";
  const chars = [...text];
  chars.forEach((ch, i) => {
    const isKana = (c: string | undefined) => c !== undefined && /[\u3041-\u30fa\u30fc]/.test(c);
    if (ch === "・" && !(isKana(chars[i - 1]) && isKana(chars[i + 1]))) {
      parts.push(current);
      current = "";
    } else if (ch === "\n" || ch === ";" || ch === "；") {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  });
  parts.push(current);
  return parts.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "" && p !== "-");
}

/**
 * Parses METI End User List rows. A header row is detected by its labels (Japanese or English);
 * without one, the published column order is assumed. Rows without a number continue the previous
 * entry (wrapped PDF cells). sourceId is the METI No. — note that METI renumbers between revisions,
 * so diffs across revisions should also compare names (the server keeps its own stable key).
 */
export function parseMetiEul(rows: string[][], list = "jp-meti-eul"): ParseResult {
  const header = findHeader(rows);
  const columns = header?.columns ?? new Map(POSITIONAL.map((c, i) => [c, i] as const));
  const body = rows.slice(header === undefined ? 0 : header.index + 1);
  const warnings: string[] =
    header === undefined ? ["no header row found; assumed published column order"] : [];
  const get = (row: string[], c: Column) => {
    const i = columns.get(c);
    return i === undefined ? "" : (row[i] ?? "").trim();
  };
  const raw: Record<Column, string>[] = [];
  for (const row of body) {
    const record = Object.fromEntries(POSITIONAL.map((c) => [c, get(row, c)])) as Record<Column, string>;
    const no = record.no.normalize("NFKC").replace(/\.$/, "");
    if (/^\d+$/.test(no)) {
      raw.push({ ...record, no });
    } else if (raw.length > 0 && POSITIONAL.some((c) => record[c] !== "")) {
      const last = raw[raw.length - 1] as Record<Column, string>;
      for (const c of POSITIONAL.slice(1)) {
        if (record[c] !== "") {
          last[c] = `${last[c]}${c === "aliases" ? "\n" : " "}${record[c]}`.trim();
        }
      }
    }
  }
  let expected = 1;
  const entries: ListEntry[] = [];
  for (const r of raw) {
    if (Number(r.no) !== expected) {
      warnings.push(`numbering jumps from ${expected - 1} to ${r.no}`);
    }
    expected = Number(r.no) + 1;
    const { english, japanese } = splitMetiName(r.name);
    const names: (EntryName | undefined)[] = [
      entryName(english, "primary", "eng"),
      ...japanese.map((j) => entryName(j, "native", "jpn")),
      ...splitMetiAliases(r.aliases).map((a) => entryName(a, "alias")),
    ];
    const wmd =
      r.wmd
        .normalize("NFKC")
        .toUpperCase()
        .match(/[BCMN]/g) ?? [];
    const programs = unique([...wmd, /CW/i.test(r.cw) ? "CW" : undefined]);
    const countryText = r.country.normalize("NFKC").replace(/\s+/g, " ").trim();
    const countryEn = countryText
      .replace(/[^ a-zA-Z'-]/g, " ")
      .replace(/\s+/g, " ")
      .trim();
    entries.push({
      sourceId: r.no,
      list,
      schema: "organization",
      names: uniqueNames(names),
      countries: unique([countryEn || countryText]),
      addresses: [],
      programs,
      details: compactDetails({ no: r.no, country: countryText, wmd: r.wmd, conventionalWeapons: r.cw }),
    });
  }
  return { entries: entries.filter((e) => e.names.length > 0), warnings };
}
