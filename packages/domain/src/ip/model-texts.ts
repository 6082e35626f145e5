import type { ModelTextKind, ModelTextScope } from "./ip-library-types";
import { scopesOf } from "./ip-library-types";
import { type IpReason, ipReason } from "./ip-sources";

/** A line of a comparison between two versions of a model text. */
export interface DiffLine {
  op: "same" | "added" | "removed";
  text: string;
}

/** Longest texts compared line by line; beyond this the whole text is shown as replaced. */
const MAX_DIFF_CELLS = 4_000_000;

/**
 * Line comparison of two versions (longest common subsequence), so a reader sees what a new version
 * changed before adopting it. Pure and bounded: texts too long to compare are shown as removed + added.
 */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.split("\n");
  const b = after.split("\n");
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [
      ...a.map((text) => ({ op: "removed" as const, text })),
      ...b.map((text) => ({ op: "added" as const, text })),
    ];
  }
  const w = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.push({ op: "same", text: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) {
      out.push({ op: "removed", text: a[i++]! });
    } else {
      out.push({ op: "added", text: b[j++]! });
    }
  }
  while (i < a.length) {
    out.push({ op: "removed", text: a[i++]! });
  }
  while (j < b.length) {
    out.push({ op: "added", text: b[j++]! });
  }
  return out;
}

/** NDAs are written per scope (E4); every other kind has one standard text. */
export function modelTextScopeRefusal(kind: ModelTextKind, scope: ModelTextScope): IpReason | null {
  return scopesOf(kind).includes(scope)
    ? null
    : ipReason(
        "IP-TEXT-SCOPE",
        "seed001§IV.2-5",
        "この種類のひな形にはその範囲を指定できない（範囲は秘密保持契約のみ）",
        "This kind of model text has no such scope (scopes are for NDAs only)",
      );
}

/** A file name for a downloaded model text: kind, scope, version and language, ASCII only. */
export function modelTextFileName(
  kind: ModelTextKind,
  scope: ModelTextScope,
  version: number,
  lang: "ja" | "en",
): string {
  const s = scope === "standard" ? "" : `-${scope.replaceAll("_", "-")}`;
  return `${kind.replaceAll("_", "-")}${s}-v${version}-${lang}.txt`;
}
