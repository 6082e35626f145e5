// MOFA/METI export-ban designation notices as text (外務省告示; see shared/data/lists/jp-mofa/*.txt):
// numbered entries "N 日本語名（別称、A、B及びC）" followed by the English name with
// "a.k.a., the following N aliases:" and "-alias" lines, then "所在地：address". PDF-to-text output
// sometimes glues the next entry's number to the end of the previous address ("…Emirates.4 サクセス"),
// so entries are located by their expected sequential number followed by a line containing Japanese.
import type { EntryName, ListEntry, ParseResult } from "../types";
import { compactDetails, entryName, unique, uniqueNames } from "./common";

const JAPANESE = /[\u3041-\u30fa\u3400-\u9fff]/;

/** Finds the start offset of entry `n` at or after `from`, or -1. */
function findEntryStart(text: string, n: number, from: number): number {
  // The number follows a line start, or is glued to the previous address ("Belarus７ 株式会社…").
  const pattern = new RegExp(`(?<=(?:^|\\n|[.)）;\\p{L}])[ \\t]*)${n}(?!\\d)[ \\t]*(?=\\S)`, "gu");
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const lineEnd = text.indexOf("\n", m.index);
    const line = text.slice(m.index + String(n).length, lineEnd === -1 ? text.length : lineEnd);
    if (JAPANESE.test(line)) {
      return m.index;
    }
  }
  return -1;
}

/** Splits a bracketed 別称 list: "A、B及びC" → [A, B, C]. */
function splitJapaneseAliases(text: string): string[] {
  return text
    .split(/、|及び/)
    .map((a) => a.trim())
    .filter((a) => a !== "");
}

/** Top-level bracket groups of a Japanese heading: name + [(content)…] (nesting respected). */
function bracketGroups(heading: string): { name: string; groups: string[] } {
  let depth = 0;
  let name = "";
  let current = "";
  const groups: string[] = [];
  for (const ch of heading) {
    if (ch === "(") {
      if (depth > 0) {
        current += ch;
      }
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) {
        groups.push(current.trim());
        current = "";
      } else {
        current += ch;
      }
    } else if (depth > 0) {
      current += ch;
    } else {
      name += ch;
    }
  }
  return { name: name.trim(), groups };
}

const KANA_KANJI = /[\u3041-\u30fa\u3400-\u9fff]/;
const HAN_ONLY_BRACKET = /\(([\u3400-\u9fff\uf900-\ufaff、,\s]+)\)?\s*$/;

/**
 * Offset where the English name starts inside the heading: a Latin run at bracket depth 0 that is
 * preceded by Japanese (or a line break) and runs to the end of its line without kana/kanji, except
 * for a trailing bracket holding the Chinese name ("Ele Technology Co LTD（深圳市易络电子有限公司）").
 */
function englishStart(head: string): number {
  let depth = 0;
  for (let i = 1; i < head.length; i++) {
    const ch = head[i] ?? "";
    if (ch === "(") {
      depth++;
    } else if (ch === ")") {
      depth = Math.max(0, depth - 1);
    }
    if (depth > 0 || !/[A-Za-z0-9"“]/.test(ch)) {
      continue;
    }
    const prev = head[i - 1] ?? "";
    if (!(KANA_KANJI.test(prev) || prev === ")" || prev === "\n")) {
      continue;
    }
    const lineEnd = head.indexOf("\n", i);
    const rest = head.slice(i, lineEnd === -1 ? head.length : lineEnd).replace(HAN_ONLY_BRACKET, "");
    if (!KANA_KANJI.test(rest)) {
      return i;
    }
  }
  return -1;
}

/** Han-only bracket groups of the English part are Chinese names; returns them and the cleaned text. */
function extractChineseNames(english: string): { text: string; chinese: string[] } {
  const chinese: string[] = [];
  const text = english.replace(/\(([\u3400-\u9fff\uf900-\ufaff、,\s]+)\)?/g, (_, inner: string) => {
    chinese.push(...inner.replace(/\s+/g, "").split(/[、,]/));
    return " ";
  });
  return { text, chinese: chinese.filter((c) => c !== "") };
}

function englishAliases(english: string, akaAt: number): string[] {
  const afterColon = english.slice(english.indexOf(":", akaAt) + 1);
  return afterColon.split(/(?:^|\n)\s*[-—–]\s*/).map((item) =>
    item
      .replace(/\s+/g, " ")
      .replace(/[;；.]?\s*(and)?\s*$/i, "")
      .replace(/[;；.]\s*$/, "")
      .trim(),
  );
}

function parseBlock(block: string, no: number, list: string): ListEntry | undefined {
  const text = block.normalize("NFKC").replace(/^\s*\d+\s*/, "");
  const addressAt = text.indexOf("所在地:");
  const beforeAddress = addressAt === -1 ? text : text.slice(0, addressAt);
  const address =
    addressAt === -1
      ? ""
      : text
          .slice(addressAt + 4)
          .replace(/\s+/g, " ")
          .trim();
  // Newer entries (48+) put aliases on their own "別称:" lines: Japanese lines first, then English.
  const aliasLineAt = beforeAddress.search(/\n別称:/);
  const head = aliasLineAt === -1 ? beforeAddress : beforeAddress.slice(0, aliasLineAt);
  const aliasSection = aliasLineAt === -1 ? "" : beforeAddress.slice(aliasLineAt + 4);
  const enAt = englishStart(head);
  const japanese = (enAt === -1 ? head : head.slice(0, enAt)).replace(/\n/g, "");
  const { text: english, chinese } = extractChineseNames(enAt === -1 ? "" : head.slice(enAt));
  const { name: jaName, groups } = bracketGroups(japanese.replace(/\s+(?=[\u3041-\u30fa])/g, ""));
  const names: (EntryName | undefined)[] = [];
  const akaAt = english.search(/,?\s*a\.k\.a\.?,?/i);
  const enName = (akaAt === -1 ? english : english.slice(0, akaAt)).replace(/\s+/g, " ").trim();
  names.push(entryName(enName.replace(/[.,]$/, ""), "primary", "eng"));
  names.push(entryName(jaName, "native", "jpn"));
  names.push(...chinese.map((c) => entryName(c, "native", "zho")));
  for (const g of groups) {
    const inner = g.startsWith("別称") ? splitJapaneseAliases(g.replace(/^別称[、,]?/, "")) : [g];
    for (const alias of inner) {
      const parts = bracketGroups(alias);
      names.push(entryName(parts.name, g.startsWith("別称") ? "alias" : "native"));
      names.push(...parts.groups.flatMap(splitJapaneseAliases).map((sub) => entryName(sub, "alias")));
    }
  }
  if (akaAt !== -1) {
    names.push(...englishAliases(english, akaAt).map((a) => entryName(a, "alias", "eng")));
  }
  if (aliasSection !== "") {
    const lines = aliasSection.split("\n");
    const firstEnglish = lines.findIndex((l, i) => i > 0 && !KANA_KANJI.test(l) && l.trim() !== "");
    const jaPart = (firstEnglish === -1 ? lines : lines.slice(0, firstEnglish)).join("");
    const enPart = firstEnglish === -1 ? "" : lines.slice(firstEnglish).join(" ");
    names.push(...jaPart.split(/;|及び|、/).map((a) => entryName(a, "alias", "jpn")));
    names.push(...enPart.split(";").map((a) => entryName(a.replace(/\.$/, ""), "alias", "eng")));
  }
  const unique_ = uniqueNames(names);
  if (unique_.length === 0) {
    return undefined;
  }
  const countries = unique(
    address.split(/;\s*(?:and\s+)?/).map((a) => /(?:^|,)\s*([A-Z][A-Za-z ]+?)\.?\s*$/.exec(a)?.[1]),
  );
  return {
    sourceId: String(no),
    list,
    schema: "organization",
    names: unique_,
    countries,
    addresses: unique(address.split(/;\s*(?:and\s+)?/)),
    programs: [],
    details: compactDetails({
      no: String(no),
      japanese: japanese.trim(),
      english: english.replace(/\s+/g, " ").trim(),
    }),
  };
}

/**
 * Parses a MOFA/METI designation notice (text). Metadata lines (指定日, 最終更新日) are returned in
 * `designated`/`updated`; entries are numbered 1..N and keyed by that number.
 */
export function parseMofaDesignations(
  text: string,
  list = "jp-mofa",
): ParseResult & { designated?: string; updated?: string } {
  const normalized = text
    .replace(/\r\n?/g, "\n")
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const headerEnd = normalized.search(/最終更新日[:：].*\n/);
  let cursor = headerEnd === -1 ? 0 : normalized.indexOf("\n", headerEnd);
  const starts: number[] = [];
  for (let n = 1; ; n++) {
    const at = findEntryStart(normalized, n, cursor);
    if (at === -1) {
      break;
    }
    starts.push(at);
    cursor = at + 1;
  }
  const entries: ListEntry[] = [];
  const warnings: string[] = [];
  starts.forEach((start, i) => {
    const entry = parseBlock(normalized.slice(start, starts[i + 1] ?? normalized.length), i + 1, list);
    if (entry === undefined) {
      warnings.push(`entry ${i + 1}: no name found`);
    } else {
      entries.push(entry);
    }
  });
  const result: ParseResult & { designated?: string; updated?: string } = { entries, warnings };
  const designated = /指定日[:：]\s*(.+)/.exec(normalized)?.[1]?.trim();
  const updated = /最終更新日[:：]\s*(.+)/.exec(normalized)?.[1]?.trim();
  if (designated !== undefined) {
    result.designated = designated;
  }
  if (updated !== undefined) {
    result.updated = updated;
  }
  return result;
}
